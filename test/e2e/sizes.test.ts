// 80x24 first: at the sizes people's terminals open at, nothing that carries meaning is cut.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TestTerminal } from '../helpers/terminal.js';
import { runCli } from '../helpers/cli.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

const SIZES: readonly [number, number][] = [
  [80, 24],
  [100, 30],
  [60, 20],
];
const TAB_BAR = /1 Steps.*4 Progress/;

describe.each(SIZES)('at %ix%i', (cols, rows) => {
  it('every step keeps its marker, and the status bar keeps quit, done and help', async () => {
    terminal = new TestTerminal({ cols, rows });
    const screen = await terminal.waitFor(TAB_BAR);
    const lines = screen.split('\n');
    // Each step on screen (a short screen shows fewer, and scrolls) has its marker.
    const steps = lines.filter((line) => /[○●] [2-5]\. /.test(line));
    expect(steps.length, screen).toBeGreaterThanOrEqual(2);
    for (const row of steps) expect(row, screen).toMatch(/▸/);
    const status = lines.filter((line) => line.trim() !== '').at(-1) ?? '';
    expect(status).toMatch(/q quit/);
    expect(status).toMatch(/␣ done/);
    expect(status).toMatch(/\? help\s*$/);
  });

  it('shows the disclaimer whole on a first visit, until Esc', async () => {
    terminal = new TestTerminal({ cols, rows });
    const screen = (await terminal.waitFor(TAB_BAR)).replace(/\s+/g, ' ');
    expect(screen).toContain('does not ask for your full PIN by phone or email. (Esc hides this.)');
    terminal.write('2');
    await terminal.waitFor('[2 FAQ]');
    expect(terminal.screen().replace(/\s+/g, ' ')).toContain('(Esc hides this.)');
    terminal.write('1');
    await terminal.waitFor('[1 Steps]');
    terminal.write(KEYS.escape);
    await terminal.waitFor((now) => !now.includes('Esc hides this'));
  });

  it('wraps the help instead of cutting it', async () => {
    runCli(['done', 'options'], {
      configDir: (terminal = new TestTerminal({ cols, rows })).configDir,
    });
    await terminal.waitFor(TAB_BAR);
    terminal.write('?');
    let seen = await terminal.waitFor('Keys (? or Esc to close)');
    for (let press = 0; press < 30 && !seen.includes('suspend'); press += 1) {
      expect(seen).not.toMatch(/…/);
      terminal.write(KEYS.down);
      await terminal.settle(60);
      seen = terminal.screen();
    }
    expect(seen).not.toMatch(/…/);
    expect(seen).toContain('suspend (fg comes back)');
  });
});
