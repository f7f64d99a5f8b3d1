import type { Lexicon } from '../domain/search/lexicon.js';
import { noteTime } from '../domain/text/dates.js';
import type { HolidayCalendar } from '../domain/progress/holidays.js';
import { blockLinks, taskLabel, type Block, type Guide, type Tip } from '../domain/guide/guide.js';
import { findSecret, privacyWarning } from '../domain/privacy/privacy.js';
import { isDone, onRoute, type Progress } from '../domain/progress/progress.js';
import { progressView, type ProgressView } from '../domain/progress/progress-view.js';
import {
  buildIndex,
  guideDocs,
  search,
  isCloseMatch,
  quotedQuery,
  type Range,
  type SearchResult,
  type WordCache,
} from '../domain/search/search.js';
import {
  layoutBlocks,
  lineText,
  truncateToWidth,
  wrapSpans,
  type Line,
} from '../domain/text/layout.js';
import { progressLines, taskLines, titledLines } from './detail.js';
import { lineInWords } from '../domain/text/words.js';
import {
  linesOf,
  readerKeys,
  readerList,
  readerRow,
  rolePrefix,
  roleWord,
  wrapAfter,
  type ReaderKey,
  type ReaderList,
} from './reader.js';
import { helpRows } from './keymap.js';
import { rememberLast } from './memo.js';
import { frameFor, type Frame } from './screen.js';
import { NO_ROUTE, paneTitle, PANES, type Pane, type UiState } from './ui-state.js';
import { findTask } from '../domain/progress/progress.js';
import { t } from '../domain/i18n/translate.js';

export type ListItem = {
  readonly id: string;
  readonly label: string;
  readonly depth: 0 | 1;
  /** Done state for items that can be marked; undefined for FAQ and tips. */
  readonly done?: boolean;
  readonly tag?: string;
  /** On another route than the chosen one: shown dimmed. */
  readonly dimmed?: boolean;
  readonly warning?: boolean;
  readonly expandable?: boolean;
  readonly expanded?: boolean;
  /** For the route choices: the one the person has chosen. */
  readonly chosen?: boolean;
  /** Parts of the label that a search matched. */
  readonly highlights?: readonly Range[];
};

/** Everything the screen shows that is worked out from the state, each piece once per change. */
export type Derive = {
  readonly listItems: (state: UiState, pane?: Pane) => readonly ListItem[];
  readonly selectedIndex: (state: UiState, pane?: Pane) => number;
  readonly selectedItem: (state: UiState, pane?: Pane) => ListItem | undefined;
  readonly message: (state: UiState) => string | undefined;
  /** The message as the screen shows it: wrapped, one string per row. */
  readonly messageLines: (state: UiState) => readonly string[];
  readonly frame: (state: UiState) => Frame;
  readonly detailLines: (state: UiState) => readonly Line[];
  readonly maxScroll: (state: UiState) => number;
  readonly progress: (state: UiState) => ProgressView;
  readonly searchCount: (state: UiState) => string;
  /** The item the note being written is about: "3.1 Call them". */
  readonly noteTarget: (state: UiState) => string;
  /** The addresses the selected item's text links to, in reading order. */
  readonly selectedLinks: (state: UiState) => readonly string[];
  /** The selected item's title and text as plain lines, for the clipboard. */
  readonly copyText: (
    state: UiState,
  ) => { readonly title: string; readonly text: string } | undefined;
  readonly emptyListText: (state: UiState) => string;
  /** The help overlay: its rows, in one or two columns, and how far it can scroll. */
  readonly help: (state: UiState) => HelpView;
  /** The screen for a screen reader: every part in words, wrapped, fitting the terminal. */
  readonly reader: (state: UiState) => ReaderView;
};

const NO_ROWS: ReaderList = { above: 0, below: 0, rows: [] };

/** What the screen for a screen reader shows (state/reader.ts), top to bottom. */
export type ReaderView = {
  readonly title: readonly string[];
  readonly tabs: readonly { readonly label: string; readonly selected: boolean }[];
  readonly message: readonly string[];
  /** The line being typed in (a note, the search), read as a textbox. */
  readonly field?: { readonly lines: readonly string[]; readonly focused: boolean };
  /** A line in place of the field: how to start a search. */
  readonly prompt?: readonly string[];
  readonly problem: readonly string[];
  readonly list: ReaderList;
  readonly emptyList?: readonly string[];
  readonly detail: readonly string[];
  readonly position?: string;
  readonly help?: {
    readonly title: readonly string[];
    readonly above: boolean;
    readonly keys: readonly ReaderKey[];
    readonly below: boolean;
    readonly after: readonly string[];
  };
  readonly status: readonly string[];
};

export type HelpView = {
  /**
   * The key table's rows on screen, in one column or two: a key's label on its first row, its help
   * wrapped over as many rows as it needs; in one column, from the scroll position.
   */
  readonly columns: readonly (readonly {
    readonly label: string;
    readonly help: string;
    /** A row of the disclaimer: the whole width, with no key column. */
    readonly plain?: boolean;
  }[])[];
  readonly labelWidth: number;
  readonly rows: number;
  readonly width: number;
  readonly maxScroll: number;
  readonly more: { readonly above: boolean; readonly below: boolean };
  /**
   * The guide's disclaimer, wrapped to the width, under two columns of keys; in one column it is
   * part of the rows, after the keys, and scrolls with them.
   */
  readonly disclaimer: readonly string[];
};

/** Where the text is, for a screen reader: "2.1 Register: lines 1 to 9 of 14, Page Down for more." */
function positionWords(item: string | undefined, from: number, to: number, count: number): string {
  const params = { item: item ?? '', from, to, count };
  const more = to < count;
  if (item === undefined) {
    return more
      ? t('Lines {from} to {to} of {count}, Page Down for more.', params)
      : t('Lines {from} to {to} of {count}.', params);
  }
  return more
    ? t('{item}: lines {from} to {to} of {count}, Page Down for more.', params)
    : t('{item}: lines {from} to {to} of {count}.', params);
}

/** Where a search result lives, for its row: "FAQ", "step 3", "3.1", "tip". */
function whereItLives(guide: Guide, doc: SearchResult['doc']): string {
  if (doc.kind === 'faq') return t('FAQ@@result tag');
  if (doc.kind === 'tip') return t('tip');
  const task = findTask(guide, doc.id);
  return task
    ? doc.kind === 'step'
      ? t('step {number}', { number: task.number })
      : task.number
    : doc.kind;
}

/** Two columns need room for a label and its help side by side, twice. */
const TWO_COLUMNS_FROM = 72;

function stepItems(guide: Guide, progress: Progress, expanded: readonly string[]): ListItem[] {
  return guide.steps.flatMap((step) => {
    const open = expanded.includes(step.id);
    const dimmed = !onRoute(step, progress.route);
    // The route's id is short enough for a list, and its label shows in the text; a translated
    // guide's ids are the original's words, so there the label says it, kept short.
    const tag =
      step.route === undefined
        ? undefined
        : guide.language === undefined
          ? step.route
          : shortTag(guide.routes.find((route) => route.id === step.route)?.label ?? step.route);
    const item: ListItem = {
      id: step.id,
      label: `${step.number}. ${step.title}`,
      depth: 0,
      done: isDone(progress, step),
      dimmed,
      ...(tag !== undefined && { tag }),
      expandable: step.substeps.length > 0,
      expanded: open,
    };
    if (!open) return [item];
    return [
      item,
      ...step.substeps.map((sub): ListItem => ({
        id: sub.id,
        label: `${sub.number} ${sub.title}`,
        depth: 1,
        done: isDone(progress, sub),
        dimmed,
      })),
    ];
  });
}

/** A tip's text: a warning's title marked, and said to be untranslated where it is. */
const tipLines = (tip: Tip, width: number, links: UiState['links']) =>
  titledLines(
    `${tip.warning ? '⚠ ' : ''}${tip.title}`,
    tip.body.blocks,
    width,
    links,
    tip.untranslated,
  );

/** A route's name as a list's tag: at most 14 characters, so that the titles keep their room. */
const shortTag = (label: string): string =>
  [...label].length > 14 ? `${[...label].slice(0, 13).join('')}…` : label;

function routeItems(guide: Guide, route: string | undefined): ListItem[] {
  if (guide.routes.length === 0) return [];
  const chosen = route ?? NO_ROUTE;
  return [
    ...guide.routes.map((option) => ({ id: option.id, label: option.label })),
    { id: NO_ROUTE, label: t('Not chosen yet') },
  ].map((option) => ({ ...option, depth: 0 as const, chosen: option.id === chosen }));
}

/** Copied text is wrapped as a mail or a document would take it. */
const COPY_WIDTH = 80;

/**
 * The derived data of one store, each piece remembered for its last inputs: asked for many times
 * in a change (by the reducer, the store and the view), it is worked out once.
 */
export function createDerive(): Derive {
  // The search box searches the whole guide: questions, steps, sub-steps and tips.
  const faqIndex = rememberLast((guide: Guide) => ({
    index: buildIndex(guideDocs(guide, true), guide.language),
    words: new Map() as WordCache,
  }));
  const faqResults = rememberLast(
    (guide: Guide, query: string, lexicon: Lexicon): SearchResult[] => {
      const { index, words } = faqIndex(guide);
      return search(index, query, { lexicon }, words);
    },
  );
  const lists: Record<Pane, (state: UiState) => readonly ListItem[]> = {
    steps: (
      (memo) => (state: UiState) =>
        memo(state.guide, state.progress, state.expanded)
    )(rememberLast(stepItems)),
    faq: (
      (memo) => (state: UiState) =>
        memo(state.guide, state.query, state.lexicon)
    )(
      rememberLast((guide: Guide, query: string, lexicon: Lexicon): ListItem[] =>
        query.trim() === ''
          ? guide.faqs.map((faq) => ({ id: faq.id, label: faq.question, depth: 0 }))
          : faqResults(guide, query, lexicon).map((result) => ({
              id: result.doc.id,
              label: result.doc.title,
              depth: 0,
              highlights: result.highlights,
              tag: whereItLives(guide, result.doc),
            })),
      ),
    ),
    tips: (
      (memo) => (state: UiState) =>
        memo(state.guide)
    )(
      rememberLast((guide: Guide): ListItem[] =>
        guide.tips.map((tip) => ({ id: tip.id, label: tip.title, depth: 0, warning: tip.warning })),
      ),
    ),
    progress: (
      (memo) => (state: UiState) =>
        memo(state.guide, state.progress.route)
    )(rememberLast(routeItems)),
  };
  const listItems = (state: UiState, pane: Pane = state.pane) => lists[pane](state);
  const selectedIndex = (state: UiState, pane: Pane = state.pane) => {
    const id = state.selected[pane];
    return Math.max(
      listItems(state, pane).findIndex((item) => item.id === id),
      0,
    );
  };
  const selectedItem = (state: UiState, pane: Pane = state.pane) =>
    listItems(state, pane)[selectedIndex(state, pane)];

  const selectedText = (
    state: UiState,
  ): { readonly title: string; readonly blocks: readonly Block[] } | undefined => {
    const id = selectedItem(state)?.id;
    if (id === undefined) return undefined;
    switch (state.pane) {
      case 'steps': {
        const task = findTask(state.guide, id);
        return task && { title: taskLabel(task), blocks: task.body.blocks };
      }
      case 'faq': {
        // A search result may be a step or a tip as well as a question.
        const faq = state.guide.faqs.find((candidate) => candidate.id === id);
        if (faq) return { title: faq.question, blocks: faq.answer.blocks };
        const task = findTask(state.guide, id);
        if (task) return { title: taskLabel(task), blocks: task.body.blocks };
        const tip = state.guide.tips.find((candidate) => candidate.id === id);
        return tip && { title: tip.title, blocks: tip.body.blocks };
      }
      case 'tips': {
        const tip = state.guide.tips.find((candidate) => candidate.id === id);
        return tip && { title: tip.title, blocks: tip.body.blocks };
      }
      case 'progress':
        return undefined;
    }
  };

  const selectedLinks = (state: UiState): readonly string[] => {
    const item = selectedText(state);
    return item ? linksMemo(item.blocks) : [];
  };
  const linksMemo = rememberLast((blocks: readonly Block[]) => blockLinks(blocks));

  const message = (state: UiState): string | undefined => {
    // Why a note was not saved comes first; then a warning while a secret is being typed.
    if (state.overlay === 'note' && state.draft?.error !== undefined) return state.draft.error;
    const typed = state.overlay === 'note' ? state.draft?.text : state.searchFocused && state.query;
    const secret = typed ? findSecret(typed) : undefined;
    if (secret) return privacyWarning(secret);
    switch (state.overlay) {
      case 'help':
        // The help shows the disclaimer itself, under the keys.
        return state.notice;
      case 'confirm-reset':
        return t('Reset all progress on this guide? Press y to reset, n to keep it.');
      case 'note':
        return t(
          'A note for later: who you spoke to, a reference, a promise. Enter saves, Esc cancels.',
        );
      case 'pick-link': {
        const links = selectedLinks(state);
        if (state.choosing !== undefined) {
          return t('Open which link? {typed}… (Enter to open it, Esc cancels)', {
            typed: state.choosing,
          });
        }
        const listed = links
          .slice(0, 9)
          .map((href, index) => `${index + 1} ${href.replace(/^https?:\/\/(www\.)?/, '')}`);
        // Past nine, the numbers are typed whole: the text shows each link's [number].
        const more =
          links.length > 9
            ? ` … ${t('({count} links: type a number, then Enter)', { count: links.length })}`
            : '';
        return t('Open which link? {links} · Esc cancels', {
          links: `${listed.join('  ')}${more}`,
        });
      }
      case 'pick-note':
        return state.choosing === undefined
          ? t('Delete which note? Type its number (1 is the newest), Esc to keep them all.')
          : t('Delete which note? {typed}… (Enter to choose it, Esc to keep them all)', {
              typed: state.choosing,
            });
      case 'confirm-delete-note':
        return state.deleting
          ? t('Delete the note of {time}, "{note}"? y deletes it, n keeps it.', {
              time: noteTime(state.deleting.at),
              note: state.deleting.text,
            })
          : undefined;
      default:
        return (
          state.banner ??
          state.notice ??
          (state.disclaimer && state.guide.disclaimer !== undefined
            ? `${state.guide.disclaimer} ${t('(Esc hides this.)')}`
            : undefined)
        );
    }
  };

  /**
   * The message, wrapped to the screen's width: as many rows as it needs, up to what the screen
   * can spare (a disclaimer is read whole at 80x24); past that, the last row ends in "…".
   */
  const messageMemo = rememberLast((text: string | undefined, cols: number, rows: number) => {
    if (text === undefined) return [];
    const most = Math.max(1, Math.min(4, Math.floor((rows - 12) / 2)));
    const lines = wrapSpans([{ text }], Math.max(cols, 8)).map(lineText);
    if (lines.length <= most) return lines;
    const kept = lines.slice(0, most);
    kept[most - 1] = truncateToWidth(`${kept[most - 1] ?? ''} ${lines[most] ?? ''}`, cols);
    return kept;
  });
  const messageLines = (state: UiState): readonly string[] =>
    messageMemo(message(state), state.size.cols, state.size.rows);

  const frameMemo = rememberLast(
    (size: UiState['size'], bannerRows: number, items: number): Frame =>
      frameFor(size, { bannerRows, listItems: items }),
  );
  const frame = (state: UiState): Frame => (state.reader ? readerFrame(state) : normalFrame(state));
  const normalFrame = (state: UiState) =>
    frameMemo(
      state.size,
      messageLines(state).length +
        (state.pane === 'faq' ? 1 : 0) +
        (state.overlay === 'note' ? 1 : 0),
      listItems(state).length,
    );

  // The screen for a screen reader (state/reader.ts): its parts above and below the list, in
  // words and wrapped one column short of the width, so that Ink never wraps them again.
  const readerWidth = (state: UiState) => Math.max(state.size.cols - 1, 8);
  /** Where the caret is in a line being typed, when not at its end: a screen reader cannot see it. */
  const caretWords = (text: string, cursor: number | undefined) => {
    const length = [...text].length;
    return cursor === undefined || cursor >= length
      ? ''
      : ` ${t('(cursor before character {place} of {count})', { place: cursor + 1, count: length })}`;
  };
  const readerTop = rememberLast((state: UiState) => {
    const width = readerWidth(state);
    const height = Math.max(state.size.rows - 1, 1);
    const title = wrapAfter('', `stepwise: ${state.guide.title}`, width);
    // The key that opens each pane is said as a key, not as a number that sounds like a count.
    const tabs = PANES.map((pane, index) => ({
      label: t('{pane} (key {key})', { pane: paneTitle(pane), key: String(index + 1) }),
      selected: pane === state.pane,
    }));
    const tabLine = `${roleWord('tablist')}: ${tabs.map((tab) => `${rolePrefix('tab', { selected: tab.selected })}${tab.label}`).join(' ')}`;
    const tabRows = linesOf(tabLine, width);
    let field: ReaderView['field'];
    let prompt: readonly string[] | undefined;
    if (state.overlay === 'note' && state.draft) {
      field = {
        lines: wrapAfter(
          rolePrefix('textbox', { selected: true }),
          `${t('Note on {item}:', { item: self.noteTarget(state) })} ${state.draft.text}${caretWords(state.draft.text, state.draft.cursor)}`,
          width,
        ),
        focused: true,
      };
    } else if (state.pane === 'faq' && state.overlay !== 'help') {
      if (state.searchFocused || state.query !== '') {
        field = {
          lines: wrapAfter(
            rolePrefix('textbox', { selected: state.searchFocused }),
            `${t('Search the guide:')} ${state.query === '' ? t('empty') : state.query}, ${self.searchCount(state)}`,
            width,
          ),
          focused: state.searchFocused,
        };
      } else {
        prompt = wrapAfter('', t('Press / to search the guide.'), width);
      }
    }
    const problem =
      state.guideError === undefined
        ? []
        : wrapAfter('', t('Problem: {problem}', { problem: state.guideError }), width);
    const { completed, total } = progress(state);
    const status = wrapAfter(
      '',
      t('{done} of {count} done. ? for keys, q quits.', { done: completed, count: total }),
      width,
    );
    // While a note is written, the note is the one thing on screen: no list, no text.
    const writing = state.overlay === 'note';
    const items = writing ? [] : listItems(state);
    const selected = items[selectedIndex(state)];
    // What must always be there: the tabs, the field, the status, and the selected row with the
    // line that says there are more; one line spare when the tabs wrap, as Ink may wrap them
    // a word differently.
    const must =
      tabRows +
      (field?.lines.length ?? 0) +
      (prompt?.length ?? 0) +
      problem.length +
      status.length +
      (state.overlay === 'help' ? 3 : 0) +
      (selected ? readerRow(selected, true, width, true).lines.length : 0) +
      (items.length > 1 ? 1 : 0) +
      (tabRows > 1 ? 1 : 0);
    // What was just said comes first and whole while there is room, else cut to fit.
    const said = message(state);
    const room = Math.max(height - must, 1);
    const wrapped = said === undefined ? [] : wrapAfter('', lineInWords(said) ?? said, width);
    const messageLines =
      wrapped.length <= room
        ? wrapped
        : [
            ...wrapped.slice(0, room - 1),
            truncateToWidth(`${wrapped[room - 1] ?? ''} ${wrapped[room] ?? ''}`, width),
          ];
    // The guide's title when there is room for it: the tabs already say where the reader is.
    const shownTitle = height - must - messageLines.length >= title.length + 2 ? title : [];
    const used = must + messageLines.length + shownTitle.length;
    return {
      title: shownTitle,
      tabs,
      message: messageLines,
      ...(field && { field }),
      ...(prompt && { prompt }),
      problem,
      status,
      height,
      writing,
      // Lines left for the list beyond the selected row, and for the text.
      body: Math.max(height - used, 0),
    };
  });
  /** Lines the rows of the list take, counted only as far as `most`. */
  const readerListLines = (state: UiState, most: number) => {
    const width = readerWidth(state);
    let lines = 0;
    for (const item of listItems(state)) {
      lines += readerRow(item, true, width, false).lines.length;
      if (lines >= most) return most;
    }
    return lines;
  };
  // Asked for several times per change (the view, the scroll, the help): worked out once.
  const readerFrame = rememberLast((state: UiState): Frame => {
    const { body, height, writing } = readerTop(state);
    const width = readerWidth(state);
    const items = writing ? [] : listItems(state);
    const selected = items[selectedIndex(state)];
    // The selected row and the line that says there are more are always there (readerTop).
    const least = selected
      ? readerRow(selected, true, width, true).lines.length + (items.length > 1 ? 1 : 0)
      : 0;
    const all = least + body;
    // The text needs its lines and one that says where in it the reader is; the list the rest.
    // When both do not fit, the text gets up to half, the list at least its selected row.
    const text = writing ? 0 : detailLines(state).length + 1;
    const list = writing ? 0 : readerListLines(state, all) + (items.length > 1 ? 1 : 0);
    const listRows =
      list + text <= all ? list : Math.max(least, all - Math.min(text, Math.ceil(all / 2)));
    return {
      tooSmall: false,
      wide: false,
      height,
      width: state.size.cols,
      bodyTop: height - all,
      listWidth: width,
      listRows,
      textWidth: width,
      textRows: Math.max(all - listRows - 1, 0),
    };
  });

  const readerView = (state: UiState): ReaderView => {
    const top = readerTop(state);
    const width = readerWidth(state);
    const f = readerFrame(state);
    const { height: _height, body: _body, writing, ...parts } = top;
    if (state.overlay === 'help')
      return { ...parts, list: NO_ROWS, detail: [], help: readerHelp(state) };
    if (writing) return { ...parts, list: NO_ROWS, detail: [] };
    const items = listItems(state).map((item) => readerTag(state, item));
    const list = readerList(items, selectedIndex(state), width, f.listRows);
    const lines = detailLines(state);
    const last = Math.min(state.scroll + f.textRows, lines.length);
    const name = self.selectedItem(state)?.label;
    return {
      ...parts,
      list,
      ...(items.length === 0 && { emptyList: wrapAfter('', self.emptyListText(state), width) }),
      detail: lines.slice(state.scroll, last).map(lineText),
      ...(lines.length > f.textRows &&
        f.textRows > 0 && {
          // Which item's text, since after a scroll its title is no longer in view.
          position: truncateToWidth(
            positionWords(
              name === undefined || state.pane === 'progress' ? undefined : name,
              state.scroll + 1,
              last,
              lines.length,
            ),
            width,
          ),
        }),
    };
  };
  /** A row's tag in words: a route by its name, where a search result lives said in full. */
  const readerTag = (state: UiState, item: ListItem): ListItem => {
    if (item.tag === undefined) return item;
    if (item.highlights === undefined) {
      const route = state.guide.routes.find((candidate) => candidate.id === item.tag);
      return { ...item, tag: route?.label ?? item.tag };
    }
    const tag = /^\d+\.\d+$/.test(item.tag)
      ? t('sub-step {number}', { number: item.tag })
      : item.tag === t('tip')
        ? t('Tips')
        : item.tag;
    return { ...item, tag };
  };
  /** The help for a screen reader: a list of keys in words, scrolled a key at a time. */
  const readerHelp = (state: UiState): NonNullable<ReaderView['help']> & { maxScroll: number } => {
    const width = readerWidth(state);
    const { body } = readerTop(state);
    const title = wrapAfter(
      '',
      t('Keys. Every key works as on the full screen. Esc or ? closes this list.'),
      width,
    );
    const after =
      state.guide.disclaimer === undefined ? [] : wrapAfter('', state.guide.disclaimer, width);
    const keys = readerKeys(helpRows(state), width);
    // Room for the keys: the title, the lines that say there is more, and the disclaimer at the end.
    // The body and the three lines kept for the help, less its title and the two "more" lines.
    const room = Math.max(body + 3 - title.length - 2, 1);
    const fits = (from: number, to: number, extra = 0) =>
      keys.slice(from, to).reduce((sum, key) => sum + key.lines.length, 0) + extra <= room;
    let maxScroll = keys.length - 1;
    while (maxScroll > 0 && fits(maxScroll - 1, keys.length, after.length)) maxScroll -= 1;
    const from = Math.min(state.helpScroll, maxScroll);
    let to = from;
    while (to < keys.length && fits(from, to + 1)) to += 1;
    to = Math.max(to, from + 1);
    // The first key shown carries the list's role, whichever it is.
    const shown = readerKeys(helpRows(state).slice(from, to), width);
    const below = to < keys.length;
    return {
      title,
      above: from > 0,
      keys: shown,
      below,
      after: !below && fits(from, to, after.length) ? after : [],
      maxScroll,
    };
  };

  const progressMemo = rememberLast(
    (guide: Guide, progress: Progress, now: string, calendar: HolidayCalendar) =>
      progressView(guide, progress, new Date(now), calendar),
  );
  const progress = (state: UiState) =>
    progressMemo(state.guide, state.progress, state.now, state.calendar);

  const detailMemo = rememberLast(
    (
      guide: Guide,
      pane: Pane,
      id: string | undefined,
      marks: Progress,
      links: UiState['links'],
      now: string,
      calendar: HolidayCalendar,
      width: number,
      reader: boolean,
    ): readonly Line[] => {
      switch (pane) {
        case 'steps': {
          const task = id === undefined ? undefined : findTask(guide, id);
          const wait = progressMemo(guide, marks, now, calendar).wait;
          return task
            ? taskLines({ guide, progress: marks, links, reader, now }, task, width, wait)
            : [];
        }
        case 'faq': {
          const faq = guide.faqs.find((candidate) => candidate.id === id);
          if (faq)
            return titledLines(faq.question, faq.answer.blocks, width, links, faq.untranslated);
          // A search result that is a step or a tip: its text, as its own pane shows it.
          const task = id === undefined ? undefined : findTask(guide, id);
          if (task) {
            const wait = progressMemo(guide, marks, now, calendar).wait;
            return taskLines({ guide, progress: marks, links, reader, now }, task, width, wait);
          }
          const tip = guide.tips.find((candidate) => candidate.id === id);
          return tip ? tipLines(tip, width, links) : [];
        }
        case 'tips': {
          const tip = guide.tips.find((candidate) => candidate.id === id);
          return tip ? tipLines(tip, width, links) : [];
        }
        case 'progress':
          return progressLines(
            progressMemo(guide, marks, now, calendar),
            guide.routes.length > 0,
            width,
            reader,
          );
      }
    },
  );
  // For a screen reader the guide's own drawing (bullets, quotes, tables, rules) goes too.
  const wordsMemo = rememberLast((lines: readonly Line[]): readonly Line[] =>
    lines.flatMap((line) => {
      const said = lineInWords(lineText(line));
      return said === undefined ? [] : [said === '' ? [] : [{ text: said }]];
    }),
  );
  const detailLines = (state: UiState) => {
    const lines = layoutDetail(state);
    return state.reader ? wordsMemo(lines) : lines;
  };
  const layoutDetail = (state: UiState) =>
    detailMemo(
      state.guide,
      state.pane,
      selectedItem(state)?.id,
      state.progress,
      state.links,
      state.now,
      state.calendar,
      // For a screen reader the text's width is the screen's: the frame is worked out from the
      // text's length (readerFrame), so it cannot be asked here.
      state.reader ? readerWidth(state) : frame(state).textWidth,
      state.reader === true,
    );

  const self: Derive = {
    listItems,
    selectedIndex,
    selectedItem,
    message,
    messageLines,
    frame,
    detailLines,
    maxScroll: (state) => Math.max(detailLines(state).length - frame(state).textRows, 0),
    progress,
    help: (state) => {
      const f = frame(state);
      if (state.reader) {
        // Drawn by the screen reader's own screen (reader().help): only the scroll is shared.
        const { maxScroll, above, below } = readerHelp(state);
        return {
          columns: [],
          labelWidth: 0,
          rows: f.height,
          width: f.width,
          maxScroll,
          more: { above, below },
          disclaimer: [],
        };
      }
      const rows = f.listRows + (f.wide ? 0 : f.textRows + 2);
      const all = helpRows(state);
      const wrap = (text: string, width: number) =>
        wrapSpans([{ text }], Math.max(width, 8)).map(lineText);
      const disclaimer =
        state.guide.disclaimer === undefined ? [] : wrap(state.guide.disclaimer, f.width);
      // The title row.
      const room = Math.max(rows - 1, 1);
      const labelWidth = Math.max(...all.map((entry) => entry.label.length)) + 1;
      // Each key's help wraps under itself instead of being cut.
      const laidOut = (columnWidth: number) =>
        all.map((entry) =>
          wrap(entry.help, columnWidth - labelWidth - 1).map((help, index) => ({
            label: index === 0 ? entry.label : '',
            help,
          })),
        );
      const still = { maxScroll: 0, more: { above: false, below: false } };
      const base = { rows, width: f.width, labelWidth };
      // A screen reader reads across: two columns would be heard as one line.
      if (f.width >= TWO_COLUMNS_FROM && !state.reader) {
        const entries = laidOut(Math.floor(f.width / 2));
        const total = entries.reduce((sum, entry) => sum + entry.length, 0);
        // Split at an entry, as near the middle as can be.
        let left = 0;
        let split = 0;
        while (split < entries.length && left + (entries[split]?.length ?? 0) <= total / 2) {
          left += entries[split]?.length ?? 0;
          split += 1;
        }
        const columns = [entries.slice(0, split).flat(), entries.slice(split).flat()];
        const tall = Math.max(...columns.map((column) => column.length));
        if (tall + disclaimer.length <= room) return { ...base, ...still, columns, disclaimer };
      }
      // One column, with the disclaimer after the keys; it scrolls when it does not fit, with a
      // row saying there is more.
      const lines = [
        ...laidOut(f.width).flat(),
        ...disclaimer.map((help) => ({ label: '', help, plain: true })),
      ];
      if (lines.length <= room) return { ...base, ...still, columns: [lines], disclaimer: [] };
      const visible = Math.max(room - 1, 1);
      const maxScroll = Math.max(lines.length - visible, 0);
      const from = Math.min(state.helpScroll, maxScroll);
      return {
        ...base,
        columns: [lines.slice(from, from + visible)],
        disclaimer: [],
        maxScroll,
        more: { above: from > 0, below: from < maxScroll },
      };
    },
    searchCount: (state) => {
      if (state.query.trim() === '')
        return t('{count} questions', { count: state.guide.faqs.length });
      const results = faqResults(state.guide, state.query, state.lexicon);
      if (results.length === 0) return t('no matches');
      // The best result answers too little of the question: say so, and offer guesses.
      if (!isCloseMatch(results[0])) return t('no close match: guesses');
      return t('{count} matches', { count: results.length });
    },
    selectedLinks,
    copyText: (state) => {
      const item = selectedText(state);
      if (!item) return undefined;
      const body = layoutBlocks(item.blocks, COPY_WIDTH).map(lineText).join('\n');
      return { title: item.title, text: `${item.title}\n\n${body}\n` };
    },
    noteTarget: (state) => {
      const id = state.draft?.item;
      const task = id === undefined ? undefined : findTask(state.guide, id);
      return task ? taskLabel(task) : '';
    },
    emptyListText: (state) => {
      switch (state.pane) {
        case 'faq':
          return state.query.trim() === ''
            ? t('This guide has no questions.')
            : t('Nothing matches {query}. Try fewer words, or check the spelling.', {
                query: quotedQuery(state.query, findSecret(state.query) !== undefined),
              });
        case 'progress':
          return t('This guide has one way through: no route to choose.');
        default:
          return t('Nothing here.');
      }
    },
    reader: (state) => readerView(state),
  };
  return self;
}

export { PANES };
