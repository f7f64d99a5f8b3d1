// What needs a person today across their errands, for `stepwise due`: a wait whose window opens
// today, one whose last expected day is today, and one that has run out.

import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { Guide } from '../guide/guide.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import type { Progress } from './progress.js';
import { progressView } from './progress-view.js';
import { waitSentence } from './waiting.js';

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
  const base = { guide, item: window.item.id, from: window.from, to: window.to };
  const sentence = `${guide.title}: ${waitSentence(window, now, fallback)}`;
  if (wait.overdue) {
    return { ...base, kind: 'overdue', ...(fallback && { then: fallback.id }), text: sentence };
  }
  if (differenceInCalendarDays(now, window.to) === 0)
    return { ...base, kind: 'ends', text: sentence };
  if (differenceInCalendarDays(now, window.from) === 0) {
    return { ...base, kind: 'opens', text: sentence };
  }
  return undefined;
}
