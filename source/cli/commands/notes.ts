import type { Guide } from '../../domain/guide/guide.js';
import { taskLabel } from '../../domain/guide/guide.js';
import { addNote, allNotes, checkNote } from '../../domain/progress/notes.js';
import {
  allTasks,
  applyChanges,
  withItems,
  findTask,
  findTaskByRef,
  progressChanges,
  progressOf,
} from '../../domain/progress/progress.js';
import { closeMatches } from '../../domain/search/suggest.js';
import { noteTime } from '../../domain/text/dates.js';
import { EXIT, err, out, outJson } from '../io.js';
import { openStore, openStoreToChange, reportSaveProblem } from '../open-progress.js';
import { t } from '../../domain/i18n/translate.js';
import { didYouMean } from '../io.js';

/** `stepwise note <id> <text...>`: one note on a step or sub-step, saved with the time. */
export async function addNoteCommand(
  guide: Guide,
  words: readonly string[],
  json: boolean,
): Promise<number> {
  const [id, ...text] = words;
  if (id === undefined || text.length === 0) {
    err(
      `stepwise note: ${t('name a step or sub-step id, then the note (see "stepwise note --help")')}`,
    );
    return EXIT.usage;
  }
  const task = findTaskByRef(guide, id);
  if (!task) {
    const close = closeMatches(
      allTasks(guide).map((candidate) => candidate.id),
      id,
    );
    err(
      `stepwise note: ${t('unknown id "{id}"', { id })}${didYouMean(close)}; ${t('name it by its number (3.2) or id (stepwise print)')}`,
    );
    return EXIT.failure;
  }
  const checked = checkNote(text.join(' '));
  if (!checked.ok) {
    err(`stepwise note: ${checked.reason}`);
    return EXIT.failure;
  }
  const store = await openStoreToChange();
  const start = progressOf(store.read(guide.id));
  const now = new Date().toISOString();
  const note = { item: task.id, at: now, text: checked.text };
  const changes = progressChanges(start, addNote(start, note));
  if (
    reportSaveProblem(
      store,
      store.update(guide.id, (record) => withItems(applyChanges(record, changes, now), guide)),
    )
  ) {
    return EXIT.failure;
  }
  if (json) outJson({ guide: guide.id, note });
  else out(t('Noted on {item}, {time}.', { item: taskLabel(task), time: noteTime(now) }));
  return EXIT.ok;
}

/** `stepwise notes`: every note on the guide, newest first, under the item it is about. */
export function listNotes(guide: Guide, json: boolean): number {
  const progress = progressOf(openStore().read(guide.id));
  const notes = allNotes(progress).filter((note) => findTask(guide, note.item));
  if (json) {
    outJson({ guide: guide.id, notes: notes.map(({ item, at, text }) => ({ item, at, text })) });
    return EXIT.ok;
  }
  if (notes.length === 0) {
    out(
      t('No notes on "{guide}" yet: stepwise note <id> <text>, or n in the app.', {
        guide: guide.title,
      }),
    );
    return EXIT.ok;
  }
  for (const note of notes) {
    const task = findTask(guide, note.item);
    out(`${noteTime(note.at)}  ${task ? taskLabel(task) : note.item}\n    ${note.text}`);
  }
  return EXIT.ok;
}
