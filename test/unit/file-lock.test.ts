import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockBusyError, takeOver, withFileLock } from '../../source/adapters/file-lock.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'stepwise-lock-')), 'progress.json');
/** The pid of a process that has exited: its lock was left behind. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;
const lockBy = (pid: number, token = 'theirs') => JSON.stringify({ pid, token });

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

  it('takes over a lock left behind by a copy that is gone, leaving nothing behind', () => {
    const path = file();
    writeFileSync(`${path}.lock`, lockBy(deadPid()));
    expect(withFileLock(path, () => 'done')).toBe('done');
    expect(readdirSync(dirname(path))).toEqual([]);
  });

  it('takes over an old lock whose owner cannot be read', () => {
    const path = file();
    writeFileSync(`${path}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    expect(withFileLock(path, () => 'done')).toBe('done');
  });

  it('treats a lock of the wrong type (a folder) as stale', () => {
    const path = file();
    mkdirSync(`${path}.lock`);
    writeFileSync(join(`${path}.lock`, 'inside'), 'x');
    expect(withFileLock(path, () => 'done')).toBe('done');
    expect(readdirSync(dirname(path))).toEqual([]);
  });

  it('never runs the change without the lock: a live holder makes it give up, busy', () => {
    const path = file();
    // The test runner's parent process is alive for the whole test.
    writeFileSync(`${path}.lock`, lockBy(process.ppid));
    let ran = false;
    expect(() =>
      withFileLock(
        path,
        () => {
          ran = true;
        },
        100,
      ),
    ).toThrow(LockBusyError);
    expect(ran).toBe(false);
    // Someone else's lock is theirs to remove.
    expect(existsSync(`${path}.lock`)).toBe(true);
  });
});

describe('taking over a stale lock', () => {
  it('puts back a fresh lock that another copy made meanwhile', () => {
    const path = file();
    writeFileSync(`${path}.lock`, lockBy(process.pid, 'fresh'));
    takeOver(`${path}.lock`, { pid: deadPid(), token: 'stale' });
    expect(readFileSync(`${path}.lock`, 'utf8')).toContain('fresh');
  });

  it('puts back a lock caught empty, between its creation and its first write', () => {
    const path = file();
    writeFileSync(`${path}.lock`, '');
    takeOver(`${path}.lock`, undefined);
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('removes the lock it judged stale', () => {
    const path = file();
    writeFileSync(`${path}.lock`, lockBy(12345, 'stale'));
    takeOver(`${path}.lock`, { pid: 12345, token: 'stale' });
    expect(readdirSync(dirname(path))).toEqual([]);
  });
});
