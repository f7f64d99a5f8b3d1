import type { Guide } from '../guide/guide.js';
import { isStep, taskLabel } from '../guide/guide.js';
import { fullDate, isoDay, noteTime, shortDate } from '../text/dates.js';
import { allNotes, notesOf } from './notes.js';
import type { GuideRecord } from './progress-file.js';
import { progressOf } from './progress.js';
import { progressView } from './progress-view.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import { t } from '../i18n/translate.js';
import { waitLength } from '../guide/wait.js';

// `stepwise progress` (text and JSON) and `stepwise export`: three ways to print one progress view.

/** The JSON of `stepwise progress --json`. */
export function progressJson(
  guide: Guide,
  record: GuideRecord,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
) {
  const progress = progressOf(record);
  const view = progressView(guide, progress, now, calendar);
  const known = new Set(view.steps.flatMap((step) => step.items.map((item) => item.task.id)));
  return {
    guide: guide.id,
    route: view.route?.id ?? null,
    // The marks as saved: sub-steps and steps without any, in the order they were made.
    done: [...progress.done.keys()].filter((id) => known.has(id)),
    total: view.total,
    completed: view.completed,
    percent: view.percent,
    next: view.next?.id ?? null,
    updatedAt: record.updatedAt ?? null,
    lastUsed: record.lastUsed ?? null,
    // The contact log, newest first, for the items the guide still has.
    notes: allNotes(progress)
      .filter((note) => known.has(note.item))
      .map(({ item, at, text }) => ({ item, at, text })),
    ...(view.wait && {
      wait: {
        item: view.wait.window.item.id,
        requested: isoDay(view.wait.window.requested),
        from: isoDay(view.wait.window.from),
        to: isoDay(view.wait.window.to),
        passed: view.wait.overdue,
        then: view.wait.fallback?.id ?? null,
        ...(view.wait.window.businessDays && {
          country: view.wait.window.businessDays.country ?? null,
          holidaysKnown: view.wait.window.businessDays.known,
          skipped: view.wait.window.businessDays.skipped.map(({ date, name }) => ({
            date: isoDay(date),
            name,
          })),
        }),
      },
    }),
  };
}

/** The text of `stepwise progress`. */
export function progressText(
  guide: Guide,
  record: GuideRecord,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): string {
  const progress = progressOf(record);
  const view = progressView(guide, progress, now, calendar);
  const route = view.route
    ? ` · ${t('route: {route}', { route: view.route.label })}`
    : guide.routes.length
      ? ` · ${t('no route chosen yet')}`
      : '';
  const lines = [
    guide.title,
    `${view.doneText} (${view.percent}%)${route}`,
    view.next
      ? t('Next: {item}', { item: taskLabel(view.next) })
      : t('Everything on your route is done.'),
  ];
  if (view.wait) lines.push(view.wait.text);
  lines.push('');
  for (const step of view.steps) {
    for (const { task, done, at } of step.items) {
      const indent = isStep(task) ? '' : '    ';
      const off = isStep(task) && !step.onRoute ? ` (${t('other route')})` : '';
      const when = at ? `  ${t('done {date}', { date: shortDate(at, now) })}` : '';
      lines.push(`${indent}${done ? '[x]' : '[ ]'} ${taskLabel(task)}${when}${off}`);
      for (const note of notesOf(progress, task.id)) {
        lines.push(
          `${indent}      ${t('note {time}: {note}', { time: noteTime(note.at), note: note.text })}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The guide as a Markdown checklist with the person's marks, for printing or sharing. */
export function checklist(
  guide: Guide,
  record: GuideRecord,
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): string {
  const progress = progressOf(record);
  const view = progressView(guide, progress, now, calendar);
  const out = [
    `# ${guide.title}`,
    '',
    `${view.doneText}${view.route ? ` · ${t('route: {route}', { route: view.route.label })}` : ''} · ${t('exported {date}', { date: fullDate(now) })}`,
    '',
  ];
  for (const step of view.steps) {
    const routeName = guide.routes.find((route) => route.id === step.step.route)?.label;
    const tags = [
      routeName && t('route: {route}', { route: routeName }),
      !step.onRoute && t('not on your route'),
    ].filter(Boolean);
    for (const { task, done, at } of step.items) {
      const indent = isStep(task) ? '' : '  ';
      const suffix = [
        isStep(task) && tags.length ? `*(${tags.join(', ')})*` : '',
        task.wait ? `*(${t('wait: {length}', { length: waitLength(task.wait) })})*` : '',
        at ? `· ${t('done {date}', { date: shortDate(at, now) })}` : '',
      ].filter(Boolean);
      out.push(
        `${indent}- [${done ? 'x' : ' '}] ${taskLabel(task)}${suffix.length ? ` ${suffix.join(' ')}` : ''}`,
      );
      if (task.needs) {
        out.push(`${indent}  - ${t('have at hand: {things}', { things: task.needs.join(', ') })}`);
      }
      for (const note of notesOf(progress, task.id)) {
        out.push(
          `${indent}  - ${t('note, {time}: {note}', { time: noteTime(note.at), note: note.text })}`,
        );
      }
    }
  }
  if (view.wait) out.push('', view.wait.text);
  if (guide.disclaimer) out.push('', `> ${guide.disclaimer}`);
  return `${out.join('\n')}\n`;
}
