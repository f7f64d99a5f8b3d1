// Progress as state that merges: every mark, the route and every note is a register that holds
// its latest value and the stamp of the change that set it. Merging keeps, register by register,
// the value with the later stamp, so merging the states of any devices in any order, any number of
// times, gives the same progress. A removal (a mark taken back, a note deleted) is a value too,
// so it travels like any change and is never undone by a machine that has not heard of it.

import type { GuideRecord } from '../progress/progress-file.js';
import { noteKey, type Note } from '../progress/notes.js';
import type { Progress, ProgressChange } from '../progress/progress.js';
import { compareStamps, laterStamp, nextStamp, type Stamp } from './clock.js';

/** A mark: when the item was done, or null once it was opened again. */
export type MarkRegister = { readonly stamp: Stamp; readonly done: string | null };
/** The route chosen, or null once it was cleared. */
export type RouteRegister = { readonly stamp: Stamp; readonly route: string | null };
/** A note, named by its item and when it was written; its text, or null once deleted. */
export type NoteRegister = {
  readonly stamp: Stamp;
  readonly item: string;
  readonly at: string;
  readonly text: string | null;
};

export type GuideState = {
  readonly marks: ReadonlyMap<string, MarkRegister>;
  readonly route?: RouteRegister;
  readonly notes: ReadonlyMap<string, NoteRegister>;
};

/** Guide id -> its state. */
export type SyncState = ReadonlyMap<string, GuideState>;

export const EMPTY_GUIDE_STATE: GuideState = { marks: new Map(), notes: new Map() };
export const EMPTY_STATE: SyncState = new Map();

/** What a register holds, as one string: breaks the tie of one stamp with two values. */
const valueOf = (register: MarkRegister | RouteRegister | NoteRegister): string =>
  'done' in register
    ? String(register.done)
    : 'route' in register
      ? String(register.route)
      : `${register.item} ${register.at} ${String(register.text)}`;

/**
 * The later of two registers. One stamp with two values only happens when two machines share a
 * device id (a copied config folder): the larger value is kept, so every reader keeps the same.
 */
function later<R extends MarkRegister | RouteRegister | NoteRegister>(a: R, b: R): R {
  const order = compareStamps(a.stamp, b.stamp);
  if (order !== 0) return order > 0 ? a : b;
  return valueOf(a) >= valueOf(b) ? a : b;
}

function mergeMaps<R extends MarkRegister | NoteRegister>(
  a: ReadonlyMap<string, R>,
  b: ReadonlyMap<string, R>,
): ReadonlyMap<string, R> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const merged = new Map(a);
  for (const [key, register] of b) {
    const mine = merged.get(key);
    merged.set(key, mine ? later(mine, register) : register);
  }
  return merged;
}

export function mergeGuideStates(a: GuideState, b: GuideState): GuideState {
  const route = a.route && b.route ? later(a.route, b.route) : (a.route ?? b.route);
  return {
    marks: mergeMaps(a.marks, b.marks),
    notes: mergeMaps(a.notes, b.notes),
    ...(route && { route }),
  };
}

/** The two states merged: commutative, associative and idempotent. */
export function mergeStates(a: SyncState, b: SyncState): SyncState {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const merged = new Map(a);
  for (const [guide, state] of b) {
    const mine = merged.get(guide);
    merged.set(guide, mine ? mergeGuideStates(mine, state) : state);
  }
  return merged;
}

export const mergeAll = (states: readonly SyncState[]): SyncState =>
  states.reduce(mergeStates, EMPTY_STATE);

/** The latest stamp in a state: what the next change made here must be later than. */
export function latestStamp(state: SyncState): Stamp | undefined {
  let latest: Stamp | undefined;
  const see = (stamp: Stamp) => (latest = latest ? laterStamp(latest, stamp) : stamp);
  for (const guide of state.values()) {
    for (const mark of guide.marks.values()) see(mark.stamp);
    for (const note of guide.notes.values()) see(note.stamp);
    if (guide.route) see(guide.route.stamp);
  }
  return latest;
}

/** The registers one device set: what that device writes to its own file. */
export function stateOf(state: SyncState, device: string): SyncState {
  const own = new Map<string, GuideState>();
  for (const [guide, guideState] of state) {
    const marks = new Map([...guideState.marks].filter(([, r]) => r.stamp.device === device));
    const notes = new Map([...guideState.notes].filter(([, r]) => r.stamp.device === device));
    const route = guideState.route?.stamp.device === device ? guideState.route : undefined;
    if (marks.size > 0 || notes.size > 0 || route) {
      own.set(guide, { marks, notes, ...(route && { route }) });
    }
  }
  return own;
}

/**
 * The state with this device's changes stamped beyond `limit` stamped again, now: a change made
 * while this computer's clock was far ahead, which every other computer set aside, is kept as a
 * change made now, and the clock no longer follows the wrong time.
 */
export function restampedAhead(
  state: SyncState,
  device: string,
  now: number,
  limit: number,
): SyncState {
  const ahead = (stamp: Stamp) => stamp.device === device && stamp.time > limit;
  let any = false;
  for (const guide of state.values()) {
    for (const register of [
      ...guide.marks.values(),
      ...guide.notes.values(),
      ...(guide.route ? [guide.route] : []),
    ]) {
      if (ahead(register.stamp)) any = true;
    }
  }
  if (!any) return state;
  let seen: Stamp | undefined;
  const keep = (stamp: Stamp) => !ahead(stamp) && (seen = seen ? laterStamp(seen, stamp) : stamp);
  for (const guide of state.values()) {
    for (const register of [
      ...guide.marks.values(),
      ...guide.notes.values(),
      ...(guide.route ? [guide.route] : []),
    ]) {
      keep(register.stamp);
    }
  }
  const fresh = () => (seen = nextStamp(seen, now, device));
  const restamped = new Map<string, GuideState>();
  for (const [id, guide] of state) {
    const marks = new Map(
      [...guide.marks].map(([item, mark]) => [
        item,
        ahead(mark.stamp) ? { ...mark, stamp: fresh() } : mark,
      ]),
    );
    const notes = new Map(
      [...guide.notes].map(([key, note]) => [
        key,
        ahead(note.stamp) ? { ...note, stamp: fresh() } : note,
      ]),
    );
    const route =
      guide.route && ahead(guide.route.stamp) ? { ...guide.route, stamp: fresh() } : guide.route;
    restamped.set(id, { marks, notes, ...(route && { route }) });
  }
  return restamped;
}

/** The progress a guide's state stands for: what the screen and the commands show. */
export function progressOfState(state: GuideState | undefined): Progress {
  const done = new Map<string, string>();
  const notes: Note[] = [];
  // In the order they were done, as the progress file keeps them: by time, then by stamp (the
  // order in which one command marked several).
  const marks = [...(state?.marks ?? [])].sort(
    ([, x], [, y]) => (x.done ?? '').localeCompare(y.done ?? '') || compareStamps(x.stamp, y.stamp),
  );
  for (const [item, mark] of marks) if (mark.done !== null) done.set(item, mark.done);
  for (const note of state?.notes.values() ?? []) {
    if (note.text !== null) notes.push({ item: note.item, at: note.at, text: note.text });
  }
  notes.sort((a, b) => a.at.localeCompare(b.at));
  const route = state?.route?.route ?? undefined;
  return {
    done,
    ...(route !== undefined && { route }),
    ...(notes.length > 0 && { notes }),
  };
}

/** A record with its marks, route and notes as the merged state has them; the rest stays local. */
export function withSyncedProgress(
  record: GuideRecord,
  state: GuideState | undefined,
): GuideRecord {
  const progress = progressOfState(state);
  const { route: _route, notes: _notes, ...local } = record;
  return { ...local, ...progress };
}

/**
 * The registers for changes made on this device, each with its own stamp from `stamp` (called
 * once per change, in order, with the change). Changes as `progressChanges` gives them: done, undone, route, note
 * and unnote; a reset is given as the marks it opens.
 */
export function registersFor(
  changes: readonly ProgressChange[],
  stamp: (change: ProgressChange) => Stamp,
): GuideState {
  const marks = new Map<string, MarkRegister>();
  const notes = new Map<string, NoteRegister>();
  let route: RouteRegister | undefined;
  for (const change of changes) {
    switch (change.type) {
      case 'done':
        marks.set(change.item, { stamp: stamp(change), done: change.at });
        break;
      case 'undone':
        marks.set(change.item, { stamp: stamp(change), done: null });
        break;
      case 'route':
        route = { stamp: stamp(change), route: change.route ?? null };
        break;
      case 'note':
        notes.set(noteKey(change.note), { stamp: stamp(change), ...change.note });
        break;
      case 'unnote':
        notes.set(noteKey(change.note), { stamp: stamp(change), ...change.note, text: null });
        break;
      case 'reset':
        // Not given by progressChanges; a reset is the marks and the route it clears.
        break;
    }
  }
  return { marks, notes, ...(route && { route }) };
}
