import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isWeekend } from 'date-fns/isWeekend';
import { startOfDay } from 'date-fns/startOfDay';
import type { Guide, Task, Wait } from '../guide/guide.js';
import { taskLabel } from '../guide/guide.js';
import { allTasks, summarize } from './progress.js';
import type { Progress } from './progress.js';
import { dayDate, isoDay } from '../text/dates.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import { countryName, listOf, t } from '../i18n/translate.js';

/** How a business-day window was counted: which holidays it skipped, or why it knew of none. */
export type BusinessDays = {
  readonly country?: string;
  /** Public holidays on weekdays inside the window, which were not counted. */
  readonly skipped: readonly { readonly date: Date; readonly name: string }[];
  /** Whether the holidays of every year the window touches were known. */
  readonly known: boolean;
};

export type WaitWindow = {
  readonly item: Task;
  readonly requested: Date;
  readonly from: Date;
  readonly to: Date;
  /** For a wait in business days: how they were counted. */
  readonly businessDays?: BusinessDays;
};

/**
 * The day `amount` business days after `start`: weekends and the calendar's public holidays do not
 * count. A day whose year has no known holidays counts unless it is a weekend.
 */
export function addBusinessDays(
  start: Date,
  amount: number,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): { readonly date: Date } & BusinessDays {
  let day = startOfDay(start);
  const skipped: { date: Date; name: string }[] = [];
  let known = true;
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    if (isWeekend(day)) continue;
    const holidays = calendar.holidaysIn(day.getFullYear());
    if (!holidays) known = false;
    const name = holidays?.get(isoDay(day));
    if (name === undefined) counted += 1;
    else skipped.push({ date: day, name });
  }
  return {
    date: day,
    skipped,
    known,
    ...(calendar.country !== undefined && { country: calendar.country }),
  };
}

/** The arrival window for a wait that starts on `requested`. */
export function waitWindow(
  wait: Wait,
  requested: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): { from: Date; to: Date; businessDays?: BusinessDays } {
  const day = startOfDay(requested);
  switch (wait.unit) {
    case 'business-days': {
      const { date: from } = addBusinessDays(day, wait.min, calendar);
      const { date: to, ...businessDays } = addBusinessDays(day, wait.max, calendar);
      return { from, to, businessDays };
    }
    case 'weeks':
      return { from: addWeeks(day, wait.min), to: addWeeks(day, wait.max) };
    case 'days':
      return { from: addDays(day, wait.min), to: addDays(day, wait.max) };
  }
}

/**
 * Whether a wait that was started is over: one of the items that end it is done (the letter came,
 * the PIN was shown on screen), or everything on the person's way is.
 */
export function waitEnded(guide: Guide, progress: Progress, task: Task): boolean {
  if ((task.wait?.until ?? []).some((id) => progress.done.has(id))) return true;
  const { completed, total } = summarize(guide, progress);
  return total > 0 && completed === total;
}

/**
 * The latest request that started a wait (such as asking for a letter) that is still running: done,
 * and not yet ended by what it waits for. A wait never outlives its purpose.
 */
export function activeWait(
  guide: Guide,
  progress: Progress,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): WaitWindow | undefined {
  const started = allTasks(guide)
    .filter((task) => task.wait && progress.done.has(task.id) && !waitEnded(guide, progress, task))
    .map((task) => ({ task, at: new Date(progress.done.get(task.id) ?? '') }))
    .filter(({ at }) => !Number.isNaN(at.getTime()))
    .sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (!started?.task.wait) return undefined;
  return {
    item: started.task,
    requested: started.at,
    ...waitWindow(started.task.wait, started.at, calendar),
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

/** How the business days were counted, in a few words: "(business days in US, not counting …)". */
export function businessDaysNote(counted: BusinessDays): string {
  if (counted.country === undefined) {
    return ` ${t('(weekends only: no country set for public holidays; see "stepwise config")')}`;
  }
  if (!counted.known) {
    return ` ${t('(weekends only: no public holidays known for {country} in those dates)', { country: countryName(counted.country) })}`;
  }
  if (counted.skipped.length === 0) {
    return ` ${t('(business days in {country})', { country: countryName(counted.country) })}`;
  }
  const holidays = counted.skipped.map(({ date, name }) =>
    t('{holiday} on {date}', { holiday: name, date: dayDate(date) }),
  );
  return ` ${t('(business days in {country}, not counting {holidays})', { country: countryName(counted.country), holidays: listOf(holidays) })}`;
}

/** What is waited for, to begin a sentence with: the guide's words, or what the item asked for. */
function awaited(window: WaitWindow): string {
  return window.item.wait?.expect ?? t('the outcome of {item}', { item: taskLabel(window.item) });
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The wait in one sentence, with what is waited for as its subject: "Expect your PIN mailer
 * between Thu 3 Dec and Thu 10 Dec (9 days left)." or, once it has run out, "Your PIN mailer is 4
 * days late: it was expected by Thu 10 Dec." and what to turn to: as a step to turn to (`text`),
 * or as the key that goes there (`key`).
 */
export function waitSentence(
  window: WaitWindow,
  now: Date,
  fallback?: Task,
  turn: 'text' | 'key' = 'text',
): string {
  const subject = awaited(window);
  const to = dayDate(window.to);
  if (isOverdue(window, now)) {
    const late = differenceInCalendarDays(now, window.to);
    const next = !fallback
      ? ''
      : turn === 'key'
        ? ` ${t('Press c for {item}.', { item: taskLabel(fallback) })}`
        : ` ${t('If it has not come, turn to {item}.', { item: taskLabel(fallback) })}`;
    return `${capitalised(t('{subject} is {count} days late: it was expected by {date}.', { subject, count: late, date: to }))}${next}`;
  }
  const left = differenceInCalendarDays(window.to, now);
  if (left === 0) return t('Expect {subject} today, the last expected day.', { subject });
  if (differenceInCalendarDays(now, window.from) >= 0) {
    return t('Expect {subject} any day now, by {date} ({count} days left).', {
      subject,
      date: to,
      count: left,
    });
  }
  const from = dayDate(window.from);
  return from === to
    ? t('Expect {subject} on {date} ({count} days left).', { subject, date: to, count: left })
    : t('Expect {subject} between {from} and {date} ({count} days left).', {
        subject,
        from,
        date: to,
        count: left,
      });
}

/** The wait for the Progress pane and `stepwise progress`: the sentence, and when it started. */
export function describeWait(window: WaitWindow, now: Date, fallback?: Task): string {
  const note =
    window.businessDays && !isOverdue(window, now) ? businessDaysNote(window.businessDays) : '';
  return `${waitSentence(window, now, fallback)} ${t('Requested {date}', { date: dayDate(window.requested) })}${note}.`;
}
