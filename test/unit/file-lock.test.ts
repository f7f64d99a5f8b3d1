import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../source/adapters/file-lock.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'stepwise-lock-')), 'progress.json');

describe('the progress file lock', () => {
  it('is held during the change and released after it, even when the change throws', () => {
    const path = file();
    expect(withFileLock(path, () => existsSync(`${path}.lock`))).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(() =>
      withFileLock(path, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('takes over a lock left behind by a copy that crashed', () => {
    const path = file();
    writeFileSync(`${path}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    const started = Date.now();
    expect(withFileLock(path, () => 'done')).toBe('done');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('waits for a lock that is held, then goes ahead rather than lose the change', () => {
    const path = file();
    writeFileSync(`${path}.lock`, '');
    const started = Date.now();
    expect(withFileLock(path, () => 'done')).toBe('done');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    // Someone else's lock is theirs to remove.
    expect(existsSync(`${path}.lock`)).toBe(true);
  });
});
