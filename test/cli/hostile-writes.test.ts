// Writes that go where they are told and nowhere else: --output never writes through a link or
// into a device, and odd files beside progress.json are never read.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  statSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliHere } from '../helpers/cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-writes-'));

describe('--output', () => {
  it.each([
    ['export', ['export']],
    ['remind', ['remind', '--ics']],
  ])('%s replaces a symbolic link instead of writing through it', async (_name, args) => {
    const dir = fresh();
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me\n');
    const link = join(dir, 'out.txt');
    symlinkSync(target, link);
    const result = await runCliHere([...args, '--output', link], { configDir: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8').length).toBeGreaterThan(0);
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a device other than standard output, and writes /dev/stdout to standard output', async () => {
    const dir = fresh();
    const devnull = await runCliHere(['export', '--output', '/dev/null'], { configDir: dir });
    expect(devnull.code).toBe(1);
    expect(devnull.stderr).toMatch(/^stepwise export: \/dev\/null is not a regular file/);
    const stdout = await runCliHere(['export', '--output', '/dev/stdout'], { configDir: dir });
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('- [ ]');
  });

  it('leaves no temporary file when the write fails', async () => {
    const dir = fresh();
    const missing = join(dir, 'no-such-folder', 'out.md');
    const result = await runCliHere(['export', '--output', missing], { configDir: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write .*out\.md \(ENOENT\)/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--output, more ways', () => {
  it('refuses /dev/stderr and any other device path, and a link that stands for a folder', async () => {
    const dir = fresh();
    const stderr = await runCliHere(['export', '--output', '/dev/stderr'], { configDir: dir });
    expect(stderr.code).toBe(1);
    expect(stderr.stderr).toMatch(/\/dev\/stderr is not a regular file/);
    expect(lstatSync('/dev/stderr').isSymbolicLink() || !lstatSync('/dev/stderr').isFile()).toBe(
      true,
    );
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'folder'), join(dir, 'linked'));
    const linked = await runCliHere(['export', '--output', join(dir, 'linked')], {
      configDir: dir,
    });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toMatch(/is a link to a folder/);
    expect(lstatSync(join(dir, 'linked')).isSymbolicLink()).toBe(true);
  });

  it('keeps the permissions of a file it replaces: private notes stay private', async () => {
    const dir = fresh();
    const target = join(dir, 'mine.md');
    writeFileSync(target, 'old\n', { mode: 0o600 });
    chmodSync(target, 0o600);
    expect((await runCliHere(['export', '--output', target], { configDir: dir })).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe('files beside progress.json', () => {
  it('a pipe or a link to a device named like an earlier copy is never read', async () => {
    const configDir = fresh();
    writeFileSync(
      join(configDir, 'progress.json'),
      JSON.stringify({ formatVersion: 2, guides: { 'amex-pin': { done: { options: 'never' } } } }),
    );
    spawnSync('mkfifo', [join(configDir, 'progress.json.before-20260101T000000Z')]);
    symlinkSync('/dev/zero', join(configDir, 'progress.json.before-20260102T000000Z'));
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'bin', 'stepwise.js'), 'done', 'options'],
      {
        env: { ...process.env, STEPWISE_CONFIG_DIR: configDir },
        encoding: 'utf8',
        // A read of the pipe would block for ever, deaf to SIGTERM: stopped for good instead.
        timeout: 15_000,
        killSignal: 'SIGKILL',
      },
    );
    expect(result.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.status).toBe(0);
    // Its own copy is made, a regular file.
    const copies = readdirSync(configDir).filter((name) => name.includes('.before-'));
    expect(copies).toHaveLength(3);
    expect(copies.filter((name) => lstatSync(join(configDir, name)).isFile())).toHaveLength(1);
    expect(existsSync(join(configDir, 'progress.json'))).toBe(true);
  });

  it('a progress.json that links to a file that does not exist makes no folders where it points', async () => {
    const configDir = fresh();
    const elsewhere = join(fresh(), 'not', 'there', 'progress.json');
    symlinkSync(elsewhere, join(configDir, 'progress.json'));
    const result = await runCliHere(['done', 'options'], { configDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('which does not exist: remove the link');
    expect(existsSync(join(elsewhere, '..'))).toBe(false);
  });
});
