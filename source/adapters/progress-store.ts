import { lstatSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { progressChanges, type Progress } from '../domain/progress.js';
import { withFileLock } from './file-lock.js';
import {
  FORMAT_VERSION,
  migrate,
  type GuideRecord,
  type Place,
  type ProgressFile,
} from '../domain/progress-file.js';

/** Where a person's progress lives. Every method saves at once; none of them throws. */
export interface ProgressStore {
  readonly path: string;
  /** Why progress could not be read or will not be saved, in one line; undefined when all is well. */
  readonly notice: string | undefined;
  /** False once writing has failed: changes then live in memory only. */
  readonly canSave: boolean;
  read(guide: string): GuideRecord;
  all(): Readonly<Record<string, GuideRecord>>;
  markDone(guide: string, item: string, at: string): void;
  markUndone(guide: string, item: string, now?: string): void;
  setRoute(guide: string, route: string | undefined, now?: string): void;
  setPlace(guide: string, place: Place): void;
  /** Records a visit: when the guide was first and last opened. */
  touch(guide: string, now: string): void;
  reset(guide: string): void;
}

const EMPTY: GuideRecord = { done: {} };

// conf addresses nested values by dot paths; ids may contain dots themselves.
const key = (...parts: string[]) => parts.map((part) => part.replaceAll('.', '\\.')).join('.');

type Mutable = { formatVersion: number; guides: Record<string, Record<string, unknown>> };

/** Progress kept in memory only: for tests, and when the file cannot be written. */
export class MemoryProgressStore implements ProgressStore {
  protected data: Mutable;
  notice: string | undefined;

  get canSave(): boolean {
    return true;
  }

  constructor(
    initial: ProgressFile = { formatVersion: FORMAT_VERSION, guides: {} },
    readonly path = '(memory)',
  ) {
    this.data = structuredClone(initial) as Mutable;
  }

  read(guide: string): GuideRecord {
    return (this.data.guides[guide] as GuideRecord | undefined) ?? EMPTY;
  }

  all(): Readonly<Record<string, GuideRecord>> {
    return this.data.guides as Record<string, GuideRecord>;
  }

  protected record(guide: string): Record<string, unknown> {
    this.data.guides[guide] ??= { done: {} };
    return this.data.guides[guide];
  }

  markDone(guide: string, item: string, at: string): void {
    const record = this.record(guide);
    record.done = { ...(record.done as object), [item]: at };
    record.updatedAt = at;
  }

  markUndone(guide: string, item: string, now = new Date().toISOString()): void {
    const record = this.record(guide);
    const done = { ...(record.done as Record<string, string>) };
    delete done[item];
    record.done = done;
    record.updatedAt = now;
  }

  setRoute(guide: string, route: string | undefined, now = new Date().toISOString()): void {
    const record = this.record(guide);
    if (route === undefined) delete record.route;
    else record.route = route;
    record.updatedAt = now;
  }

  setPlace(guide: string, place: Place): void {
    this.record(guide).place = place;
  }

  touch(guide: string, now: string): void {
    const record = this.record(guide);
    record.firstUsed ??= now;
    record.lastUsed = now;
  }

  reset(guide: string): void {
    delete this.data.guides[guide];
  }
}

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

type Inspection =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'good'; readonly file: ProgressFile; readonly migrated: boolean }
  | { readonly kind: 'bad'; readonly reason: string };

function inspect(path: string, now: string): Inspection {
  let text: string;
  try {
    if (lstatSync(path).isDirectory()) return { kind: 'bad', reason: 'is a folder, not a file' };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'fresh' };
    return { kind: 'bad', reason: `cannot be read (${code ?? 'unknown error'})` };
  }
  if (text.trim() === '') return { kind: 'bad', reason: 'is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'is not valid JSON' };
  }
  const result = migrate(data, now);
  return result.ok
    ? { kind: 'good', file: result.file, migrated: result.migrated }
    : { kind: 'bad', reason: `holds ${result.reason}` };
}

/**
 * Progress in the user's config folder through conf, which writes atomically and re-reads the file
 * before every change, so two open copies of stepwise each add their own marks without erasing
 * the other's. Marks are stored one key per item for the same reason.
 */
export class FileProgressStore extends MemoryProgressStore {
  private conf: Conf<Record<string, unknown>> | undefined;

  private constructor(path: string, initial: ProgressFile) {
    super(initial, path);
  }

  static open(dir: string, now: Date = new Date()): FileProgressStore {
    const path = join(dir, 'progress.json');
    const found = inspect(path, now.toISOString());
    const store = new FileProgressStore(
      path,
      found.kind === 'good' ? found.file : { formatVersion: FORMAT_VERSION, guides: {} },
    );
    if (found.kind === 'bad') {
      const aside = `${path}.corrupt-${timestamp(now)}`;
      try {
        renameSync(path, aside);
        store.notice = `Saved progress ${found.reason}: moved it to ${aside} and started fresh.`;
      } catch (error) {
        // Gone already: another copy of stepwise moved it aside a moment ago.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return FileProgressStore.open(dir, now);
        store.notice = `Saved progress ${found.reason} and could not be moved aside: progress will not be saved.`;
        return store;
      }
    }
    try {
      store.conf = new Conf({
        projectName: 'stepwise',
        projectSuffix: '',
        cwd: dir,
        configName: 'progress',
        configFileMode: 0o600,
        clearInvalidConfig: false,
      });
    } catch (error) {
      store.fail(error);
      return store;
    }
    if (found.kind !== 'good' || found.migrated) {
      // A new or upgraded file is written whole, under the lock like every other change, and only
      // if another copy of stepwise has not written a current one since this one looked.
      store.save((conf) => {
        const latest = inspect(path, now.toISOString());
        if (latest.kind === 'good' && !latest.migrated) {
          store.data = structuredClone(latest.file) as Mutable;
          return;
        }
        conf.store = store.data as unknown as Record<string, unknown>;
      });
    }
    return store;
  }

  override get canSave(): boolean {
    return this.conf !== undefined;
  }

  private fail(error: unknown): void {
    this.conf = undefined;
    const code = (error as NodeJS.ErrnoException).code;
    this.notice = `Cannot write ${this.path} (${code ?? (error as Error).message}): progress will not be saved.`;
  }

  /** Applies a change in memory and, while the file can be written, to the file. */
  private save(change: (conf: Conf<Record<string, unknown>>) => void): void {
    const conf = this.conf;
    if (!conf) return;
    try {
      withFileLock(this.path, () => change(conf));
    } catch (error) {
      this.fail(error);
    }
  }

  override markDone(guide: string, item: string, at: string): void {
    super.markDone(guide, item, at);
    // One set of two keys: one read and one write of the file.
    this.save((conf) =>
      conf.set({
        [key('guides', guide, 'done', item)]: at,
        [key('guides', guide, 'updatedAt')]: at,
      }),
    );
  }

  override markUndone(guide: string, item: string, now = new Date().toISOString()): void {
    super.markUndone(guide, item, now);
    this.save((conf) => {
      conf.delete(key('guides', guide, 'done', item));
      conf.set(key('guides', guide, 'updatedAt'), now);
    });
  }

  override setRoute(
    guide: string,
    route: string | undefined,
    now = new Date().toISOString(),
  ): void {
    super.setRoute(guide, route, now);
    this.save((conf) => {
      if (route === undefined) conf.delete(key('guides', guide, 'route'));
      else conf.set(key('guides', guide, 'route'), route);
      conf.set(key('guides', guide, 'updatedAt'), now);
    });
  }

  override setPlace(guide: string, place: Place): void {
    super.setPlace(guide, place);
    this.save((conf) => conf.set(key('guides', guide, 'place'), place));
  }

  override touch(guide: string, now: string): void {
    const first = this.read(guide).firstUsed;
    super.touch(guide, now);
    this.save((conf) => {
      if (first === undefined) conf.set(key('guides', guide, 'firstUsed'), now);
      conf.set(key('guides', guide, 'lastUsed'), now);
      if (conf.get('formatVersion') === undefined) conf.set('formatVersion', FORMAT_VERSION);
    });
  }

  override reset(guide: string): void {
    super.reset(guide);
    this.save((conf) => conf.delete(key('guides', guide)));
  }

  /** What is in the file now, including what another copy of stepwise wrote since. */
  override read(guide: string): GuideRecord {
    if (this.conf) {
      try {
        const record = this.conf.get(key('guides', guide)) as GuideRecord | undefined;
        if (record) return { ...record, done: record.done ?? {} };
      } catch {
        // Fall back to what this run knows.
      }
    }
    return super.read(guide);
  }
}

/** Saves the difference between two versions of a guide's progress, item by item. */
export function saveProgress(
  store: ProgressStore,
  guide: string,
  before: Progress,
  after: Progress,
  now = new Date().toISOString(),
): void {
  for (const change of progressChanges(before, after)) {
    if (change.type === 'done') store.markDone(guide, change.item, change.at);
    else if (change.type === 'undone') store.markUndone(guide, change.item, now);
    else store.setRoute(guide, change.route, now);
  }
}
