// What needs a person today across their errands, for `stepwise due`: a wait whose window opens
// today, one whose last expected day is today, and one that has run out.

import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { Guide } from '../guide/guide.js';
import { taskLabel } from '../guide/guide.js';
import { dayDate } from '../text/dates.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import type { Progress } from './progress.js';
import { progressView } from './progress-view.js';

export type DueItem = {
  readonly guide: Guide;
  readonly kind: 'opens' | 'ends' | 'overdue';
  readonly item: string;
  readonly from: Date;
  readonly to: Date;
  /** The step to turn to once the wait has run out, if the guide names one. */
  readonly then?: string;
  readonly text: string;
};

/** The one thing due today in a guide, if any. */
export function dueToday(
  guide: Guide,
  progress: Progress,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): DueItem | undefined {
  const wait = progressView(guide, progress, now, calendar).wait;
  if (!wait) return undefined;
  const { window, fallback } = wait;
  const title = window.item.title;
  const base = { guide, item: window.item.id, from: window.from, to: window.to };
  if (wait.overdue) {
    const days = differenceInCalendarDays(now, window.to);
    const turn = fallback ? ` Turn to ${taskLabel(fallback)}.` : '';
    return {
      ...base,
      kind: 'overdue',
      ...(fallback && { then: fallback.id }),
      text: `${guide.title}: ${title} is overdue by ${days} day${days === 1 ? '' : 's'} (expected by ${dayDate(window.to)}).${turn}`,
    };
  }
  if (differenceInCalendarDays(now, window.to) === 0) {
    return {
      ...base,
      kind: 'ends',
      text: `${guide.title}: today is the last expected day for ${title}.`,
    };
  }
  if (differenceInCalendarDays(now, window.from) === 0) {
    return {
      ...base,
      kind: 'opens',
      text: `${guide.title}: ${title} may come from today (expected by ${dayDate(window.to)}).`,
    };
  }
  return undefined;
}
