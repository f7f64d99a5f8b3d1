import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Conf from 'conf';
import {
  decodeProgress,
  EMPTY_FILE,
  EMPTY_RECORD,
  encodeProgress,
  withRecord,
  type GuideRecord,
  type ProgressFile,
  type ProgressJson,
} from '../domain/progress/progress-file.js';
import { progressChanges, progressOf, type ProgressChange } from '../domain/progress/progress.js';
import { withSyncedProgress, type SyncState } from '../domain/sync/sync-state.js';
import { encodeState } from '../domain/sync/sync-file.js';
import { LockBusyError, withFileLock } from './file-lock.js';
import type { SyncLink, SyncView } from './sync-link.js';
import { errorCode, isReadFailure, readRegularFile } from './read-file.js';
import { t } from '../domain/i18n/translate.js';

/**
 * conf's code, with what it loads (its file writer, assert, semver), takes milliseconds to load:
 * reading progress does not need it, so the app shows its first frame before `loadSaving`.
 */
let ConfClass: typeof Conf | undefined;

/** Loads the code that saves progress; a store can save once this has resolved. */
export async function loadSaving(): Promise<void> {
  ConfClass ??= (await import('conf')).default;
}

/** What became of a change: saved to the file, or kept in memory only, and why. */
export type SaveResult =
  | {
      readonly saved: true;
      /** Saved, but not everywhere: the sync folder could not be written, say. */
      readonly warning?: string;
    }
  | { readonly saved: false; readonly reason: string };

/** The local file with every guide's marks, route and notes as the merged sync state has them. */
function withSynced(local: ProgressFile, state: SyncState): ProgressFile {
  const guides = new Map(local.guides);
  for (const guide of new Set([...local.guides.keys(), ...state.keys()])) {
    guides.set(
      guide,
      withSyncedProgress(local.guides.get(guide) ?? EMPTY_RECORD, state.get(guide)),
    );
  }
  return { formatVersion: local.formatVersion, guides };
}

/** `next` with each guide's marks, route and notes as `kept` has them: its place and visits only changed. */
function withSyncedPartOf(next: ProgressFile, kept: ProgressFile): ProgressFile {
  const guides = new Map<string, GuideRecord>();
  for (const [guide, record] of next.guides) {
    const old = kept.guides.get(guide) ?? EMPTY_RECORD;
    const { route: _route, notes: _notes, ...rest } = record;
    guides.set(guide, {
      ...rest,
      done: old.done,
      ...(old.route !== undefined && { route: old.route }),
      ...(old.notes !== undefined && { notes: old.notes }),
    });
  }
  return { formatVersion: next.formatVersion, guides };
}

/** What changed in each guide's marks, route and notes from one version of the file to the next. */
function changesBetween(
  before: ProgressFile,
  after: ProgressFile,
): ReadonlyMap<string, readonly ProgressChange[]> {
  const changes = new Map<string, readonly ProgressChange[]>();
  for (const guide of new Set([...before.guides.keys(), ...after.guides.keys()])) {
    const list = progressChanges(
      progressOf(before.guides.get(guide) ?? EMPTY_RECORD),
      progressOf(after.guides.get(guide) ?? EMPTY_RECORD),
    );
    if (list.length > 0) changes.set(guide, list);
  }
  return changes;
}

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * A copy of the file as it is, made once: a run that finds the same unreadable entries again
 * (a command from cron, say) names the copy made before instead of making another.
 */
function keepCopy(path: string, now: Date): string {
  const bytes = readFileSync(path);
  const prefix = `${basename(path)}.before-`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix)) continue;
    const earlier = join(dirname(path), name);
    try {
      // Only a regular file of the same size is read: a pipe or a device of that name would
      // hang or flood the command (lstat: a link to one is not followed).
      const stat = lstatSync(earlier);
      if (!stat.isFile() || stat.size !== bytes.length) continue;
      if (readFileSync(earlier).equals(bytes)) return earlier;
    } catch {
      // Unreadable: not the copy to name.
    }
  }
  const copy = `${path}.before-${timestamp(now)}`;
  copyFileSync(path, copy);
  return copy;
}

type Inspection =
  | { readonly kind: 'fresh' }
  | {
      readonly kind: 'good';
      readonly file: ProgressFile;
      readonly migrated: boolean;
      readonly dropped: readonly string[];
    }
  | { readonly kind: 'newer'; readonly reason: string }
  | {
      readonly kind: 'bad';
      readonly reason: string;
      /** Not a readable file at all (a folder, a device, no right to read): not content to set aside later. */
      readonly unreadable?: boolean;
    };

const parseJson = (text: string): unknown => JSON.parse(text.replace(/^\uFEFF/, ''));

/** Far larger than the progress of any person; a bigger file is not progress. */
const MAX_PROGRESS_BYTES = 20 * 1024 * 1024;

/** A change stepwise will not write, because it could not read the file back (not a failure of the disk). */
class RefusedWrite extends Error {}

/**
 * Why the file, written as it is about to be, would not read back whole: past the size stepwise
 * reads, or with entries its reader drops (a time before 1970 or after 9999 from a wrong clock).
 * Undefined when it reads back as written.
 */
function cannotReadBack(encoded: ProgressJson, now: string): string | undefined {
  // conf writes it indented with a tab.
  const size = Buffer.byteLength(JSON.stringify(encoded, undefined, '\t'));
  if (size > MAX_PROGRESS_BYTES) {
    return t(
      'progress would grow past {value} MB, more than stepwise reads back: delete some notes first',
      { value: MAX_PROGRESS_BYTES / 1024 / 1024 },
    );
  }
  const decoded = decodeProgress(JSON.parse(JSON.stringify(encoded)), now);
  if (!decoded.ok)
    return t('the progress would not read back ({reason})', { reason: decoded.reason });
  if (decoded.dropped.length > 0) {
    return t("the change would not read back ({value}): is the computer's clock right?", {
      value: decoded.dropped[0] ?? '',
    });
  }
  return undefined;
}

function inspect(path: string, now: string): Inspection {
  const bytes = readRegularFile(path, MAX_PROGRESS_BYTES);
  if (isReadFailure(bytes)) {
    return bytes.reason === 'missing'
      ? { kind: 'fresh' }
      : { kind: 'bad', reason: bytes.message, unreadable: true };
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') return { kind: 'bad', reason: t('is empty') };
  let data: unknown;
  try {
    data = parseJson(text);
  } catch {
    return { kind: 'bad', reason: t('is not valid JSON') };
  }
  const result = decodeProgress(data, now);
  if (result.ok) {
    return { kind: 'good', file: result.file, migrated: result.migrated, dropped: result.dropped };
  }
  return result.newer
    ? { kind: 'newer', reason: result.reason }
    : { kind: 'bad', reason: result.reason };
}

/**
 * Why the file cannot be written where it is: a link to a file that does not exist, which a write
 * would follow, making folders wherever the link points. Undefined for anything else.
 */
function danglingLink(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  try {
    statSync(path);
    return undefined;
  } catch {
    let target = '?';
    try {
      target = readlinkSync(path);
    } catch {
      // Gone meanwhile: the message still says what it was.
    }
    return t(
      '{path} is a link to {target}, which does not exist: remove the link, or make what it points to',
      { path, target },
    );
  }
}

/** Half-written files of a copy that was killed while saving; only safe to remove under the lock. */
function removeLeftovers(path: string): void {
  const prefix = `${basename(path)}.tmp-`;
  try {
    for (const name of readdirSync(dirname(path))) {
      if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
    }
  } catch {
    // Nothing to tidy, or no right to: neither stops saving.
  }
}

/**
 * A person's progress in their config folder, through conf (atomic writes, the user's folder).
 * Every change is a read-modify-write of the latest file under a lock, so several copies of stepwise
 * open at once each add their own marks without erasing the other's. Nothing here throws: reading
 * problems become `notice`, saving problems a SaveResult.
 */
export class ProgressStore {
  /** Why saved progress could not be read as it was, in one line; undefined when all is well. */
  readonly notice: string | undefined;
  /** Set when nothing will be saved this run (the file is unwritable, or from a newer version). */
  private readOnly: string | undefined;
  /** Progress as shown: the local file, with the merged sync state when there is a sync folder. */
  private memory: ProgressFile;
  /** The local file as last read or written. */
  private local: ProgressFile;
  /** Made on the first write, so that opening the app never waits for it. */
  private conf: Conf<ProgressJson> | undefined;

  private constructor(
    readonly path: string,
    private readonly dir: string | undefined,
    memory: ProgressFile,
    notice: string | undefined,
    readOnly: string | undefined,
    private readonly lockWaitMs?: number,
    /** When this run opened the file: the time given to marks of a format that kept none. */
    private readonly openedAt = new Date().toISOString(),
    /** The sync folder progress is shared through, when there is one. */
    readonly sync?: SyncLink,
  ) {
    this.memory = memory;
    this.local = memory;
    this.notice = notice;
    this.readOnly = readOnly;
  }

  /** Progress kept in memory only, for tests and previews. */
  static inMemory(file: ProgressFile = EMPTY_FILE): ProgressStore {
    return new ProgressStore(
      '(memory)',
      undefined,
      file,
      undefined,
      t('progress is kept in memory only'),
    );
  }

  /**
   * Reads saved progress; nothing is written until the first change. A damaged file is moved
   * aside (and said in `notice`); a file of a newer version is left alone and nothing is saved.
   */
  static open(
    dir: string,
    now: Date = new Date(),
    options: {
      readonly lockWaitMs?: number;
      readonly readOnly?: boolean;
      readonly sync?: SyncLink;
      /** A damaged file is moved aside by the first change, not at opening (the app's browsing writes nothing). */
      readonly moveAsideOnChange?: boolean;
    } = {},
  ): ProgressStore {
    const path = join(dir, 'progress.json');
    const sync = options.sync;
    const found = inspect(path, now.toISOString());
    if (found.kind === 'newer') {
      const reason = t(
        'Saved progress {reason}: it is left as it is, and nothing will be saved this time.',
        { reason: found.reason },
      );
      return new ProgressStore(path, dir, EMPTY_FILE, reason, reason, undefined, undefined, sync);
    }
    // A command that only reads (due from cron, say) never moves or copies the file: it says what
    // is wrong and leaves the file for a command that saves, which moves it aside and says so.
    if (options.readOnly && found.kind === 'bad') {
      const reason = t(
        'Saved progress {reason}: it is left as it is; the next command that saves progress will move it aside.',
        { reason: found.reason },
      );
      return new ProgressStore(path, dir, EMPTY_FILE, reason, reason, undefined, undefined, sync);
    }
    if (options.readOnly && found.kind === 'good') {
      const count = found.dropped.length;
      const notice =
        count === 0
          ? undefined
          : t(
              'Saved progress has {count} unreadable entries ({first}): left out here, and left in the file.',
              { count, first: `${found.dropped[0]}${count > 1 ? ', …' : ''}` },
            );
      return new ProgressStore(path, dir, found.file, notice, notice, undefined, undefined, sync);
    }
    let notice: string | undefined;
    // The app only looks until something is changed: the damaged file stays where it is until
    // the first change moves it aside (write below).
    if (found.kind === 'bad' && options.moveAsideOnChange && found.unreadable !== true) {
      notice = t(
        'Saved progress {reason}: it is left as it is until something is saved (a mark, a note, or your place after a pause), which moves it aside as {value}.corrupt-<time> and starts fresh.',
        { reason: found.reason, value: basename(path) },
      );
    } else if (found.kind === 'bad') {
      const aside = `${path}.corrupt-${timestamp(now)}`;
      try {
        renameSync(path, aside);
        notice = t('Saved progress {reason}: moved it to {aside} and started fresh.', {
          reason: found.reason,
          aside,
        });
      } catch (error) {
        // Gone already: another copy of stepwise moved it aside a moment ago.
        if (errorCode(error) === 'ENOENT') return ProgressStore.open(dir, now, options);
        const reason = t(
          'Saved progress {reason} and could not be moved aside: progress will not be saved.',
          { reason: found.reason },
        );
        return new ProgressStore(path, dir, EMPTY_FILE, reason, reason);
      }
    }
    if (found.kind === 'good' && found.dropped.length > 0) {
      const count = found.dropped.length;
      // The next save leaves the unreadable entries out: a copy keeps them, as a damaged file is.
      let kept = '';
      try {
        const copy = keepCopy(path, now);
        kept = t(' (the file as it was is in {copy})', { copy });
      } catch {
        // Without a copy the notice still says what was left out.
      }
      notice = t(
        'Saved progress had {count} unreadable entries ({first}): left out, the rest kept{kept}.',
        {
          count,
          first: `${found.dropped[0]}${count > 1 ? ', …' : ''}`,
          kept,
        },
      );
    }
    const memory = found.kind === 'good' ? found.file : EMPTY_FILE;
    return new ProgressStore(
      path,
      dir,
      memory,
      notice,
      undefined,
      options.lockWaitMs,
      now.toISOString(),
      sync,
    );
  }

  private static writeProblem(path: string, error: unknown): string {
    const code = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
    return t('Cannot write {path} ({code}): progress will not be saved.', { path, code });
  }

  /** False once saving is impossible this run: changes then live in memory only. */
  get canSave(): boolean {
    return this.readOnly === undefined;
  }

  /** What is saved for a guide now, including what another copy of stepwise wrote since. */
  read(guide: string): GuideRecord {
    return this.latest().guides.get(guide) ?? EMPTY_RECORD;
  }

  /** Every guide's saved progress. */
  guides(): ReadonlyMap<string, GuideRecord> {
    return this.latest().guides;
  }

  /**
   * Changes one guide's record (removes it when `change` returns undefined), in memory at once and
   * in the file when it can be written. A busy file is not a lasting failure: the next change
   * tries again. Every write also writes an upgraded or partly unreadable file in the current
   * format and removes what a killed writer left.
   */
  update(guide: string, change: (record: GuideRecord) => GuideRecord | undefined): SaveResult {
    this.memory = withRecord(this.memory, guide, change);
    if (!this.sync) this.local = this.memory;
    return this.write((latest) => withRecord(latest, guide, change));
  }

  private latest(): ProgressFile {
    if (this.canSave) {
      const found = inspect(this.path, this.openedAt);
      if (found.kind === 'good') this.local = found.file;
    }
    const sync = this.syncing();
    if (!sync) return (this.memory = this.local);
    this.memory = withSynced(this.local, sync.view(this.local, Date.now()).state);
    return this.memory;
  }

  /** The sync folder, while sync is on for it (it may be turned off while the app runs). */
  private syncing(): SyncLink | undefined {
    return this.sync?.active() ? this.sync : undefined;
  }

  /** The sync folder as of now: every device's state merged, and the files that could not be. */
  syncView(): SyncView | undefined {
    return this.syncing()?.view(this.local, Date.now());
  }

  private connect(confClass: typeof Conf): Conf<ProgressJson> {
    // The folder is private, like the file: made here first, since conf would make it 0755.
    if (this.conf === undefined && this.dir !== undefined) {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    }
    this.conf ??= new confClass<ProgressJson>({
      projectName: 'stepwise',
      projectSuffix: '',
      cwd: this.dir,
      configName: 'progress',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      // Read back with decodeProgress, which checks every entry; conf only hands the text over.
      deserialize: parseJson as (text: string) => ProgressJson,
    });
    return this.conf;
  }

  private write(
    change: (latest: ProgressFile) => ProgressFile,
    /** Record in the sync folder even when nothing synced changed (turning sync on or off). */
    recordAlways = false,
  ): SaveResult {
    if (this.readOnly !== undefined) return { saved: false, reason: this.readOnly };
    // Not a lasting failure: like a busy file, the next change saves this one too.
    if (ConfClass === undefined)
      return { saved: false, reason: t('could not save yet: starting up') };
    try {
      const confClass = ConfClass;
      // The folder first (the lock lives in it); conf itself once a damaged file is out of the way,
      // since it reads the file it is given.
      if (this.conf === undefined && this.dir !== undefined) {
        mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      }
      const warning = withFileLock(
        this.path,
        () => {
          removeLeftovers(this.path);
          const dangling = danglingLink(this.path);
          if (dangling !== undefined) throw new RefusedWrite(dangling);
          const found = inspect(this.path, this.openedAt);
          if (found.kind === 'newer')
            throw new Error(t('the saved progress {reason}', { reason: found.reason }));
          // Still damaged (left at opening, or damaged since): kept aside, never written over.
          if (found.kind === 'bad')
            renameSync(this.path, `${this.path}.corrupt-${timestamp(new Date())}`);
          const conf = this.connect(confClass);
          const local = found.kind === 'good' ? found.file : this.local;
          const now = Date.now();
          // With a sync folder, the change is made to the merged progress, and what it changed is
          // recorded as this device's registers; the local file keeps a copy of the result.
          const sync = this.syncing();
          const view = sync?.view(local, now, true);
          const latest = view ? withSynced(local, view.state) : local;
          const next = change(latest);
          const changes = changesBetween(latest, next);
          // A place or a visit is this computer's alone: the sync folder is written only when
          // marks, the route or notes changed (here, or while sync was off). Otherwise the local
          // file keeps the synced part it had, which is what the sync record remembers of it.
          const recording =
            sync !== undefined &&
            view !== undefined &&
            (recordAlways || changes.size > 0 || view.pending > 0);
          const written = !view || recording ? next : withSyncedPartOf(next, local);
          const encoded = encodeProgress(written);
          const unreadable = cannotReadBack(encoded, this.openedAt);
          if (unreadable !== undefined) throw new RefusedWrite(unreadable);
          const committed = recording ? sync?.commit(view, changes, next, now) : undefined;
          conf.store = encoded;
          this.local = written;
          this.memory = next;
          return committed?.unpublished;
        },
        this.lockWaitMs,
      );
      return warning === undefined ? { saved: true } : { saved: true, warning };
    } catch (error) {
      if (error instanceof LockBusyError || error instanceof RefusedWrite) {
        return { saved: false, reason: t('could not save: {message}', { message: error.message }) };
      }
      this.readOnly = ProgressStore.writeProblem(this.path, error);
      return { saved: false, reason: this.readOnly };
    }
  }

  /**
   * Writes this device's file to the sync folder again from what this computer keeps (after the
   * folder was away, or its file was deleted), under the lock. Why not, when it cannot.
   */
  publish(): string | undefined {
    const sync = this.sync;
    if (!sync) return undefined;
    try {
      return withFileLock(
        this.path,
        () => sync.publish(sync.recorded(), Date.now()).unpublished,
        this.lockWaitMs,
      );
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Writes this computer's file again when the folder lacks it or holds an older one (a folder
   * that was away is back, a sync tool deleted the file): whether it did, and why it could not.
   */
  publishIfStale(view: SyncView): { readonly rewritten: boolean; readonly unpublished?: string } {
    const sync = this.syncing();
    if (!sync || view.folder.unreadable !== undefined) return { rewritten: false };
    const recorded = sync.recorded();
    const mine = JSON.stringify(encodeState(recorded));
    const published = view.folder.own
      ? JSON.stringify(encodeState(view.folder.own.state))
      : undefined;
    if (recorded.size === 0 || published === mine) return { rewritten: false };
    const unpublished = this.publish();
    return unpublished === undefined ? { rewritten: true } : { rewritten: false, unpublished };
  }

  /** Sync turned on: the progress kept here is merged into the folder now. */
  joinSync(): SaveResult {
    return this.write((latest) => latest, true);
  }

  /**
   * Sync turned off: the merged progress is kept in the local file; what is done here from now on
   * is merged in, as changes, if sync is turned on again.
   */
  leaveSync(): SaveResult {
    return this.write((latest) => latest, true);
  }
}
