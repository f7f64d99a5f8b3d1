import { NO_LEXICON, type Lexicon } from '../domain/search/lexicon.js';
import type { Note } from '../domain/progress/notes.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from '../domain/progress/holidays.js';
import type { Guide } from '../domain/guide/guide.js';
import type { Progress } from '../domain/progress/progress.js';
import { EMPTY_PROGRESS } from '../domain/progress/progress.js';
import { PLACE_PANES, type PlacePane } from '../domain/progress/progress-file.js';
import { msg, t } from '../domain/i18n/translate.js';

/** The panes, in tab order: the same list the progress file saves a place in. */
export const PANES = PLACE_PANES;
export type Pane = PlacePane;

const PANE_TITLES: Record<Pane, string> = {
  steps: msg('Steps'),
  faq: msg('FAQ'),
  tips: msg('Tips'),
  progress: msg('Progress'),
};

/** A pane's name on its tab, in the interface's language. */
export const paneTitle = (pane: Pane): string => t(PANE_TITLES[pane]);

/**
 * Each tab's words as the tab bar draws them: "1 Steps". Where the names do not all fit (Spanish
 * at 40 columns), the other tabs show their keys alone, so that no name is cut.
 */
export function tabLabels(active: Pane, cols: number): string[] {
  const full = PANES.map((pane, index) => `${index + 1} ${paneTitle(pane)}`);
  const width = full.reduce((sum, label) => sum + label.length + 2, 0);
  if (width <= cols) return full;
  return PANES.map((pane, index) => (pane === active ? (full[index] ?? '') : `${index + 1}`));
}

export type Size = { readonly cols: number; readonly rows: number };

/** What has the keyboard besides the panes: the help, the note editor, a question. */
export type Overlay =
  'help' | 'confirm-reset' | 'note' | 'pick-note' | 'confirm-delete-note' | 'pick-link';

/** The Progress pane's choice for "no route yet": every step counts. */
export const NO_ROUTE = '-';

/** Everything the screen shows, as plain data. Only the reducer makes a new one. */
export type UiState = {
  readonly guide: Guide;
  readonly size: Size;
  readonly pane: Pane;
  /** The selected item's id in each list pane; ids survive a reload, indexes would not. */
  readonly selected: Readonly<Partial<Record<Pane, string>>>;
  /** Steps whose sub-steps are shown in the list. */
  readonly expanded: readonly string[];
  /** How far the selected item's text is scrolled, in lines. */
  readonly scroll: number;
  /** A part of the text to scroll to once it is laid out: the notes, after one is written. */
  readonly scrollTo?: 'notes';
  readonly overlay?: Overlay;
  /** The note being written (while the note editor is open) and the item it is about. */
  readonly draft?: {
    readonly item: string;
    readonly text: string;
    readonly error?: string;
    /** Where the cursor is, in characters from the start; at the end when absent. */
    readonly cursor?: number;
  };
  /** The note asked about while deleting one. */
  readonly deleting?: Note;
  /** The digits typed so far of the number of the note to delete, when there are ten or more. */
  readonly choosing?: string;
  /** How far the help is scrolled, in rows, when it does not fit. */
  readonly helpScroll: number;
  readonly searchFocused: boolean;
  readonly query: string;
  readonly progress: Progress;
  /** A one-line message shown until the next key, such as a welcome back. */
  readonly banner?: string;
  /** A lasting one-line notice, such as progress that cannot be saved. */
  readonly notice?: string;
  /**
   * The guide's disclaimer is shown, whole, from the first visit until the person puts it away
   * (Esc) or makes a first change; a visit that changes nothing shows it again next time.
   */
  readonly disclaimer?: boolean;
  /** Opened from the guide picker, so there is a picker to go back to. */
  readonly inLibrary: boolean;
  /** Why the guide file, reloaded while watching it, could not be used: the last good one stays. */
  readonly guideError?: string;
  /** How links show: as terminal hyperlinks, or with their address written out. */
  readonly links: 'hyperlink' | 'inline';
  /**
   * Drawn for a screen reader or a braille display: plain lines in reading order, every state in
   * words, one thing at a time (the list, then the selected item's text).
   */
  readonly reader?: boolean;
  /** The time of the latest action: what "today" means for waits and "done" dates. */
  readonly now: string;
  /** The public holidays that business-day waits skip: the person's country's. */
  readonly calendar: HolidayCalendar;
  /** Related words for FAQ search, read on the first search. */
  readonly lexicon: Lexicon;
};

export type InitialOptions = {
  readonly size: Size;
  readonly progress?: Progress;
  readonly pane?: Pane;
  readonly selected?: Partial<Record<Pane, string>>;
  readonly scroll?: number;
  readonly banner?: string;
  readonly notice?: string;
  readonly disclaimer?: boolean;
  readonly now?: string;
  readonly inLibrary?: boolean;
  /** The terminal shows OSC 8 hyperlinks. */
  readonly hyperlinks?: boolean;
  /** For a screen reader (UiState.reader). */
  readonly reader?: boolean;
  readonly calendar?: HolidayCalendar;
  readonly lexicon?: Lexicon;
};

export function initialState(guide: Guide, options: InitialOptions): UiState {
  const firstStep = guide.steps[0]?.id;
  const selected = { ...(firstStep && { steps: firstStep }), ...options.selected };
  const parent = guide.steps.find((step) => step.substeps.some((sub) => sub.id === selected.steps));
  return {
    guide,
    size: options.size,
    pane: options.pane ?? 'steps',
    selected,
    expanded: parent ? [parent.id] : [],
    scroll: options.scroll ?? 0,
    helpScroll: 0,
    searchFocused: false,
    query: '',
    progress: options.progress ?? EMPTY_PROGRESS,
    inLibrary: options.inLibrary ?? false,
    // A screen reader says a link's address only when it is written out.
    links: options.hyperlinks && !options.reader ? 'hyperlink' : 'inline',
    ...(options.reader && { reader: true }),
    now: options.now ?? new Date().toISOString(),
    calendar: options.calendar ?? WEEKENDS_ONLY,
    lexicon: options.lexicon ?? NO_LEXICON,
    ...(options.banner !== undefined && { banner: options.banner }),
    ...(options.notice !== undefined && { notice: options.notice }),
    ...(options.disclaimer && guide.disclaimer !== undefined && { disclaimer: true }),
  };
}
