import type { Lexicon } from '../domain/search/lexicon.js';
import { taskLabel, type Guide } from '../domain/guide/guide.js';
import { changesSince, parentStep, progressOf } from '../domain/progress/progress.js';
import { progressView } from '../domain/progress/progress-view.js';
import { waitSentence } from '../domain/progress/waiting.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from '../domain/progress/holidays.js';
import type { GuideRecord, Place } from '../domain/progress/progress-file.js';
import type { InitialOptions, Size, UiState } from './ui-state.js';
import { initialState } from './ui-state.js';
import { t } from '../domain/i18n/translate.js';
import { timeAgo } from '../domain/text/dates.js';

/** "Welcome back - 6/13 done, last here 2 days ago. Next: 4.2 Wait for the letter" */
/** " The guide changed: new 4.3 Keep the receipt; 1 item removed." or nothing. */
function changedText(guide: Guide, record: GuideRecord): string {
  const changes = changesSince(guide, record);
  if (!changes) return '';
  const parts = [
    ...(changes.added.length
      ? [t('new {items}', { items: changes.added.map((task) => taskLabel(task)).join(', ') })]
      : []),
    ...(changes.removed ? [t('{count} items removed', { count: changes.removed })] : []),
  ];
  return ` ${t('The guide changed: {changes}.', { changes: parts.join('; ') })}`;
}

export function welcomeBack(
  guide: Guide,
  record: GuideRecord,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): string | undefined {
  const last = record.lastUsed ?? record.updatedAt;
  if (last === undefined) return undefined;
  const { doneText, next, wait } = progressView(guide, progressOf(record), now, calendar);
  const when = timeAgo(new Date(last), now);
  const welcome = `${t('Welcome back - {done}, last here {when}.', { done: doneText, when })}${changedText(guide, record)}`;
  // A wait that has run out is the news, said first; one that runs is said with what is next.
  if (wait?.overdue) return `${waitSentence(wait.window, now, wait.fallback, 'key')} ${welcome}`;
  const waiting = wait ? ` ${waitSentence(wait.window, now)}` : '';
  const nextText = next
    ? ` ${t('Next: {item}', { item: taskLabel(next) })}`
    : ` ${t('Everything is done.')}`;
  return `${welcome}${waiting}${nextText}`;
}

/** The state a guide opens in: where the person left it, with their marks and a greeting. */
export function resumeState(
  guide: Guide,
  record: GuideRecord,
  options: {
    size: Size;
    now: Date;
    notice?: string;
    banner?: string;
    inLibrary?: boolean;
    hyperlinks?: boolean;
    reader?: boolean;
    calendar?: HolidayCalendar;
    lexicon?: Lexicon;
  },
): UiState {
  const progress = progressOf(record);
  // A first visit opens on the guide's disclaimer (that it is unofficial, say), which stays until
  // it is put away or something is done.
  const welcome = welcomeBack(guide, record, options.now, options.calendar);
  const banner = options.banner ?? welcome;
  const firstVisit = welcome === undefined && guide.disclaimer !== undefined;
  const place: Place | undefined = record.place;
  const initial: InitialOptions = {
    size: options.size,
    progress,
    now: options.now.toISOString(),
    ...(place && { pane: place.pane, selected: place.selected, scroll: place.scroll }),
    ...(banner !== undefined && { banner }),
    ...(options.notice !== undefined && { notice: options.notice }),
    ...(firstVisit && { disclaimer: true }),
    ...(options.inLibrary !== undefined && { inLibrary: options.inLibrary }),
    ...(options.hyperlinks !== undefined && { hyperlinks: options.hyperlinks }),
    ...(options.reader && { reader: true }),
    ...(options.calendar && { calendar: options.calendar }),
    ...(options.lexicon && { lexicon: options.lexicon }),
  };
  // The guide may have changed since: the store keeps the scroll inside the text it now has.
  return initialState(guide, initial);
}

export function placeOf(state: UiState): Place {
  return { pane: state.pane, selected: state.selected, scroll: state.scroll };
}

/** The guide shown at one item, as a search across guides found it: its step opened if need be. */
export function showItem(state: UiState, pane: 'faq' | 'steps', item: string): UiState {
  const parent = pane === 'steps' ? parentStep(state.guide, item) : undefined;
  const expanded =
    parent && parent.id !== item && !state.expanded.includes(parent.id)
      ? [...state.expanded, parent.id]
      : state.expanded;
  return { ...state, pane, selected: { ...state.selected, [pane]: item }, expanded, scroll: 0 };
}
