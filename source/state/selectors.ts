import { shortDate } from '../domain/text/dates.js';
import type { Guide, Task } from '../domain/guide/guide.js';
import {
  indexFor,
  search,
  type Range,
  type SearchResult,
  type WordCache,
} from '../domain/search/search.js';
import { isStep, taskLabel } from '../domain/guide/guide.js';
import type { Line } from '../domain/text/layout.js';
import { layoutBlocks, wrapSpans } from '../domain/text/layout.js';
import { routeLabel } from '../domain/text/plain-text.js';
import { findSecret, privacyWarning } from '../domain/privacy/privacy.js';
import {
  doneAt,
  findTask,
  isDone,
  onRoute,
  parentStep,
  summarize,
} from '../domain/progress/progress.js';
import { activeWait, describeWait, fallbackOf } from '../domain/progress/waiting.js';
import { frameFor, type Frame } from './screen.js';
import { NO_ROUTE, type Pane, type UiState } from './ui-state.js';

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

let lastSearch: { guide: Guide; query: string; results: SearchResult[] } | undefined;
const wordMatches = new WeakMap<Guide, WordCache>();

/** FAQ results for a query; the last answer is kept, as many parts of a frame ask for it. */
export function faqResults(guide: Guide, query: string): SearchResult[] {
  if (lastSearch?.guide === guide && lastSearch.query === query) return lastSearch.results;
  const cache: WordCache = wordMatches.get(guide) ?? new Map();
  wordMatches.set(guide, cache);
  const results = search(indexFor(guide), query, {}, cache);
  lastSearch = { guide, query, results };
  return results;
}

/** What an empty list says, pane by pane. */
export function emptyListText(state: UiState): string {
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
}

/** "3 of 10" while searching. */
export function searchCount(state: UiState): string {
  return `${listItems(state, 'faq').length} of ${state.guide.faqs.length}`;
}

export function listItems(state: UiState, pane: Pane = state.pane): ListItem[] {
  const { guide, progress } = state;
  switch (pane) {
    case 'steps':
      return guide.steps.flatMap((step) => {
        const expanded = state.expanded.includes(step.id);
        const dimmed = !onRoute(step, progress.route);
        // The route's id is short enough for a list; its label shows in the text.
        const tag = step.route;
        const item: ListItem = {
          id: step.id,
          label: `${step.number}. ${step.title}`,
          depth: 0,
          done: isDone(progress, step),
          dimmed,
          ...(tag !== undefined && { tag }),
          expandable: step.substeps.length > 0,
          expanded,
        };
        if (!expanded) return [item];
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
    case 'faq':
      if (state.query.trim() === '') {
        return guide.faqs.map((faq) => ({ id: faq.id, label: faq.question, depth: 0 }));
      }
      return faqResults(guide, state.query).map((result) => ({
        id: result.doc.id,
        label: result.doc.title,
        depth: 0,
        highlights: result.highlights,
      }));
    case 'tips':
      return guide.tips.map((tip) => ({
        id: tip.id,
        label: tip.title,
        depth: 0,
        warning: tip.warning,
      }));
    case 'progress': {
      if (guide.routes.length === 0) return [];
      const chosen = progress.route ?? NO_ROUTE;
      return [
        ...guide.routes.map((route) => ({ id: route.id, label: route.label })),
        { id: NO_ROUTE, label: 'Not chosen yet' },
      ].map((option) => ({ ...option, depth: 0 as const, chosen: option.id === chosen }));
    }
  }
}

/** The index of the selected item in the pane's list; the first when nothing valid is selected. */
export function selectedIndex(state: UiState, pane: Pane = state.pane): number {
  const id = state.selected[pane];
  const index = listItems(state, pane).findIndex((item) => item.id === id);
  return Math.max(index, 0);
}

export function selectedItem(state: UiState, pane: Pane = state.pane): ListItem | undefined {
  return listItems(state, pane)[selectedIndex(state, pane)];
}

/** The one-line message under the tabs: a question being asked, else a banner, else a notice. */
export function messageOf(state: UiState): string | undefined {
  const secret = state.searchFocused ? findSecret(state.query) : undefined;
  if (secret) return privacyWarning(secret);
  if (state.overlay === 'confirm-reset') {
    return 'Reset all progress on this guide? Press y to reset, n to keep it.';
  }
  return state.banner ?? state.notice;
}

export function frameOf(state: UiState): Frame {
  return frameFor(state.size, {
    bannerRows: (messageOf(state) === undefined ? 0 : 1) + (state.pane === 'faq' ? 1 : 0),
    listItems: listItems(state).length,
  });
}

function taskLines(state: UiState, task: Task, width: number): Line[] {
  const { guide, progress } = state;
  const step = parentStep(guide, task.id);
  const number = isStep(task) ? `${task.number}.` : task.number;
  const lines: Line[] = [...wrapSpans([{ text: `${number} ${task.title}`, bold: true }], width)];
  const facts: string[] = [];
  const when = doneAt(progress, task);
  facts.push(when ? `● done ${shortDate(when)}` : '○ not done');
  const route = routeLabel(guide.routes, step?.route);
  if (route) facts.push(`route: ${route}`);
  if (task.wait) facts.push(`wait: ${task.wait.text}`);
  lines.push(...wrapSpans([{ text: facts.join(' · '), italic: true }], width), []);
  lines.push(...layoutBlocks(task.body.blocks, width, { links: state.links }));
  if (isStep(task) && task.substeps.length > 0) {
    if (task.body.blocks.length > 0) lines.push([]);
    lines.push([{ text: 'Sub-steps', bold: true }]);
    for (const sub of task.substeps) {
      lines.push(
        ...wrapSpans(
          [{ text: `${isDone(progress, sub) ? '●' : '○'} ${sub.number} ${sub.title}` }],
          width,
        ),
      );
    }
  }
  return lines;
}

/** The text of the selected item, laid out for the text area of the screen. */
export function detailLines(state: UiState, width = frameOf(state).textWidth): Line[] {
  const item = selectedItem(state);
  // Asked for several times a frame (the view, the scroll limit): laid out once per change.
  const key = [state.guide, state.pane, item?.id, state.progress, state.links, state.now, width];
  if (lastDetail && key.every((part, index) => part === lastDetail?.key[index])) {
    return lastDetail.lines;
  }
  const lines = layoutDetail(state, item, width);
  lastDetail = { key, lines };
  return lines;
}

let lastDetail: { key: unknown[]; lines: Line[] } | undefined;

function layoutDetail(state: UiState, item: ListItem | undefined, width: number): Line[] {
  const { guide } = state;
  switch (state.pane) {
    case 'steps': {
      const task = item && findTask(guide, item.id);
      return task ? taskLines(state, task, width) : [];
    }
    case 'faq': {
      const faq = guide.faqs.find((candidate) => candidate.id === item?.id);
      if (!faq) return [];
      return [
        ...wrapSpans([{ text: faq.question, bold: true }], width),
        [],
        ...layoutBlocks(faq.answer.blocks, width, { links: state.links }),
      ];
    }
    case 'tips': {
      const tip = guide.tips.find((candidate) => candidate.id === item?.id);
      if (!tip) return [];
      return [
        ...wrapSpans([{ text: `${tip.warning ? '⚠ ' : ''}${tip.title}`, bold: true }], width),
        [],
        ...layoutBlocks(tip.body.blocks, width, { links: state.links }),
      ];
    }
    case 'progress':
      return progressLines(state, width);
  }
}

function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function progressLines(state: UiState, width: number): Line[] {
  const { guide, progress } = state;
  const summary = summarize(guide, progress);
  const barWidth = Math.max(Math.min(width - 24, 30), 6);
  const label = (name: string, text: string) =>
    wrapSpans([{ text: `${name.padEnd(8)}`, bold: true }, { text }], width);
  const lines: Line[] = [
    ...label(
      'Overall',
      `${bar(summary.completed, summary.total, barWidth)} ${summary.completed}/${summary.total} · ${summary.percent}%`,
    ),
  ];
  const route = routeLabel(guide.routes, progress.route);
  if (guide.routes.length > 0) {
    lines.push(
      ...label(
        'Route',
        route ??
          `not chosen: every step counts. Choose yours in the list (Enter) to count only its steps.`,
      ),
    );
  }
  lines.push(
    ...label('Next', summary.next ? `${taskLabel(summary.next)} (press c)` : 'nothing: all done'),
  );
  const wait = activeWait(guide, progress);
  if (wait) {
    lines.push(
      ...label('Waiting', describeWait(wait, new Date(state.now), fallbackOf(guide, wait))),
    );
  }
  lines.push([], [{ text: 'Steps', bold: true }]);
  for (const step of guide.steps) {
    const leaves = step.substeps.length > 0 ? step.substeps : [step];
    const done = leaves.filter((leaf) => isDone(progress, leaf)).length;
    const mark = done === leaves.length ? '●' : done > 0 ? '◐' : '○';
    const dimmed = !onRoute(step, progress.route);
    const title = `${mark} ${step.number}. ${step.title}`;
    const tail = ` ${bar(done, leaves.length, 8)} ${done}/${leaves.length}`;
    const room = Math.max(width - tail.length, 8);
    const shown = title.length > room ? `${title.slice(0, room - 1)}…` : title.padEnd(room);
    lines.push([{ text: shown + tail, ...(dimmed && { italic: true }) }]);
  }
  lines.push(
    [],
    ...wrapSpans([{ text: "r resets this guide's progress (asks first).", italic: true }], width),
  );
  return lines;
}

/** How far the text can scroll: far enough to show its last line at the bottom. */
export function maxScroll(state: UiState): number {
  return Math.max(detailLines(state).length - frameOf(state).textRows, 0);
}

export function doneCount(state: UiState): string {
  const { completed, total } = summarize(state.guide, state.progress);
  return `${completed}/${total} done`;
}
