// Browsing writes nothing; what is worth keeping is written once, at once for a mark. Counted the
// way a sync tool would see it: each time progress.json is replaced.
import {
  watch,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
let watcher: FSWatcher | undefined;
afterEach(() => {
  terminal?.dispose();
  watcher?.close();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** A person's pace between two keys. */
const PACE_MS = 250;
/** Longer than the pause after which the place is saved. */
const AFTER_PAUSE_MS = 2600;

/** Counts the writes of progress.json in the folder: events close together are one write. */
function countWrites(configDir: string): () => number {
  let writes = 0;
  let last = 0;
  watcher = watch(configDir, (_event, name) => {
    if (name !== 'progress.json') return;
    const now = Date.now();
    if (now - last > 30) writes += 1;
    last = now;
  });
  return () => writes;
}

async function openApp(configDir: string): Promise<TestTerminal> {
  terminal = new TestTerminal({ configDir });
  await terminal.waitFor(/1 Steps.*4 Progress/);
  await terminal.settle(200);
  return terminal;
}

async function press(app: TestTerminal, keys: readonly string[]) {
  for (const key of keys) {
    app.write(key);
    await pause(PACE_MS);
  }
}

describe('writes of progress', () => {
  it('none for opening the app and quitting without a key', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    const app = await openApp(configDir);
    app.write('q');
    await app.exit();
    expect(existsSync(join(configDir, 'progress.json'))).toBe(false);
  });

  it('at most one for ten presses of Down, and none for the help opened and closed', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    runCli(['done', 'options'], { configDir });
    const writes = countWrites(configDir);
    const app = await openApp(configDir);
    await press(
      app,
      Array.from({ length: 10 }, () => KEYS.down),
    );
    await pause(AFTER_PAUSE_MS);
    expect(writes()).toBeLessThanOrEqual(1);
    const afterMoving = writes();
    await press(app, ['?', '?']);
    await pause(AFTER_PAUSE_MS);
    expect(writes()).toBe(afterMoving);
    app.write('q');
    await app.exit();
    // Quitting saves nothing new: the place was saved after the pause.
    expect(writes()).toBe(afterMoving);
  });

  it('at most one for switching to the FAQ and typing a search', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    runCli(['done', 'options'], { configDir });
    const writes = countWrites(configDir);
    const app = await openApp(configDir);
    await press(app, ['2', '/']);
    for (const letter of 'forgotten pin') {
      app.write(letter);
      await pause(120);
    }
    await pause(AFTER_PAUSE_MS);
    expect(writes()).toBeLessThanOrEqual(1);
    app.write(KEYS.escape);
    app.write('q');
    await app.exit();
  });

  it('a mark at once: saved before the screen shows it, and kept when the app is killed', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    const app = await openApp(configDir);
    app.write(KEYS.down);
    await app.waitFor('› ○ 2.');
    app.write(' ');
    await app.waitFor('› ● 2.');
    app.pty.kill('SIGKILL');
    await app.exited;
    const saved = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    expect(Object.keys(saved.guides['amex-pin'].done)).toEqual([
      'online.register',
      'online.retrieve',
      'online.have',
    ]);
  });
});

describe('a file too busy to save in', () => {
  it('says on leaving that a change could not be saved, and exits non-zero', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    runCli(['done', 'options'], { configDir });
    // Another copy of stepwise (this test's process) holds the file's lock throughout.
    writeFileSync(
      join(configDir, 'progress.json.lock'),
      JSON.stringify({ pid: process.pid, token: 'held-by-the-test' }),
    );
    const app = await openApp(configDir);
    app.write(KEYS.down);
    await app.waitFor('› ○ 2.');
    app.write(' ');
    await app.waitFor('› ● 2.');
    app.write('q');
    const { exitCode } = await app.exit(20_000);
    expect(exitCode).toBe(1);
    expect(app.output).toMatch(/stepwise: some of your changes were not saved \(.*busy/);
    expect(app.isAlternateScreen).toBe(false);
  }, 30_000);
});

describe('a terminal closed at once', () => {
  it('keeps the place moved to just before, although no pause came', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-writes-'));
    runCli(['done', 'options'], { configDir });
    const app = await openApp(configDir);
    app.write('4');
    await app.waitFor('[4 Progress]');
    app.pty.kill('SIGHUP');
    await app.exited;
    const saved = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    expect(saved.guides['amex-pin'].place.pane).toBe('progress');
  });
});
