import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';

const WAIT_MS = 1000;
const STALE_MS = 5000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `change` while holding `<file>.lock`, so that two copies of stepwise never interleave a
 * read-modify-write of the same file (each would write back the other's state without the other's
 * change). Synchronous on purpose: a mark is saved before the screen shows it. A lock left by a
 * crashed copy is taken over after a few seconds; if the lock cannot be had within a second the
 * change goes ahead, since losing the person's action would be worse than the rare race.
 */
export function withFileLock<T>(file: string, change: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  let held = false;
  while (!held) {
    try {
      closeSync(openSync(lock, 'wx', 0o600));
      held = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) unlinkSync(lock);
      } catch {
        // Released or taken over meanwhile: try again.
      }
      if (Date.now() > deadline) break;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
  try {
    return change();
  } finally {
    if (held) {
      try {
        unlinkSync(lock);
      } catch {
        // Already gone.
      }
    }
  }
}
