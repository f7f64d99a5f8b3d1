import { format } from 'date-fns';
import type { Guide } from '../guide/guide.js';
import { isStep, taskLabel } from '../guide/guide.js';
import { routeLabel } from '../text/plain-text.js';
import { doneAt, isDone, onRoute, progressOf, summarize } from './progress.js';
import type { GuideRecord } from './progress-file.js';
import { activeWait, describeWait, fallbackOf } from './waiting.js';
import { shortDate } from '../text/dates.js';

export { progressOf } from './progress.js';

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/** The JSON of `stepwise progress --json`. */
export function progressJson(guide: Guide, record: GuideRecord, now: Date) {
  const progress = progressOf(record);
  const summary = summarize(guide, progress);
  const known = new Set(
    guide.steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]),
  );
  const wait = activeWait(guide, progress);
  return {
    guide: guide.id,
    route: progress.route ?? null,
    done: [...progress.done.keys()].filter((id) => known.has(id)),
    total: summary.total,
    completed: summary.completed,
    percent: summary.percent,
    next: summary.next?.id ?? null,
    updatedAt: record.updatedAt ?? null,
    lastUsed: record.lastUsed ?? null,
    ...(wait && {
      wait: {
        item: wait.item.id,
        requested: day(wait.requested),
        from: day(wait.from),
        to: day(wait.to),
        passed: now > wait.to,
      },
    }),
  };
}

/** The text of `stepwise progress`. */
export function progressText(guide: Guide, record: GuideRecord, now: Date): string {
  const progress = progressOf(record);
  const summary = summarize(guide, progress);
  const route = routeLabel(guide.routes, progress.route);
  const lines = [
    guide.title,
    `${summary.completed}/${summary.total} done (${summary.percent}%)${route ? ` · route: ${route}` : guide.routes.length ? ' · no route chosen yet' : ''}`,
    summary.next ? `Next: ${taskLabel(summary.next)}` : 'Everything on your route is done.',
  ];
  const wait = activeWait(guide, progress);
  if (wait) lines.push(describeWait(wait, now, fallbackOf(guide, wait)));
  lines.push('');
  for (const step of guide.steps) {
    for (const task of [step, ...step.substeps]) {
      const when = doneAt(progress, task);
      const indent = isStep(task) ? '' : '    ';
      const off = onRoute(step, progress.route) ? '' : ' (other route)';
      lines.push(
        `${indent}${isDone(progress, task) ? '[x]' : '[ ]'} ${taskLabel(task)}${when ? `  done ${shortDate(when)}` : ''}${isStep(task) ? off : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The guide as a Markdown checklist with the person's marks, for printing or sharing. */
export function checklist(guide: Guide, record: GuideRecord, now: Date): string {
  const progress = progressOf(record);
  const summary = summarize(guide, progress);
  const route = routeLabel(guide.routes, progress.route);
  const out = [
    `# ${guide.title}`,
    '',
    `${summary.completed}/${summary.total} done${route ? ` · route: ${route}` : ''} · exported ${format(now, 'd MMM yyyy')}`,
    '',
  ];
  for (const step of guide.steps) {
    const tags = [
      step.route && `${routeLabel(guide.routes, step.route)} route`,
      !onRoute(step, progress.route) && 'not on your route',
    ].filter(Boolean);
    for (const task of [step, ...step.substeps]) {
      const when = doneAt(progress, task);
      const mark = isDone(progress, task) ? 'x' : ' ';
      const indent = isStep(task) ? '' : '  ';
      const suffix = [
        isStep(task) && tags.length ? `*(${tags.join(', ')})*` : '',
        task.wait ? `*(wait: ${task.wait.text})*` : '',
        when ? `· done ${shortDate(when)}` : '',
      ].filter(Boolean);
      out.push(
        `${indent}- [${mark}] ${taskLabel(task)}${suffix.length ? ` ${suffix.join(' ')}` : ''}`,
      );
    }
  }
  const wait = activeWait(guide, progress);
  if (wait) out.push('', describeWait(wait, now, fallbackOf(guide, wait)));
  if (guide.disclaimer) out.push('', `> ${guide.disclaimer}`);
  return `${out.join('\n')}\n`;
}
