import type { Task } from '../domain/guide/guide.js';
import { isStep, taskLabel } from '../domain/guide/guide.js';
import type { ProgressView, WaitView } from '../domain/progress/progress-view.js';
import { waitSentence } from '../domain/progress/waiting.js';
import { doneAt, isDone, parentStep } from '../domain/progress/progress.js';
import { noteTime, shortDate } from '../domain/text/dates.js';
import { notesOf } from '../domain/progress/notes.js';
import type { Line } from '../domain/text/layout.js';
import { layoutBlocks, padToWidth, truncateToWidth, wrapSpans } from '../domain/text/layout.js';
import { routeLabel } from '../domain/text/plain-text.js';
import type { UiState } from './ui-state.js';

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
    when ? `${mark('●')}done ${shortDate(when, new Date(state.now))}` : `${mark('○')}not done`,
  );
  const route = routeLabel(guide.routes, step?.route);
  if (route) facts.push(`route: ${route}`);
  // A wait not yet started says how long it takes; a running one says when, where people look:
  // on the item that started it and on the items that end it.
  const running =
    wait && (wait.window.item.id === task.id || wait.window.item.wait?.until?.includes(task.id));
  if (task.wait && !(running && wait.window.item.id === task.id)) {
    facts.push(`wait: ${task.wait.text}`);
  }
  lines.push(
    ...wrapSpans([{ text: facts.join(state.reader ? ', ' : ' · '), italic: true }], width),
  );
  if (running && wait) {
    const sentence = waitSentence(wait.window, wait.now, wait.fallback, 'key');
    lines.push(...wrapSpans([{ text: sentence, bold: true }], width));
  }
  lines.push([]);
  if (task.needs && task.needs.length > 0) {
    lines.push([{ text: 'Have at hand', bold: true }]);
    for (const need of task.needs) lines.push(...wrapSpans([{ text: `• ${need}` }], width));
    lines.push([]);
  }
  lines.push(...layoutBlocks(task.body.blocks, width, { links: state.links }));
  if (isStep(task) && task.substeps.length > 0) {
    if (task.body.blocks.length > 0) lines.push([]);
    lines.push([{ text: 'Sub-steps', bold: true }]);
    for (const sub of task.substeps) {
      lines.push(
        ...wrapSpans(
          [
            {
              text: state.reader
                ? `${sub.number} ${sub.title}, ${isDone(progress, sub) ? 'done' : 'not done'}`
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
          text: `Notes (${notes.length})${state.reader ? ': n adds one, x deletes' : ' · n adds one, x deletes'}`,
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
): Line[] {
  return [
    ...wrapSpans([{ text: title, bold: true }], width),
    [],
    ...layoutBlocks(blocks, width, { links }),
  ];
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
  const label = (name: string, text: string) =>
    wrapSpans([{ text: words ? `${name}: ` : `${name.padEnd(8)}`, bold: true }, { text }], width);
  const lines: Line[] = [
    ...label(
      'Overall',
      words
        ? `${view.completed} of ${view.total} done, ${view.percent}%`
        : `${bar(view.completed, view.total, barWidth)} ${view.completed}/${view.total} · ${view.percent}%`,
    ),
  ];
  if (hasRoutes) {
    lines.push(
      ...label(
        'Route',
        view.route?.label ??
          `not chosen: every step counts. Choose yours in the list (Enter) to count only its steps.`,
      ),
    );
  }
  lines.push(
    ...label('Next', view.next ? `${taskLabel(view.next)} (press c)` : 'nothing: all done'),
  );
  if (view.wait) {
    const turn = view.wait.overdue && view.wait.fallback ? ' (press c)' : '';
    lines.push(...label(view.wait.overdue ? 'Overdue' : 'Waiting', `${view.wait.text}${turn}`));
  }
  lines.push([], [{ text: 'Steps', bold: true }]);
  for (const { step, done, total, state, onRoute } of view.steps) {
    if (words) {
      const said = state === 'done' ? 'done' : state === 'started' ? 'started' : 'not done';
      const route = onRoute ? '' : ', other route';
      lines.push(
        ...wrapSpans(
          [{ text: `${step.number}. ${step.title}: ${said}, ${done} of ${total}${route}` }],
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
    ...wrapSpans([{ text: "r resets this guide's progress (asks first).", italic: true }], width),
  );
  return lines;
}
