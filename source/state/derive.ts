import type { Lexicon } from '../domain/search/lexicon.js';
import { noteTime } from '../domain/text/dates.js';
import type { HolidayCalendar } from '../domain/progress/holidays.js';
import { blockLinks, taskLabel, type Block, type Guide } from '../domain/guide/guide.js';
import { findSecret, privacyWarning } from '../domain/privacy/privacy.js';
import { isDone, onRoute, type Progress } from '../domain/progress/progress.js';
import { progressView, type ProgressView } from '../domain/progress/progress-view.js';
import {
  buildIndex,
  guideDocs,
  search,
  isCloseMatch,
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
  wrapAfter,
  type ReaderKey,
  type ReaderList,
} from './reader.js';
import { helpRows } from './keymap.js';
import { rememberLast } from './memo.js';
import { frameFor, type Frame } from './screen.js';
import { NO_ROUTE, PANE_TITLES, PANES, type Pane, type UiState } from './ui-state.js';
import { findTask } from '../domain/progress/progress.js';

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

/** Where a search result lives, for its row: "FAQ", "step 3", "3.1", "tip". */
function whereItLives(guide: Guide, doc: SearchResult['doc']): string {
  if (doc.kind === 'faq') return 'FAQ';
  if (doc.kind === 'tip') return 'tip';
  const task = findTask(guide, doc.id);
  return task ? (doc.kind === 'step' ? `step ${task.number}` : task.number) : doc.kind;
}

/** Two columns need room for a label and its help side by side, twice. */
const TWO_COLUMNS_FROM = 72;

function stepItems(guide: Guide, progress: Progress, expanded: readonly string[]): ListItem[] {
  return guide.steps.flatMap((step) => {
    const open = expanded.includes(step.id);
    const dimmed = !onRoute(step, progress.route);
    // The route's id is short enough for a list; its label shows in the text.
    const item: ListItem = {
      id: step.id,
      label: `${step.number}. ${step.title}`,
      depth: 0,
      done: isDone(progress, step),
      dimmed,
      ...(step.route !== undefined && { tag: step.route }),
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

function routeItems(guide: Guide, route: string | undefined): ListItem[] {
  if (guide.routes.length === 0) return [];
  const chosen = route ?? NO_ROUTE;
  return [
    ...guide.routes.map((option) => ({ id: option.id, label: option.label })),
    { id: NO_ROUTE, label: 'Not chosen yet' },
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
    index: buildIndex(guideDocs(guide, true)),
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
        return 'Reset all progress on this guide? Press y to reset, n to keep it.';
      case 'note':
        return 'A note for later: who you spoke to, a reference, a promise. Enter saves, Esc cancels.';
      case 'pick-link': {
        const listed = selectedLinks(state)
          .slice(0, 9)
          .map((href, index) => `${index + 1} ${href.replace(/^https?:\/\/(www\.)?/, '')}`);
        return `Open which link? ${listed.join('  ')} · Esc cancels`;
      }
      case 'pick-note':
        return state.choosing === undefined
          ? 'Delete which note? Type its number (1 is the newest), Esc to keep them all.'
          : `Delete which note? ${state.choosing}… (Enter to choose it, Esc to keep them all)`;
      case 'confirm-delete-note':
        return state.deleting
          ? `Delete the note of ${noteTime(state.deleting.at)}, "${state.deleting.text}"? y deletes it, n keeps it.`
          : undefined;
      default:
        return (
          state.banner ??
          state.notice ??
          (state.disclaimer && state.guide.disclaimer !== undefined
            ? `${state.guide.disclaimer} (Esc hides this.)`
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
  const readerTop = rememberLast((state: UiState) => {
    const width = readerWidth(state);
    const height = Math.max(state.size.rows - 1, 1);
    const title = wrapAfter('', `stepwise: ${state.guide.title}`, width);
    const tabs = PANES.map((pane, index) => ({
      label: `${PANE_TITLES[pane]} ${index + 1}`,
      selected: pane === state.pane,
    }));
    const tabLine = `tablist: ${tabs.map((tab) => `${rolePrefix('tab', { selected: tab.selected })}${tab.label}`).join(' ')}`;
    let field: ReaderView['field'];
    let prompt: readonly string[] | undefined;
    if (state.overlay === 'note' && state.draft) {
      field = {
        lines: wrapAfter(
          rolePrefix('textbox', { selected: true }),
          `Note on ${self.noteTarget(state)}: ${state.draft.text}`,
          width,
        ),
        focused: true,
      };
    } else if (state.pane === 'faq' && state.overlay !== 'help') {
      if (state.searchFocused || state.query !== '') {
        field = {
          lines: wrapAfter(
            rolePrefix('textbox', { selected: state.searchFocused }),
            `Search the guide: ${state.query}, ${self.searchCount(state)}`,
            width,
          ),
          focused: state.searchFocused,
        };
      } else {
        prompt = wrapAfter('', 'Press / to search the guide.', width);
      }
    }
    const problem =
      state.guideError === undefined ? [] : wrapAfter('', `Problem: ${state.guideError}`, width);
    const { completed, total } = progress(state);
    const status = wrapAfter('', `${completed} of ${total} done. ? for keys, q quits.`, width);
    const fixed =
      title.length +
      linesOf(tabLine, width) +
      (field?.lines.length ?? 0) +
      (prompt?.length ?? 0) +
      problem.length +
      status.length +
      // One line spare, for a wrap that comes out a line longer than counted.
      1;
    // The least the rest needs: the selected row and the line that says there are more, and a
    // line of text with the line that says where in it the reader is.
    const items = listItems(state);
    const selected = items[selectedIndex(state)];
    const reserve =
      state.overlay === 'help'
        ? 3
        : (selected ? readerRow(selected, true, width, true).lines.length : 1) +
          (items.length > 1 ? 1 : 0) +
          2;
    // What was just said comes whole while there is room, else cut to leave the rest its least.
    const said = message(state);
    const most = Math.max(1, Math.min(Math.floor((height - 8) / 2), height - fixed - reserve));
    const wrapped = said === undefined ? [] : wrapAfter('', lineInWords(said) ?? said, width);
    const messageLines =
      wrapped.length <= most
        ? wrapped
        : [
            ...wrapped.slice(0, most - 1),
            truncateToWidth(`${wrapped[most - 1] ?? ''} ${wrapped[most] ?? ''}`, width),
          ];
    const used = fixed + messageLines.length;
    return {
      title,
      tabs,
      message: messageLines,
      ...(field && { field }),
      ...(prompt && { prompt }),
      problem,
      status,
      height,
      body: Math.max(height - used, 2),
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
  const readerFrame = (state: UiState): Frame => {
    const { body, height } = readerTop(state);
    const width = readerWidth(state);
    // The list takes what it needs, up to half; the selected item's text the rest, less a line
    // that says where in it the reader is.
    const half = Math.max(Math.floor(body / 2), Math.min(3, body - 1));
    const items = listItems(state);
    const selected = items[selectedIndex(state)];
    // Never less than the selected row and the line that says there are more.
    const least = selected
      ? readerRow(selected, true, width, true).lines.length + (items.length > 1 ? 1 : 0)
      : 1;
    const listRows = Math.max(Math.min(readerListLines(state, half + 1), half), least);
    return {
      tooSmall: false,
      wide: false,
      height,
      width: state.size.cols,
      bodyTop: height - body,
      listWidth: width,
      listRows,
      textWidth: width,
      textRows: Math.max(body - listRows - 1, 1),
    };
  };

  const readerView = (state: UiState): ReaderView => {
    const top = readerTop(state);
    const width = readerWidth(state);
    const f = readerFrame(state);
    const { height: _height, body: _body, ...parts } = top;
    if (state.overlay === 'help')
      return { ...parts, list: NO_ROWS, detail: [], help: readerHelp(state) };
    const items = listItems(state);
    const list = readerList(items, selectedIndex(state), width, f.listRows);
    const lines = detailLines(state);
    const last = Math.min(state.scroll + f.textRows, lines.length);
    return {
      ...parts,
      list,
      ...(items.length === 0 && { emptyList: wrapAfter('', self.emptyListText(state), width) }),
      detail: lines.slice(state.scroll, last).map(lineText),
      ...(lines.length > f.textRows && {
        position: `Lines ${state.scroll + 1} to ${last} of ${lines.length}${last < lines.length ? ', Page Down for more' : ''}.`,
      }),
    };
  };
  /** The help for a screen reader: a list of keys in words, scrolled a key at a time. */
  const readerHelp = (state: UiState): NonNullable<ReaderView['help']> & { maxScroll: number } => {
    const width = readerWidth(state);
    const { body } = readerTop(state);
    const title = wrapAfter(
      '',
      'Keys. Every key works as on the full screen. Esc or ? closes this list.',
      width,
    );
    const after =
      state.guide.disclaimer === undefined ? [] : wrapAfter('', state.guide.disclaimer, width);
    const keys = readerKeys(helpRows(state), width);
    // Room for the keys: the title, the lines that say there is more, and the disclaimer at the end.
    const room = Math.max(body - title.length - 2, 1);
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
            ? taskLines({ guide, progress: marks, links, reader }, task, width, wait)
            : [];
        }
        case 'faq': {
          const faq = guide.faqs.find((candidate) => candidate.id === id);
          if (faq) return titledLines(faq.question, faq.answer.blocks, width, links);
          // A search result that is a step or a tip: its text, as its own pane shows it.
          const task = id === undefined ? undefined : findTask(guide, id);
          if (task) {
            const wait = progressMemo(guide, marks, now, calendar).wait;
            return taskLines({ guide, progress: marks, links, reader }, task, width, wait);
          }
          const tip = guide.tips.find((candidate) => candidate.id === id);
          return tip
            ? titledLines(`${tip.warning ? '⚠ ' : ''}${tip.title}`, tip.body.blocks, width, links)
            : [];
        }
        case 'tips': {
          const tip = guide.tips.find((candidate) => candidate.id === id);
          return tip
            ? titledLines(`${tip.warning ? '⚠ ' : ''}${tip.title}`, tip.body.blocks, width, links)
            : [];
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
      frame(state).textWidth,
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
      if (state.query.trim() === '') return `${state.guide.faqs.length} questions`;
      const results = faqResults(state.guide, state.query, state.lexicon);
      if (results.length === 0) return 'no matches';
      // The best result answers too little of the question: say so, and offer guesses.
      if (!isCloseMatch(results[0])) return 'no close match: guesses';
      return results.length === 1 ? '1 match' : `${results.length} matches`;
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
            ? 'This guide has no questions.'
            : `No FAQ matches "${state.query}". Try fewer words, or check the spelling.`;
        case 'progress':
          return 'This guide has one way through: no route to choose.';
        default:
          return 'Nothing here.';
      }
    },
    reader: (state) => readerView(state),
  };
  return self;
}

export { PANES };
