import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { KEYS, ROOT, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const PASSPORT = join(ROOT, 'test', 'fixtures', 'guides', 'passport.md');
const start = (args: string[], configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'))) => {
  const terminal = new TestTerminal({ args, configDir });
  terminals.push(terminal);
  return terminal;
};

describe('several guides', () => {
  it('shows a picker with --content, opens the chosen guide, and b comes back to it', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    runCli(['done', 'options', 'phone'], { configDir });
    const terminal = start(['--content', join(ROOT, 'test', 'fixtures', 'guides')], configDir);
    let screen = await terminal.waitFor('choose a guide (2)');
    expect(screen).toMatch(/Get your American Express PIN\s+4\/14 done/);
    expect(screen).toMatch(/Renew a passport\s+not started/);
    terminal.write(KEYS.down + KEYS.enter);
    // The guide loads after the picker closes; wait for its list, not only its title.
    screen = await terminal.waitFor('1. Check you can renew');
    expect(screen).toContain('stepwise · Renew a passport');
    terminal.write(KEYS.space);
    await terminal.waitFor('1/6 done');
    terminal.write('b');
    screen = await terminal.waitFor('choose a guide (2)');
    // Last used first: the passport guide now leads, with its own progress.
    expect(screen).toMatch(/› Renew a passport\s+1\/6 done/);
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    const amex = JSON.parse(runCli(['progress', '--json'], { configDir }).stdout);
    expect(amex.completed).toBe(4);
  });

  it('adds a folder with STEPWISE_CONTENT_DIR too, and lists it', () => {
    const { stdout } = runCli(['list'], {
      env: { STEPWISE_CONTENT_DIR: join(ROOT, 'test', 'fixtures', 'guides') },
    });
    expect(stdout).toMatch(/passport-renewal\s+3\s+1\s+Renew a passport/);
    expect(stdout).toMatch(/amex-pin\s+5\s+10/);
  });

  it('opens any file with --guide, without the picker', async () => {
    const terminal = start([
      '--guide',
      PASSPORT,
      '--content',
      join(ROOT, 'test', 'fixtures', 'guides'),
    ]);
    const screen = await terminal.waitFor('stepwise · Renew a passport');
    expect(screen).not.toContain('choose a guide');
  });
});

describe('watching a guide file', () => {
  it('reloads on change keeping the place, and keeps the last good version on an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-watch-'));
    const file = join(dir, 'guide.md');
    copyFileSync(PASSPORT, file);
    const terminal = start(['--guide', file, '--watch']);
    await terminal.waitFor('1. Check you can renew');
    terminal.write('G');
    await terminal.waitFor('› ○ 3. Renew by post');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('### Renew by post', '### Renew by post office'));
    let screen = await terminal.waitFor('› ○ 3. Renew by post office');
    expect(screen).toContain('3. Renew by post office');
    writeFileSync(file, text.replace('{id: post, route: post}', '{id: post, route: fax}'));
    screen = await terminal.waitFor('unknown route "fax"');
    expect(screen).toContain(`${file}:`);
    expect(screen).toContain('› ○ 3. Renew by post office');
    writeFileSync(file, text);
    screen = await terminal.waitFor(
      (s) => !s.includes('unknown route') && s.includes('› ○ 3. Renew by post'),
    );
    expect(screen).not.toContain('post office');
  });
});

describe('watching a guide file that becomes costly to parse', () => {
  it('says so in the status bar, keeps the last good version, and the keys still work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-watch-'));
    const file = join(dir, 'guide.md');
    copyFileSync(PASSPORT, file);
    const terminal = start(['--guide', file, '--watch']);
    await terminal.waitFor('1. Check you can renew');
    const text = readFileSync(file, 'utf8');
    // Four million brackets in paragraphs: gigabytes to parse in the app's own memory, before
    // large guides were parsed in a process of their own.
    writeFileSync(
      file,
      `${text}\n${Array.from({ length: 100 }, () => '['.repeat(40_000)).join('\n\n')}\n`,
    );
    const screen = await terminal.waitFor('too costly to read', 60_000);
    expect(screen).toContain('1. Check you can renew');
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
  }, 90_000);
});

describe('searching every guide from the picker', () => {
  it('finds a step or a question in any guide with /, and opens that guide at it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-guides-'));
    const router = runCli([
      'import',
      join(ROOT, 'test', 'fixtures', 'imported', 'router-wifi.txt'),
    ]);
    writeFileSync(join(dir, 'router.md'), router.stdout);
    const terminal = start(['--content', dir]);
    await terminal.waitFor('choose a guide (2)');
    terminal.write('/');
    await terminal.waitFor('every guide');
    // Letters are text here: q does not quit, j does not move.
    terminal.write('reboot the router quickly');
    const found = await terminal.waitFor('Will unplugging the router lose my settings?');
    expect(found).toContain('FAQ · Fix a home internet connection that keeps dropping');
    expect(found).toMatch(/› Restart the router\s+step · Fix a home internet connection/);
    expect(found).toMatch(/\/ reboot the router quickly +\d+ found/);
    for (let index = 0; index < ' quickly'.length; index += 1) terminal.write(KEYS.backspace);
    await terminal.waitFor(/\/ reboot the router +\d+ found/);
    terminal.write(KEYS.enter);
    const step = await terminal.waitFor('[1 Steps]');
    expect(step).toContain('› ○ 1. Restart the router');
    terminal.write('b');
    await terminal.waitFor('choose a guide (2)');
    terminal.write('/');
    await terminal.waitFor('every guide');
    terminal.write('unplugging it, will i lose settings');
    await terminal.waitFor(/› Will unplugging the router lose my settings\?/);
    terminal.write(KEYS.enter);
    const question = await terminal.waitFor('[2 FAQ]');
    expect(question).toMatch(/› Will unplugging the router lose my sett/);
    terminal.write('b');
    await terminal.waitFor('choose a guide (2)');
    terminal.write('/');
    await terminal.waitFor('every guide');
    terminal.write('zzzzqqq');
    await terminal.waitFor('Nothing in any guide matches "zzzzqqq".');
    terminal.write(KEYS.escape);
    await terminal.waitFor(
      (screen) =>
        !screen.includes('Nothing in any guide') && screen.includes('/ search every guide'),
    );
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
  });
});
