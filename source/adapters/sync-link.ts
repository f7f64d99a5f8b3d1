// Progress shared through a sync folder. This computer keeps every register it has merged in its
// config folder (the replica), so its own changes survive a sync tool that deletes a file and puts
// it back; it writes its own registers to its own file in the folder; it reads everyone's. Called
// by the progress store, which holds its lock around every change.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressFile } from '../domain/progress/progress-file.js';
import { progressChanges, progressOf, type ProgressChange } from '../domain/progress/progress.js';
import { nextStamp } from '../domain/sync/clock.js';
import { decodeDeviceFile, encodeDeviceFile } from '../domain/sync/sync-file.js';
import {
  EMPTY_STATE,
  latestStamp,
  mergeStates,
  progressOfState,
  registersFor,
  stateOf,
  type GuideState,
  type SyncState,
} from '../domain/sync/sync-state.js';
import {
  readIdentity,
  renewIdentity,
  saveIdentity,
  type DeviceIdentity,
} from './device-identity.js';
import { isReadFailure, readRegularFile, errorCode } from './read-file.js';
import {
  readSyncFolder,
  writeDeviceFile,
  writeJsonFile,
  type FolderProblem,
  type FolderRead,
} from './sync-folder.js';

const REPLICA = 'sync-replica.json';
const MAX_REPLICA_BYTES = 40 * 1024 * 1024;

type Replica = {
  readonly state: SyncState;
  /** Whether the progress kept before sync was on has been merged in. */
  readonly imported: boolean;
  /** Problems with files of the folder already told, so that each is told once. */
  readonly reported: ReadonlySet<string>;
};

/** Everything merged, as of one reading of the folder. */
export type SyncView = {
  readonly state: SyncState;
  readonly folder: FolderRead;
  readonly replica: Replica;
};

const problemKey = (problem: FolderProblem) => `${problem.file}: ${problem.reason}`;

export class SyncLink {
  private identity: DeviceIdentity;
  /** What to tell the person once: a new device id, and why. */
  readonly notices: string[] = [];

  constructor(
    /** The sync folder, absolute. */
    readonly folder: string,
    private readonly configDir: string,
  ) {
    this.identity = readIdentity(configDir);
    if (this.identity.renewed !== undefined) this.notices.push(this.identity.renewed);
  }

  get device(): DeviceIdentity {
    return this.identity;
  }

  private readReplica(): Replica {
    const bytes = readRegularFile(join(this.configDir, REPLICA), MAX_REPLICA_BYTES);
    const empty: Replica = { state: EMPTY_STATE, imported: false, reported: new Set() };
    if (isReadFailure(bytes)) return empty;
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch {
      return empty;
    }
    // This computer's own record: nothing in it is set aside for a clock that has gone back.
    const read = decodeDeviceFile(data, Number.MAX_SAFE_INTEGER);
    if (!read.ok) return empty;
    const extra = data as { imported?: unknown; reported?: unknown };
    const reported = Array.isArray(extra.reported)
      ? extra.reported.filter((key): key is string => typeof key === 'string')
      : [];
    return {
      state: read.file.state,
      imported: extra.imported === true,
      reported: new Set(reported),
    };
  }

  /**
   * Everything merged: what this computer kept, every file in the folder, and, until it has been
   * merged once, the progress kept before sync was on.
   */
  view(local: ProgressFile, now: number): SyncView {
    let folder = readSyncFolder(this.folder, now, this.identity.id);
    if (folder.own?.machine !== undefined && folder.own.machine !== this.identity.machine) {
      const reason = `another computer writes to the sync folder as this device (${this.identity.id}), so this computer syncs as a new device`;
      this.identity = renewIdentity(reason);
      this.notices.push(reason);
      folder = readSyncFolder(this.folder, now, this.identity.id);
    }
    const replica = this.readReplica();
    let state = mergeStates(replica.state, folder.state);
    if (!replica.imported) state = this.withLocal(state, replica.state, local, now);
    return { state, folder, replica };
  }

  /**
   * The state with the progress kept on this computer while sync was off merged in: what differs
   * from the last state this computer recorded (all of it, the first time). A mark or a note is
   * stamped with the moment it was made, so that a change made later elsewhere still wins; what
   * was taken back, with no moment kept, counts as taken back now.
   */
  private withLocal(state: SyncState, recorded: SyncState, local: ProgressFile, now: number) {
    let seen = latestStamp(state);
    const device = this.identity.id;
    const made = (iso: string | undefined) => {
      const time = iso === undefined ? NaN : Date.parse(iso);
      return Number.isNaN(time)
        ? (seen = nextStamp(seen, now, device))
        : { time: Math.min(time, now), counter: 0, device };
    };
    let merged = state;
    for (const [guide, record] of local.guides) {
      const changes = progressChanges(progressOfState(recorded.get(guide)), progressOf(record));
      if (changes.length === 0) continue;
      const stamp = (change: ProgressChange) =>
        change.type === 'done'
          ? made(change.at)
          : change.type === 'note'
            ? made(change.note.at)
            : change.type === 'route'
              ? made(record.updatedAt)
              : made(undefined);
      merged = mergeStates(merged, new Map([[guide, registersFor(changes, stamp)]]));
    }
    return merged;
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
   * Returns the merged state, and why the folder could not be written, if it could not.
   */
  commit(
    view: SyncView,
    changes: ReadonlyMap<string, readonly ProgressChange[]>,
    now: number,
  ): { readonly state: SyncState; readonly unpublished?: string } {
    let seen = latestStamp(view.state);
    const stamp = () => (seen = nextStamp(seen, now, this.identity.id));
    let state = view.state;
    for (const [guide, list] of changes) {
      if (list.length === 0) continue;
      state = mergeStates(state, new Map<string, GuideState>([[guide, registersFor(list, stamp)]]));
    }
    this.save(state, view, now);
    return { state, ...this.publish(state, now) };
  }

  private save(state: SyncState, view: SyncView, now: number, imported = true): void {
    mkdirSync(this.configDir, { recursive: true, mode: 0o700 });
    if (this.identity.unsaved) {
      saveIdentity(this.configDir, this.identity);
      this.identity = { ...this.identity, unsaved: false };
    }
    const reported = [...view.replica.reported, ...view.folder.problems.map(problemKey)];
    writeJsonFile(this.configDir, REPLICA, {
      ...encodeDeviceFile({
        device: this.identity.id,
        written: new Date(now).toISOString(),
        state,
      }),
      imported,
      // Only the problems still there: one that went away and comes back is told again.
      reported: [...new Set(reported)].filter((key) =>
        view.folder.problems.some((problem) => problemKey(problem) === key),
      ),
    });
  }

  /**
   * Sync is turned off: what this computer recorded stays, and the progress kept locally from now
   * on is merged in again, as changes, if sync is turned on again.
   */
  detach(view: SyncView, now: number): void {
    this.save(view.state, view, now, false);
  }

  /** Writes this device's registers to its file in the folder; why not, when it cannot. */
  publish(state: SyncState, now: number): { readonly unpublished?: string } {
    try {
      writeDeviceFile(this.folder, {
        device: this.identity.id,
        name: this.identity.name,
        machine: this.identity.machine,
        written: new Date(now).toISOString(),
        state: stateOf(state, this.identity.id),
      });
      return {};
    } catch (error) {
      const code = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
      const why = code === 'ENOENT' ? 'it does not exist now: a drive not mounted?' : `${code}`;
      return {
        unpublished: `saved on this computer, but not in the sync folder ${this.folder} (${why}); it goes there with the next change, or with "stepwise sync"`,
      };
    }
  }
}
