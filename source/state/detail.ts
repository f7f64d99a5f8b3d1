import type { Task } from '../domain/guide/guide.js';
import { isStep, taskLabel } from '../domain/guide/guide.js';
import type { ProgressView, WaitView } from '../domain/progress/progress-view.js';
import { waitSentence } from '../domain/progress/waiting.js';
import { waitLength } from '../domain/guide/wait.js';
import { doneAt, isDone, parentStep } from '../domain/progress/progress.js';
import { noteTime, shortDate } from '../domain/text/dates.js';
import { notesOf } from '../domain/progress/notes.js';
import type { Line } from '../domain/text/layout.js';
import { layoutBlocks, padToWidth, truncateToWidth, wrapSpans } from '../domain/text/layout.js';
import { routeLabel } from '../domain/text/plain-text.js';
import type { UiState } from './ui-state.js';
import { t } from '../domain/i18n/translate.js';

// The text of the selected item, laid out in lines for the text area: pure functions of the
// state, called only through the memoised `derive` so that each is laid out once per change.

type Links = UiState['links'];

export function taskLines(
  state: Pick<UiState, 'guide' | 'progress' | 'links' | 'reader' | 'now'>,
  task: Task,
  width: number,
  wait?: WaitView,
): Line[] {
  const { guide, progress } = state;
  const step = parentStep(guide, task.id);
  const number = isStep(task) ? `${task.number}.` : task.number;
  const lines: Line[] = [...wrapSpans([{ text: `${number} ${task.title}`, bold: true }], width)];
  const facts: string[] = [];
  const when = doneAt(progress, task);
  // A screen reader hears the words; the eye gets the symbol too.
  const mark = (symbol: string) => (state.reader ? '' : `${symbol} `);
  facts.push(
    when
      ? `${mark('●')}${t('done {date}', { date: shortDate(when, new Date(state.now)) })}`
      : `${mark('○')}${t('not done')}`,
  );
  const route = routeLabel(guide.routes, step?.route);
  if (route) facts.push(t('route: {route}', { route }));
  // A wait not yet started says how long it takes; a running one says when, where people look:
  // on the item that started it and on the items that end it.
  const running =
    wait && (wait.window.item.id === task.id || wait.window.item.wait?.until?.includes(task.id));
  if (task.wait && !(running && wait.window.item.id === task.id)) {
    facts.push(t('wait: {length}', { length: waitLength(task.wait) }));
  }
  lines.push(
    ...wrapSpans([{ text: facts.join(state.reader ? ', ' : ' · '), italic: true }], width),
  );
  if (running && wait) {
    const sentence = waitSentence(wait.window, wait.now, wait.fallback, 'key');
    lines.push(...wrapSpans([{ text: sentence, bold: true }], width));
  }
  // A translation that lacks this item shows the original's words, and says so.
  if (task.untranslated === true) lines.push(...untranslatedLines(width));
  lines.push([]);
  if (task.needs && task.needs.length > 0) {
    lines.push([{ text: t('Have at hand'), bold: true }]);
    for (const need of task.needs) lines.push(...wrapSpans([{ text: `• ${need}` }], width));
    lines.push([]);
  }
  lines.push(...layoutBlocks(task.body.blocks, width, { links: state.links }));
  if (isStep(task) && task.substeps.length > 0) {
    if (task.body.blocks.length > 0) lines.push([]);
    lines.push([{ text: t('Sub-steps'), bold: true }]);
    for (const sub of task.substeps) {
      lines.push(
        ...wrapSpans(
          [
            {
              text: state.reader
                ? `${sub.number} ${sub.title}, ${isDone(progress, sub) ? t('done') : t('not done')}`
                : `${isDone(progress, sub) ? '●' : '○'} ${sub.number} ${sub.title}`,
            },
          ],
          width,
        ),
      );
    }
  }
  const notes = notesOf(progress, task.id);
  if (notes.length > 0) {
    lines.push(
      [],
      [
        {
          text: `${t('Notes ({count})', { count: notes.length })}${state.reader ? ': ' : ' · '}${t('n adds one, x deletes')}`,
          bold: true,
        },
      ],
    );
    notes.forEach((note, index) => {
      lines.push(
        ...wrapSpans(
          [{ text: `${index + 1}. ${noteTime(note.at)}`, italic: true }, { text: ` ${note.text}` }],
          width,
        ),
      );
    });
  }
  return lines;
}

/** A question or a tip: its title in bold, then its text. */
export function titledLines(
  title: string,
  blocks: Parameters<typeof layoutBlocks>[0],
  width: number,
  links: Links,
  untranslated = false,
): Line[] {
  return [
    ...wrapSpans([{ text: title, bold: true }], width),
    ...(untranslated ? untranslatedLines(width) : []),
    [],
    ...layoutBlocks(blocks, width, { links }),
  ];
}

/** Said under the title of an item a translation lacks: its words are the original's. */
function untranslatedLines(width: number): Line[] {
  return wrapSpans(
    [{ text: t('Not translated yet: shown as the guide was written.'), italic: true }],
    width,
  );
}

function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** The Progress pane's text: drawn from the one progress view. */
export function progressLines(
  view: ProgressView,
  hasRoutes: boolean,
  width: number,
  words = false,
): Line[] {
  const barWidth = Math.max(Math.min(width - 24, 30), 6);
  // For a screen reader: "Overall: 3 of 14 done, 21%", no bars and no columns to line up.
  // The names line up in one column as wide as the longest in this language ("Siguiente").
  const names = [t('Overall'), t('Route'), t('Next'), t('Overdue'), t('Waiting')];
  const column = Math.max(8, ...names.map((name) => name.length + 1));
  const label = (name: string, text: string) =>
    wrapSpans(
      [{ text: words ? `${name}: ` : `${name.padEnd(column)}`, bold: true }, { text }],
      width,
    );
  const lines: Line[] = [
    ...label(
      t('Overall'),
      words
        ? t('{done} of {count} done, {percent}%', {
            done: view.completed,
            count: view.total,
            percent: view.percent,
          })
        : `${bar(view.completed, view.total, barWidth)} ${view.completed}/${view.total} · ${view.percent}%`,
    ),
  ];
  if (hasRoutes) {
    lines.push(
      ...label(
        t('Route'),
        view.route?.label ??
          t(
            'not chosen: every step counts. Choose yours in the list (Enter) to count only its steps.',
          ),
      ),
    );
  }
  lines.push(
    ...label(
      t('Next'),
      view.next ? `${taskLabel(view.next)} ${t('(press c)')}` : t('nothing: all done'),
    ),
  );
  if (view.wait) {
    const turn = view.wait.overdue && view.wait.fallback ? ` ${t('(press c)')}` : '';
    lines.push(
      ...label(view.wait.overdue ? t('Overdue') : t('Waiting'), `${view.wait.text}${turn}`),
    );
  }
  lines.push([], [{ text: t('Steps'), bold: true }]);
  for (const { step, done, total, state, onRoute } of view.steps) {
    if (words) {
      const said =
        state === 'done' ? t('done') : state === 'started' ? t('started') : t('not done');
      const route = onRoute ? '' : `, ${t('other route')}`;
      lines.push(
        ...wrapSpans(
          [
            {
              text: `${step.number}. ${step.title}: ${said}, ${t('{done} of {count}', { done, count: total })}${route}`,
            },
          ],
          width,
        ),
      );
      continue;
    }
    const mark = state === 'done' ? '●' : state === 'started' ? '◐' : '○';
    const title = `${mark} ${step.number}. ${step.title}`;
    const tail = ` ${bar(done, total, 8)} ${done}/${total}`;
    const room = Math.max(width - tail.length, 8);
    const shown = padToWidth(truncateToWidth(title, room), room);
    lines.push([{ text: shown + tail, ...(!onRoute && { italic: true }) }]);
  }
  lines.push(
    [],
    ...wrapSpans(
      [{ text: t("r resets this guide's progress (asks first)."), italic: true }],
      width,
    ),
  );
  return lines;
}
