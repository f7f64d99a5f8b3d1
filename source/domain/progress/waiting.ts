import { addBusinessDays, addDays, addWeeks, differenceInCalendarDays, startOfDay } from 'date-fns';
import type { Guide, Task, Wait } from '../guide/guide.js';
import { taskLabel } from '../guide/guide.js';
import { allTasks } from './progress.js';
import type { Progress } from './progress.js';
import { dayDate } from '../text/dates.js';

export type WaitWindow = {
  readonly item: Task;
  readonly requested: Date;
  readonly from: Date;
  readonly to: Date;
};

function add(date: Date, amount: number, wait: Wait): Date {
  switch (wait.unit) {
    case 'business-days':
      return addBusinessDays(date, amount);
    case 'weeks':
      return addWeeks(date, amount);
    case 'days':
      return addDays(date, amount);
  }
}

/** The arrival window for a wait that starts on `requested`. Business days skip weekends. */
export function waitWindow(wait: Wait, requested: Date): { from: Date; to: Date } {
  const day = startOfDay(requested);
  return { from: add(day, wait.min, wait), to: add(day, wait.max, wait) };
}

/** The latest request that started a wait (such as asking for a letter), if any is done. */
export function activeWait(guide: Guide, progress: Progress): WaitWindow | undefined {
  const started = allTasks(guide)
    .filter((task) => task.wait && progress.done.has(task.id))
    .map((task) => ({ task, at: new Date(progress.done.get(task.id) ?? '') }))
    .filter(({ at }) => !Number.isNaN(at.getTime()))
    .sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (!started?.task.wait) return undefined;
  return {
    item: started.task,
    requested: started.at,
    ...waitWindow(started.task.wait, started.at),
  };
}

/** The step or sub-step a wait names to turn to once it runs out, if it names one. */
export function fallbackOf(guide: Guide, window: WaitWindow): Task | undefined {
  const then = window.item.wait?.then;
  return then === undefined ? undefined : allTasks(guide).find((task) => task.id === then);
}

/** Past the last day of its window. */
export function isOverdue(window: WaitWindow, now: Date): boolean {
  return differenceInCalendarDays(now, window.to) > 0;
}

/** One line about the wait, for the Progress pane and `stepwise progress`. */
export function describeWait(window: WaitWindow, now: Date, fallback?: Task): string {
  const requested = `requested ${dayDate(window.requested)}`;
  const oneDay = dayDate(window.from) === dayDate(window.to);
  const between = oneDay
    ? `on ${dayDate(window.from)}`
    : `between ${dayDate(window.from)} and ${dayDate(window.to)}`;
  if (isOverdue(window, now)) {
    const next = fallback ? `; if it has not happened, turn to ${taskLabel(fallback)}` : '';
    return `${window.item.title}: ${requested}. Overdue since ${dayDate(addDays(window.to, 1))}: it was expected ${between}${next}.`;
  }
  return `${window.item.title}: ${requested} - expect it ${between}.`;
}
