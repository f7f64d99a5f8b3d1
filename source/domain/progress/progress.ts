import type { Guide, Step, Task } from '../guide/guide.js';
import { isStep } from '../guide/guide.js';
import type { GuideRecord, Place } from './progress-file.js';
import { noteKey, type Note } from './notes.js';

/**
 * What a person has done in one guide. Times are ISO strings so they survive JSON as they are.
 * A Map, because an item id may be any slug, including names such as "constructor".
 */
export type Progress = {
  /** Item id -> when it was marked done. */
  readonly done: ReadonlyMap<string, string>;
  readonly route?: string;
  /** The contact log: notes on steps and sub-steps. */
  readonly notes?: readonly Note[];
};

export const EMPTY_PROGRESS: Progress = { done: new Map() };

/** Every step and sub-step in reading order. */
export function allTasks(guide: Guide): Task[] {
  return guide.steps.flatMap((step) => [step, ...step.substeps]);
}

export function findTask(guide: Guide, id: string): Task | undefined {
  return allTasks(guide).find((task) => task.id === id);
}

/**
 * The step or sub-step a person names: by its id ("mail.request") or by the number the screen shows
 * ("4.1", "4", "4.1." or "step 4" as typed).
 */
export function findTaskByRef(guide: Guide, ref: string): Task | undefined {
  const byId = findTask(guide, ref);
  if (byId) return byId;
  const number = /^(?:step\s*)?(\d+(?:\.\d+)?)\.?$/i.exec(ref.trim())?.[1];
  return number === undefined ? undefined : allTasks(guide).find((task) => task.number === number);
}

export function parentStep(guide: Guide, id: string): Step | undefined {
  return guide.steps.find((step) => step.id === id || step.substeps.some((sub) => sub.id === id));
}

/**
 * The items a mark is really kept on: a step with sub-steps stands for them (it is done when all
 * of them are, and marking it marks them all); any other item stands for itself.
 */
export function leavesOf(task: Task): readonly Task[] {
  return isStep(task) && task.substeps.length > 0 ? task.substeps : [task];
}

/** Whether marks are kept on the task itself, not on sub-steps it stands for. */
export const isLeaf = (task: Task): boolean => leavesOf(task)[0] === task;

export function isDone(progress: Progress, task: Task): boolean {
  return leavesOf(task).every((leaf) => progress.done.has(leaf.id));
}

/** When the item was finished: for a step with sub-steps, when its last sub-step was. */
export function doneAt(progress: Progress, task: Task): string | undefined {
  if (!isDone(progress, task)) return undefined;
  return leavesOf(task)
    .map((leaf) => progress.done.get(leaf.id) ?? '')
    .sort()
    .at(-1);
}

/**
 * Toggles an item. A step with sub-steps toggles all of them together: all done when any was
 * open, all open when all were done.
 */
export function toggleDone(progress: Progress, task: Task, now: string): Progress {
  const leaves = leavesOf(task);
  const done = new Map(progress.done);
  if (isDone(progress, task)) {
    for (const leaf of leaves) done.delete(leaf.id);
  } else {
    for (const leaf of leaves) if (!done.has(leaf.id)) done.set(leaf.id, now);
  }
  return { ...progress, done };
}

/** What toggling an item changes: every leaf marked done (if any was open), or every one opened. */
export function toggleChanges(progress: Progress, task: Task, now: string): ProgressChange[] {
  const leaves = leavesOf(task);
  if (isDone(progress, task)) return leaves.map((leaf) => ({ type: 'undone', item: leaf.id }));
  return leaves
    .filter((leaf) => !progress.done.has(leaf.id))
    .map((leaf) => ({ type: 'done', item: leaf.id, at: now }));
}

export function setDone(progress: Progress, task: Task, value: boolean, now: string): Progress {
  return isDone(progress, task) === value ? progress : toggleDone(progress, task, now);
}

/** Whether a step is on the person's way: shared steps always, route steps when theirs. */
export function onRoute(step: Step, route: string | undefined): boolean {
  return step.route === undefined || route === undefined || step.route === route;
}

/** The items that count towards overall progress: all of them until a route is chosen. */
export function countedTasks(guide: Guide, progress: Progress): Task[] {
  return guide.steps
    .filter((step) => onRoute(step, progress.route))
    .flatMap((step) => [step, ...step.substeps]);
}

export type Summary = {
  readonly completed: number;
  readonly total: number;
  readonly percent: number;
  readonly next?: Task;
};

export function summarize(guide: Guide, progress: Progress): Summary {
  const tasks = countedTasks(guide, progress);
  const completed = tasks.filter((task) => isDone(progress, task)).length;
  const total = tasks.length;
  const next = tasks.find((task) => !isDone(progress, task) && isLeaf(task));
  return {
    completed,
    total,
    percent: total === 0 ? 0 : Math.round((completed / total) * 100),
    ...(next && { next }),
  };
}

export type ProgressChange =
  | { readonly type: 'done'; readonly item: string; readonly at: string }
  | { readonly type: 'undone'; readonly item: string }
  | { readonly type: 'route'; readonly route: string | undefined }
  | { readonly type: 'note'; readonly note: Note }
  | { readonly type: 'unnote'; readonly note: Note }
  /** Every mark and the route cleared; the notes, a record of what was said, stay. */
  | { readonly type: 'reset' };

/** What changed between two versions of progress, item by item, so a store can save just that. */
export function progressChanges(before: Progress, after: Progress): ProgressChange[] {
  const changes: ProgressChange[] = [];
  for (const [item, at] of after.done) {
    if (before.done.get(item) !== at) changes.push({ type: 'done', item, at });
  }
  for (const item of before.done.keys()) {
    if (!after.done.has(item)) changes.push({ type: 'undone', item });
  }
  if (before.route !== after.route) changes.push({ type: 'route', route: after.route });
  // Unchanged lists (every save but a note's) cost nothing; others are compared by key.
  const had = before.notes ?? [];
  const has = after.notes ?? [];
  if (had !== has) {
    const hadKeys = new Set(had.map(noteKey));
    const hasKeys = new Set(has.map(noteKey));
    for (const note of has) if (!hadKeys.has(noteKey(note))) changes.push({ type: 'note', note });
    for (const note of had) if (!hasKeys.has(noteKey(note))) changes.push({ type: 'unnote', note });
  }
  return changes;
}

/** The progress with the changes made, as the screen shows it: the same rules as saving them. */
export function withChanges(progress: Progress, changes: readonly ProgressChange[]): Progress {
  if (changes.length === 0) return progress;
  return progressOf(applyChanges({ ...progress }, changes, ''));
}

/** The first unfinished item on the way: a sub-step, or a step that has none. */
export function nextTask(guide: Guide, progress: Progress): Task | undefined {
  return summarize(guide, progress).next;
}

/**
 * Applies changes to a stored record. Applied to the latest record read under the lock, so the
 * marks another copy of stepwise saved meanwhile are kept.
 */
export function applyChanges(
  record: GuideRecord,
  changes: readonly ProgressChange[],
  now: string,
): GuideRecord {
  if (changes.length === 0) return record;
  const done = new Map(record.done);
  let route = record.route;
  const notes = new Map((record.notes ?? []).map((note) => [noteKey(note), note]));
  for (const change of changes) {
    if (change.type === 'reset') {
      done.clear();
      route = undefined;
    } else if (change.type === 'done') done.set(change.item, change.at);
    else if (change.type === 'undone') done.delete(change.item);
    else if (change.type === 'note') {
      // Two notes on one item in the same millisecond are both kept: the later one moves on a
      // millisecond, so that no note's name is another's.
      let note = change.note;
      while (notes.has(noteKey(note)) && notes.get(noteKey(note))?.text !== note.text) {
        note = { ...note, at: new Date(Date.parse(note.at) + 1).toISOString() };
      }
      notes.set(noteKey(note), note);
    } else if (change.type === 'unnote') notes.delete(noteKey(change.note));
    else route = change.route;
  }
  const { route: _old, notes: _notes, ...rest } = record;
  return {
    ...rest,
    done,
    ...(route !== undefined && { route }),
    ...(notes.size > 0 && { notes: [...notes.values()] }),
    updatedAt: now,
  };
}

/**
 * The record with a visit noted: when the guide was first and last opened, and which items it had
 * then. Marks of items the guide no longer has stay in the record (not counted), should they
 * come back.
 */
export function visited(record: GuideRecord, now: string, guide?: Guide): GuideRecord {
  return {
    ...record,
    firstUsed: record.firstUsed ?? now,
    lastUsed: now,
    ...(guide && { items: allTasks(guide).map((task) => task.id) }),
  };
}

/**
 * The record with the guide's items as they are now: what "the guide changed" is measured against
 * next time. Every write of a change notes them, since the change was made on this version.
 */
export function withItems(record: GuideRecord, guide: Guide): GuideRecord {
  return { ...record, items: allTasks(guide).map((task) => task.id) };
}

/** What changed in the guide since the last visit: the new items, and how many went away. */
export function changesSince(
  guide: Guide,
  record: GuideRecord,
): { readonly added: readonly Task[]; readonly removed: number } | undefined {
  if (record.items === undefined) return undefined;
  const before = new Set(record.items);
  const now = allTasks(guide);
  const current = new Set(now.map((task) => task.id));
  const added = now.filter((task) => !before.has(task.id));
  const removed = record.items.filter((id) => !current.has(id)).length;
  return added.length === 0 && removed === 0 ? undefined : { added, removed };
}

export function withPlace(record: GuideRecord, place: Place): GuideRecord {
  return { ...record, place };
}

/** The part of a stored record that progress rules read. */
export function progressOf(record: GuideRecord): Progress {
  return {
    done: record.done,
    ...(record.route !== undefined && { route: record.route }),
    ...(record.notes !== undefined && { notes: record.notes }),
  };
}
