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
import { helpRows } from './keymap.js';
import { rememberLast } from './memo.js';
import { frameFor, type Frame } from './screen.js';
import { NO_ROUTE, PANES, type Pane, type UiState } from './ui-state.js';
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
  const frame = (state: UiState) =>
    frameMemo(
      state.size,
      messageLines(state).length +
        (state.pane === 'faq' ? 1 : 0) +
        (state.overlay === 'note' ? 1 : 0),
      listItems(state).length,
    );

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
    ): readonly Line[] => {
      switch (pane) {
        case 'steps': {
          const task = id === undefined ? undefined : findTask(guide, id);
          const wait = progressMemo(guide, marks, now, calendar).wait;
          return task ? taskLines({ guide, progress: marks, links }, task, width, wait) : [];
        }
        case 'faq': {
          const faq = guide.faqs.find((candidate) => candidate.id === id);
          if (faq) return titledLines(faq.question, faq.answer.blocks, width, links);
          // A search result that is a step or a tip: its text, as its own pane shows it.
          const task = id === undefined ? undefined : findTask(guide, id);
          if (task) {
            const wait = progressMemo(guide, marks, now, calendar).wait;
            return taskLines({ guide, progress: marks, links }, task, width, wait);
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
          );
      }
    },
  );
  const detailLines = (state: UiState) =>
    detailMemo(
      state.guide,
      state.pane,
      selectedItem(state)?.id,
      state.progress,
      state.links,
      state.now,
      state.calendar,
      frame(state).textWidth,
    );

  return {
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
      if (f.width >= TWO_COLUMNS_FROM) {
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
  };
}

export { PANES };
