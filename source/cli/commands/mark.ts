import type { Guide, Task } from '../../domain/guide/guide.js';
import { taskLabel } from '../../domain/guide/guide.js';
import {
  allTasks,
  applyChanges,
  withItems,
  findTaskByRef,
  progressChanges,
  progressOf,
  setDone,
} from '../../domain/progress/progress.js';
import { progressJson } from '../../domain/progress/progress-report.js';
import { closeMatches } from '../../domain/search/suggest.js';
import { EXIT, err, out, outJson } from '../io.js';
import { openStoreToChange, reportSaveProblem } from '../open-progress.js';
import { t } from '../../domain/i18n/translate.js';
import { didYouMean } from '../io.js';

/** `stepwise done <id...>` and `stepwise undo <id...>`: all ids are checked before anything changes. */
export async function mark(
  guide: Guide,
  ids: readonly string[],
  value: boolean,
  json: boolean,
): Promise<number> {
  const command = value ? 'done' : 'undo';
  if (ids.length === 0) {
    err(
      `stepwise ${command}: ${t('name at least one step or sub-step, by its number (2.1) or id (see "stepwise print")')}`,
    );
    return EXIT.usage;
  }
  const tasks: Task[] = [];
  const every = allTasks(guide).map((task) => task.id);
  let unknown = false;
  // Each id once, in the order given.
  for (const id of new Set(ids)) {
    const task = findTaskByRef(guide, id);
    if (task) {
      tasks.push(task);
      continue;
    }
    unknown = true;
    const close = closeMatches(every, id);
    err(`stepwise ${command}: ${t('no step or sub-step "{id}"', { id })}${didYouMean(close)}`);
  }
  if (unknown) {
    err(
      t('Name items by the numbers the app shows (2.1, 3) or by their ids: {ids}', {
        ids: every.join(', '),
      }),
    );
    return EXIT.failure;
  }

  const store = await openStoreToChange();
  const start = progressOf(store.read(guide.id));
  const now = new Date().toISOString();
  const after = tasks.reduce((progress, task) => setDone(progress, task, value, now), start);
  const changes = progressChanges(start, after);
  const result = store.update(guide.id, (record) =>
    withItems(applyChanges(record, changes, now), guide),
  );
  if (reportSaveProblem(store, result)) return EXIT.failure;
  if (json) {
    outJson(progressJson(guide, store.read(guide.id), new Date()));
  } else {
    for (const task of tasks) out(`${value ? '[x]' : '[ ]'} ${taskLabel(task)}`);
  }
  return EXIT.ok;
}
