// Progress shared through a sync folder. Each computer keeps every register it has merged in its
// config folder (the replica) and writes all of them to its own file in the folder, so that any
// one file holds everything its computer knew: a computer that joins later, or a folder that
// changes, loses nothing, and a sync tool that deletes a file and puts it back loses nothing
// either. Called by the progress store, which holds its lock around every change.

import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideRecord, ProgressFile } from '../domain/progress/progress-file.js';
import {
  EMPTY_PROGRESS,
  progressChanges,
  progressOf,
  type Progress,
  type ProgressChange,
} from '../domain/progress/progress.js';
import { laterStamp, MAX_AHEAD_MS, nextStamp, type Stamp } from '../domain/sync/clock.js';
import { decodeDeviceFile, encodeDeviceFile } from '../domain/sync/sync-file.js';
import {
  EMPTY_STATE,
  latestStamp,
  mergeStates,
  registersFor,
  restampedAhead,
  type GuideState,
  type SyncState,
} from '../domain/sync/sync-state.js';
import { isDate, isId } from '../domain/progress/progress-file.js';
import {
  readIdentity,
  renewIdentity,
  saveIdentity,
  type DeviceIdentity,
} from './device-identity.js';
import { errorCode, isReadFailure, readRegularFile } from './read-file.js';
import {
  MAX_DEVICE_FILE_BYTES,
  readSyncFolder,
  writeDeviceFile,
  writeJsonFile,
  type FolderProblem,
  type FolderRead,
} from './sync-folder.js';
import { t } from '../domain/i18n/translate.js';

const REPLICA = 'sync-replica.json';

type Replica = {
  readonly state: SyncState;
  /**
   * Each guide's marks, route and notes as this computer last wrote them to its own progress file
   * while syncing: what changed there since was done while sync was off, and is merged in.
   * Undefined before the first write.
   */
  readonly mirror?: ReadonlyMap<string, Progress>;
  /** Problems with files of the folder already told, so that each is told once. */
  readonly reported: ReadonlySet<string>;
};

/** Everything merged, as of one reading of the folder. */
export type SyncView = {
  readonly state: SyncState;
  readonly folder: FolderRead;
  readonly replica: Replica;
  /** Changes made on this computer while sync was off, not yet written to the folder. */
  readonly pending: number;
};

const problemKey = (problem: FolderProblem) => `${problem.file}: ${problem.reason}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The mirror as stored: per guide, the marks and their times, the route, the notes' names. */
function readMirror(value: unknown): ReadonlyMap<string, Progress> | undefined {
  if (!isObject(value)) return undefined;
  const mirror = new Map<string, Progress>();
  for (const [guide, entry] of Object.entries(value)) {
    if (!isId(guide) || !isObject(entry)) continue;
    const done = new Map<string, string>();
    if (isObject(entry.done)) {
      for (const [item, at] of Object.entries(entry.done))
        if (isId(item) && isDate(at)) done.set(item, at);
    }
    const notes = Array.isArray(entry.notes)
      ? entry.notes.flatMap((note: unknown) =>
          isObject(note) && isId(note.item) && isDate(note.at) && typeof note.text === 'string'
            ? [{ item: note.item, at: note.at, text: note.text }]
            : [],
        )
      : [];
    mirror.set(guide, {
      done,
      ...(isId(entry.route) && { route: entry.route }),
      ...(notes.length > 0 && { notes }),
    });
  }
  return mirror;
}

function encodeMirror(guides: ReadonlyMap<string, GuideRecord>): Record<string, unknown> {
  return Object.fromEntries(
    [...guides].map(([guide, record]) => [
      guide,
      {
        done: Object.fromEntries(record.done),
        ...(record.route !== undefined && { route: record.route }),
        notes: record.notes ?? [],
      },
    ]),
  );
}

export class SyncLink {
  private identity: DeviceIdentity;
  /** What to tell the person once: a new device id, a damaged replica, and why. */
  readonly notices: string[] = [];

  constructor(
    /** The sync folder, absolute. */
    readonly folder: string,
    private readonly configDir: string,
    /**
     * Whether sync is still on for this folder: a running app asks before each change, so that
     * turning sync off elsewhere stops it from writing to the folder.
     */
    readonly active: () => boolean = () => true,
  ) {
    this.identity = readIdentity(configDir);
    if (this.identity.renewed !== undefined) this.notices.push(this.identity.renewed);
  }

  get device(): DeviceIdentity {
    return this.identity;
  }

  private readReplica(): Replica {
    const path = join(this.configDir, REPLICA);
    // The merged state is bounded (sync-folder.ts); the mirror is the local progress, under 20 MB.
    const bytes = readRegularFile(path, 8 * MAX_DEVICE_FILE_BYTES);
    const empty: Replica = { state: EMPTY_STATE, reported: new Set() };
    if (isReadFailure(bytes)) {
      if (bytes.reason !== 'missing') this.setAside(path, bytes.message);
      return empty;
    }
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch {
      this.setAside(path, t('is not valid JSON'));
      return empty;
    }
    // This computer's own record: nothing in it is set aside for a clock that has gone back.
    const read = decodeDeviceFile(data, Number.MAX_SAFE_INTEGER);
    if (!read.ok) {
      this.setAside(path, read.reason);
      return empty;
    }
    const extra = data as { mirror?: unknown; reported?: unknown };
    const reported = Array.isArray(extra.reported)
      ? extra.reported.filter((key): key is string => typeof key === 'string')
      : [];
    const mirror = readMirror(extra.mirror);
    return { state: read.file.state, ...(mirror && { mirror }), reported: new Set(reported) };
  }

  /**
   * A damaged replica is said, and left where it is while stepwise only reads; the next write
   * moves it aside (never copies it: a pipe of that name would hang a copy) and makes a new one.
   */
  private setAside(path: string, reason: string): void {
    this.damaged = reason;
    const notice = t(
      "this computer's sync record {file} {reason}: progress is read again from the sync folder, and the next change moves the record aside as {aside}",
      { file: path, reason, aside: `${REPLICA}.corrupt-<time>` },
    );
    if (!this.notices.includes(notice)) this.notices.push(notice);
  }

  /** Why the replica could not be read, when it could not: it is moved aside before the next write. */
  private damaged: string | undefined;

  /**
   * Everything merged: what this computer kept, every file in the folder, and what was done here
   * while sync was off. `writing`: a change follows, so a new device id may be taken.
   */
  view(local: ProgressFile, now: number, writing = false): SyncView {
    let folder = readSyncFolder(this.folder, now, this.identity.id);
    if (folder.own?.machine !== undefined && folder.own.machine !== this.identity.machine) {
      const reason = t('another computer writes to the sync folder as this device ({id})', {
        id: this.identity.id,
      });
      if (writing) {
        this.identity = renewIdentity(
          this.configDir,
          t('{reason}, so this computer now syncs as a new device', { reason }),
        );
        this.notices.push(this.identity.renewed ?? reason);
        folder = readSyncFolder(this.folder, now, this.identity.id);
      } else if (!this.notices.some((notice) => notice.startsWith(reason))) {
        this.notices.push(
          t('{reason}: the next change made here takes a new device id', { reason }),
        );
      }
    }
    const replica = this.readReplica();
    const merged = mergeStates(replica.state, folder.state);
    // Changes made while this computer's clock was far ahead are stamped again, now.
    const restamped = restampedAhead(merged, this.identity.id, now, now + MAX_AHEAD_MS);
    const { state, pending } = this.withLocal(restamped, replica, local, now);
    return { state, folder, replica, pending: pending + (restamped === merged ? 0 : 1) };
  }

  /**
   * The state with what was done on this computer while sync was off (or before it was first on)
   * merged in: what differs from what it last wrote while syncing. A mark or a note is stamped with
   * the moment it was made, the rest with the last change made to that guide here, so that a
   * change made later elsewhere still wins.
   */
  private withLocal(
    state: SyncState,
    replica: Replica,
    local: ProgressFile,
    now: number,
  ): { readonly state: SyncState; readonly pending: number } {
    const device = this.identity.id;
    // Made after everything this computer had recorded when it last synced: later than all of it,
    // whatever the clocks (a peer's clock days ahead included), yet, by its own time, not later
    // than a change made elsewhere after it.
    const floor = nextStamp(
      latestStamp(restampedAhead(replica.state, device, now, now + MAX_AHEAD_MS)),
      0,
      device,
    );
    let seen = latestStamp(state);
    const made = (iso: string | undefined): Stamp => {
      const time = iso === undefined ? NaN : Date.parse(iso);
      if (Number.isNaN(time)) return (seen = nextStamp(seen, now, device));
      return laterStamp({ time: Math.min(time, now), counter: 0, device }, floor);
    };
    let merged = state;
    let pending = 0;
    const mirror = replica.mirror;
    // Every guide either side has: a record removed here while sync was off is a change too.
    for (const guide of new Set([...local.guides.keys(), ...(mirror?.keys() ?? [])])) {
      const record = local.guides.get(guide);
      const changes = progressChanges(
        mirror?.get(guide) ?? EMPTY_PROGRESS,
        record ? progressOf(record) : EMPTY_PROGRESS,
      );
      if (changes.length === 0) continue;
      pending += changes.length;
      const stamp = (change: ProgressChange) =>
        change.type === 'done'
          ? made(change.at)
          : change.type === 'note'
            ? made(change.note.at)
            : made(record?.updatedAt);
      merged = mergeStates(merged, new Map([[guide, registersFor(changes, stamp)]]));
    }
    return { state: merged, pending };
  }

  /** Problems with files of the folder not told before. */
  newProblems(view: SyncView): readonly FolderProblem[] {
    return view.folder.problems.filter(
      (problem) => !view.replica.reported.has(problemKey(problem)),
    );
  }

  /**
   * Records changes made on this computer, each stamped later than anything seen: in the
   * replica first (throws when that cannot be written), then in this device's file in the folder.
   * `written` is the local progress as it is written now. Returns the merged state, and why the
   * folder could not be written, if it could not.
   */
  commit(
    view: SyncView,
    changes: ReadonlyMap<string, readonly ProgressChange[]>,
    written: ProgressFile,
    now: number,
  ): { readonly state: SyncState; readonly unpublished?: string } {
    let seen = latestStamp(view.state);
    const stamp = () => (seen = nextStamp(seen, now, this.identity.id));
    let state = view.state;
    for (const [guide, list] of changes) {
      if (list.length === 0) continue;
      state = mergeStates(state, new Map<string, GuideState>([[guide, registersFor(list, stamp)]]));
    }
    this.save(state, view, written, now);
    return { state, ...this.publish(state, now) };
  }

  private save(state: SyncState, view: SyncView, written: ProgressFile, now: number): void {
    if (this.identity.unsaved) this.identity = saveIdentity(this.configDir, this.identity);
    this.removeLeftovers();
    if (this.damaged !== undefined) {
      const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      try {
        renameSync(
          join(this.configDir, REPLICA),
          join(this.configDir, `${REPLICA}.corrupt-${stamp}`),
        );
      } catch {
        // Gone already, or not ours to move: written over below, or the write says why not.
      }
      this.damaged = undefined;
    }
    writeJsonFile(
      this.configDir,
      REPLICA,
      {
        ...encodeDeviceFile({
          device: this.identity.id,
          written: new Date(now).toISOString(),
          state,
        }),
        mirror: encodeMirror(written.guides),
        // Only the problems still there: one that went away and comes back is told again.
        reported: [...new Set(view.folder.problems.map(problemKey))],
      },
      Infinity,
      '',
    );
  }

  /** Temporary files of a copy of stepwise killed while writing; only safe under the lock. */
  private removeLeftovers(): void {
    const remove = (dir: string, prefixes: readonly string[]) => {
      try {
        for (const name of readdirSync(dir)) {
          if (prefixes.some((prefix) => name.startsWith(prefix)))
            rmSync(join(dir, name), { force: true });
        }
      } catch {
        // Nothing to tidy, or no right to.
      }
    };
    remove(this.configDir, [`.${REPLICA}.tmp-`, '.device.json.tmp-']);
    remove(this.folder, [`.stepwise-${this.identity.id}.json.tmp-`]);
  }

  /** Writes everything this computer knows to its file in the folder; why not, when it cannot. */
  publish(state: SyncState, now: number): { readonly unpublished?: string } {
    try {
      writeDeviceFile(this.folder, {
        device: this.identity.id,
        name: this.identity.name,
        machine: this.identity.machine,
        written: new Date(now).toISOString(),
        state,
      });
      return {};
    } catch (error) {
      const code = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
      const why = code === 'ENOENT' ? t('it does not exist now: a drive not mounted?') : `${code}`;
      return {
        unpublished: t(
          'saved on this computer, but not in the sync folder {folder} ({problem}); it goes there with the next change, or with "stepwise sync"',
          { folder: this.folder, problem: why },
        ),
      };
    }
  }

  /** The replica's state: what this computer last wrote to its own file. */
  recorded(): SyncState {
    return this.readReplica().state;
  }
}
