import type { Guide, Route, Step, Task } from '../guide/guide.js';
import { doneAt, isDone, leavesOf, onRoute, summarize, type Progress } from './progress.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import { activeWait, describeWait, fallbackOf, isOverdue, type WaitWindow } from './waiting.js';
import { t } from '../i18n/translate.js';

/** How far along one step is, counting its sub-steps (or itself when it has none). */
export type StepView = {
  readonly step: Step;
  readonly done: number;
  readonly total: number;
  readonly state: 'done' | 'started' | 'open';
  /** Shared, or on the chosen route (every step is while none is chosen). */
  readonly onRoute: boolean;
  /** The step and its sub-steps, each with whether and when it was done. */
  readonly items: readonly { readonly task: Task; readonly done: boolean; readonly at?: string }[];
};

export type WaitView = {
  readonly window: WaitWindow;
  readonly overdue: boolean;
  /** The step the guide says to turn to once the wait runs out. */
  readonly fallback?: Task;
  /** One line that says it all, for every place that shows the wait. */
  readonly text: string;
  /** The moment the view was made for, which the wait's sentences count days from. */
  readonly now: Date;
};

/**
 * Everything any view says about a person's progress in a guide, computed in one place: the app's
 * Progress pane and status bar, `stepwise progress` and `export`, the guide picker and the
 * welcome-back line all read this.
 */
export type ProgressView = {
  readonly completed: number;
  readonly total: number;
  readonly percent: number;
  /** "6/13 done". */
  readonly doneText: string;
  readonly next?: Task;
  readonly route?: Route;
  readonly steps: readonly StepView[];
  readonly wait?: WaitView;
};

export function progressView(
  guide: Guide,
  progress: Progress,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): ProgressView {
  const summary = summarize(guide, progress);
  const route = guide.routes.find((candidate) => candidate.id === progress.route);
  const steps = guide.steps.map((step): StepView => {
    const leaves = leavesOf(step);
    const done = leaves.filter((leaf) => isDone(progress, leaf)).length;
    return {
      step,
      done,
      total: leaves.length,
      state: done === leaves.length ? 'done' : done > 0 ? 'started' : 'open',
      onRoute: onRoute(step, progress.route),
      items: [step, ...step.substeps].map((task) => {
        const at = doneAt(progress, task);
        return { task, done: isDone(progress, task), ...(at !== undefined && { at }) };
      }),
    };
  });
  const window = activeWait(guide, progress, calendar);
  const fallback = window && fallbackOf(guide, window);
  const wait: WaitView | undefined = window && {
    window,
    overdue: isOverdue(window, now),
    ...(fallback && { fallback }),
    text: describeWait(window, now, fallback),
    now,
  };
  // Once a wait has run out, what is next is the step the guide names for that.
  const turnTo =
    wait?.overdue && fallback && !isDone(progress, fallback)
      ? (leavesOf(fallback).find((leaf) => !isDone(progress, leaf)) ?? fallback)
      : undefined;
  const next = turnTo ?? summary.next;
  return {
    completed: summary.completed,
    total: summary.total,
    percent: summary.percent,
    doneText: t('{done}/{count} done', { done: summary.completed, count: summary.total }),
    ...(next && { next }),
    ...(route && { route }),
    steps,
    ...(wait && { wait }),
  };
}
