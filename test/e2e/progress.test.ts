import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const open = (configDir: string, cols = 100, rows = 30) => {
  const terminal = new TestTerminal({ configDir, cols, rows });
  terminals.push(terminal);
  return terminal;
};
const TAB_BAR = /1 Steps.*4 Progress/;
const doneIds = (configDir: string) =>
  JSON.parse(runCli(['progress', '--json'], { configDir }).stdout).done as string[];

describe('progress that is never lost', () => {
  it('keeps marks, pane and item across a restart, and greets the person', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    const first = open(configDir);
    await first.waitFor(TAB_BAR);
    first.write(KEYS.space);
    await first.waitFor('› ● 1. Know your options');
    first.write(KEYS.down);
    first.write(KEYS.enter);
    await first.waitFor('›   ○ 2.1 Register for online access');
    first.write(KEYS.space);
    await first.waitFor('›   ● 2.1 Register for online access');
    first.write(KEYS.down);
    first.write(KEYS.space);
    await first.waitFor('›   ● 2.2 Retrieve the PIN online');
    first.write(KEYS.down);
    first.write(KEYS.space);
    await first.waitFor('›   ● 2.3 Have your PIN in hand');
    await first.waitFor('5/14 done');
    first.write('q');
    expect((await first.exit()).exitCode).toBe(0);

    const second = open(configDir);
    const screen = await second.waitFor('Welcome back');
    expect(screen).toMatch(
      /Welcome back - 5\/14 done, last here moments ago\. Next: 3\.1 Find the right number/,
    );
    expect(screen).toContain('›   ● 2.3 Have your PIN in hand');
    expect(screen).toContain('● 1. Know your options');
    expect(screen).toContain('[1 Steps]');
    second.write(KEYS.down);
    const after = await second.waitFor((s) => !s.includes('Welcome back'));
    expect(after).toContain('› ○ 3. Call customer service');
  });

  it('keeps a mark when the process is killed right after the screen shows it', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    const terminal = open(configDir);
    await terminal.waitFor(TAB_BAR);
    terminal.write(KEYS.space);
    await terminal.waitFor('› ● 1. Know your options');
    process.kill(terminal.pty.pid, 'SIGKILL');
    await terminal.exit();
    expect(doneIds(configDir)).toEqual(['options']);
  });

  it('resets after r and y, and keeps everything after r and n', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    runCli(['done', 'options', 'phone'], { configDir });
    const terminal = open(configDir);
    await terminal.waitFor('Welcome back');
    terminal.write('4');
    await terminal.waitFor('[4 Progress]');
    terminal.write('r');
    await terminal.waitFor('Reset all progress on this guide? Press y to reset, n to keep it.');
    terminal.write('n');
    await terminal.waitFor((s) => !s.includes('Reset all progress'));
    expect(doneIds(configDir)).toEqual(['options', 'phone.number', 'phone.call']);
    terminal.write('r');
    await terminal.waitFor('Press y to reset');
    terminal.write('y');
    await terminal.waitFor('Progress on this guide was reset.');
    await terminal.waitFor('0/14 done');
    expect(doneIds(configDir)).toEqual([]);
  });

  it('keeps both sets of marks when two copies are open at once', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    const one = open(configDir);
    const two = open(configDir);
    await Promise.all([one.waitFor(TAB_BAR), two.waitFor(TAB_BAR)]);
    one.write(KEYS.space);
    await one.waitFor('› ● 1. Know your options');
    two.write('G');
    await two.waitFor('› ○ 5. After you have your PIN');
    two.write(KEYS.space);
    await two.waitFor('› ● 5. After you have your PIN');
    one.write('q');
    two.write('q');
    await Promise.all([one.exit(), two.exit()]);
    expect(doneIds(configDir).sort()).toEqual(['after.secure', 'after.use', 'options']);
  });

  it('lets the person choose a route, dims the others and counts only theirs', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    const terminal = open(configDir);
    await terminal.waitFor(TAB_BAR);
    terminal.write('4');
    await terminal.waitFor('› ○ Online account');
    terminal.write(KEYS.down + KEYS.down + KEYS.enter);
    const screen = await terminal.waitFor('› ◉ Mail');
    expect(screen).toContain('0/7 done');
    expect(JSON.parse(runCli(['progress', '--json'], { configDir }).stdout).route).toBe('mail');
    terminal.write('c');
    await terminal.waitFor('› ○ 1. Know your options');
  });
});

describe('a progress file with problems', () => {
  it('says a damaged file is damaged, leaves it while the person looks, and moves it aside at the first change', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    writeFileSync(join(configDir, 'progress.json'), '{"formatVersion": 2, "gui');
    const terminal = open(configDir);
    const screen = await terminal.waitFor('Saved progress is not valid JSON: it is left as it is');
    expect(screen).toContain('1. Know your options');
    const aside = () =>
      readdirSync(configDir).some((name) => name.startsWith('progress.json.corrupt-'));
    terminal.write(KEYS.down);
    await terminal.waitFor('› ○ 2. Use your online');
    expect(aside()).toBe(false);
    expect(readFileSync(join(configDir, 'progress.json'), 'utf8')).toBe(
      '{"formatVersion": 2, "gui',
    );
    terminal.write(KEYS.space);
    await terminal.waitFor('› ● 2. Use your online');
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(aside()).toBe(true);
    expect(JSON.parse(runCli(['progress', '--json'], { configDir }).stdout).done).toContain(
      'online.register',
    );
  });

  it('runs without saving when the folder cannot be made, and says so', async () => {
    const base = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    writeFileSync(join(base, 'file'), '');
    const terminal = open(join(base, 'file', 'config'));
    const screen = await terminal.waitFor('progress will not be saved');
    expect(screen).toContain('[1 Steps]');
    terminal.write(KEYS.space);
    await terminal.waitFor('› ● 1. Know your options');
    expect(await terminal.waitFor('progress will not be saved')).toBeTruthy();
  });
});

describe('a busy progress file', () => {
  it('says so, and saves the change that could not be saved with the next one', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-busy-'));
    runCli(['done', 'options'], { configDir });
    // Another copy holds the lock: a live process, so it is not stale.
    const holder = spawn('sleep', ['30']);
    const lock = join(configDir, 'progress.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: holder.pid, token: 'other' }));
    try {
      const terminal = new TestTerminal({ configDir });
      await terminal.waitFor('1/14 done');
      terminal.write(KEYS.down + KEYS.enter + KEYS.space);
      await terminal.waitFor('the progress file is busy', 10_000);
      rmSync(lock);
      terminal.write(KEYS.down + KEYS.space);
      await terminal.waitFor((screen) => !screen.includes('busy') && screen.includes('3/14 done'));
      terminal.write('q');
      await terminal.exit();
      terminal.dispose();
      const saved = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
      expect(Object.keys(saved.guides['amex-pin'].done).sort()).toEqual([
        'online.register',
        'online.retrieve',
        'options',
      ]);
    } finally {
      holder.kill();
    }
  });
});

describe('a guide edited between visits', () => {
  it("keeps the marks, says what changed, and a removed item's mark comes back with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-edited-'));
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-edited-config-'));
    const path = join(dir, 'guide.md');
    const version = (extra: string, keep: boolean) =>
      `---\nid: edited\ntitle: Edited\n---\n\n## Steps\n\n### First\n<!-- id: first -->\n\nOne.\n\n${keep ? '### Second\n<!-- id: second -->\n\nTwo.\n\n' : ''}${extra}`;
    writeFileSync(path, version('', true));
    runCli(['done', 'first', 'second', '--guide', path], { configDir });
    let terminal = new TestTerminal({ configDir, args: ['--guide', path] });
    await terminal.waitFor('2/2 done');
    terminal.write('q');
    await terminal.exit();
    terminal.dispose();
    writeFileSync(path, version('### Third\n<!-- id: third -->\n\nThree.\n', false));
    terminal = new TestTerminal({ configDir, args: ['--guide', path] });
    const screen = await terminal.waitFor('The guide changed');
    expect(screen.replace(/\s+/g, ' ')).toMatch(/new 2\. Third; 1 item removed/);
    expect(screen).toContain('1/2 done');
    terminal.write('q');
    await terminal.exit();
    terminal.dispose();
    const saved = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    expect(Object.keys(saved.guides.edited.done).sort()).toEqual(['first', 'second']);
    writeFileSync(path, version('', true));
    expect(
      JSON.parse(runCli(['progress', '--json', '--guide', path], { configDir }).stdout).completed,
    ).toBe(2);
  });
});
