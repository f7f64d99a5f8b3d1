import {
  closeSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { t } from '../domain/i18n/translate.js';

/** How long to wait for another copy of stepwise to finish its write: as long as a person would. */
const WAIT_MS = 5000;
/** A lock whose owner cannot be identified (half written) is stale after this long. */
const UNREADABLE_STALE_MS = 2000;
const pause = new Int32Array(new SharedArrayBuffer(4));

export class LockBusyError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly file: string) {
    super(
      t('the progress file is busy: another copy of stepwise held it for {value} s', {
        value: WAIT_MS / 1000,
      }),
    );
  }
}

export type Owner = { readonly pid: number; readonly token: string };

function readOwner(lock: string): Owner | undefined {
  try {
    const data = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Owner>;
    return typeof data.pid === 'number' && typeof data.token === 'string'
      ? { pid: data.pid, token: data.token }
      : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at this path was left behind, and by whom (to check what a takeover took). */
function staleLock(lock: string): { readonly stale: boolean; readonly owner?: Owner } {
  let stat;
  try {
    stat = lstatSync(lock);
  } catch {
    return { stale: false };
  }
  // A folder, a link or anything but a file was not made by this code: nobody will clear it.
  if (!stat.isFile()) return { stale: true };
  const owner = readOwner(lock);
  if (!owner) return { stale: Date.now() - stat.mtimeMs > UNREADABLE_STALE_MS };
  return { stale: owner.pid !== process.pid && !isRunning(owner.pid), owner };
}

/**
 * Takes over a lock left by a copy that is gone. The lock is moved aside by an atomic rename, never
 * by stat-then-unlink: should the rename have caught a fresh lock of a live copy instead (it was
 * released and retaken between the check and the rename), the lock is linked back, which fails
 * harmlessly if yet another copy has taken the path meanwhile.
 */
export function takeOver(lock: string, judged: Owner | undefined): void {
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  let moved;
  try {
    moved = lstatSync(aside);
  } catch {
    return;
  }
  // Put it back unless it is positively the lock judged stale: the same owner's token, or (for a
  // lock judged by its age or type) still unreadable and old, or still not a file. A fresh lock,
  // even one caught empty between its creation and its first write, goes back.
  const owner = moved.isFile() ? readOwner(aside) : undefined;
  const same = judged
    ? owner?.token === judged.token
    : !moved.isFile() || (owner === undefined && Date.now() - moved.mtimeMs > UNREADABLE_STALE_MS);
  if (!same) {
    try {
      linkSync(aside, lock);
    } catch {
      // The path is taken again: that copy holds the lock now.
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

function tryCreate(lock: string, owner: Owner): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ ...owner, since: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Runs `change` while holding `<file>.lock`, so that two copies of stepwise never interleave a
 * read-modify-write of the same file. Synchronous on purpose: a mark is saved before the screen
 * shows it. Waits with backoff for a few seconds; if the lock still cannot be had, `change` does not
 * run and a LockBusyError says so: writing without the lock could lose another copy's marks.
 */
export function withFileLock<T>(file: string, change: () => T, waitMs = WAIT_MS): T {
  const lock = `${file}.lock`;
  const owner: Owner = { pid: process.pid, token: Math.random().toString(36).slice(2) };
  const deadline = Date.now() + waitMs;
  let delay = 2;
  while (!tryCreate(lock, owner)) {
    const { stale, owner: holder } = staleLock(lock);
    if (stale) {
      takeOver(lock, holder);
      continue;
    }
    if (Date.now() > deadline) throw new LockBusyError(file);
    Atomics.wait(pause, 0, 0, delay);
    delay = Math.min(delay * 2, 50);
  }
  try {
    return change();
  } finally {
    // Only our own lock: had it been taken over, the path now belongs to another copy.
    if (readOwner(lock)?.token === owner.token) {
      try {
        unlinkSync(lock);
      } catch {
        // Already gone.
      }
    }
  }
}
