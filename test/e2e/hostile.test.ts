// The full-screen app against hostile guides, pastes and a dumb terminal, in a real pty.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CONTROL_CLASSES, hostileGuide } from '../helpers/hostile.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

const TAB_BAR = /1 Steps.*2 FAQ.*3 Tips.*4 Progress/;
const PASTE = (text: string) => `\x1b[200~${text}\x1b[201~`;

/**
 * What the app itself may write: CSI styling and modes, OSC 8 links and its question for the
 * background colour (OSC 11 with "?"); nothing from a guide.
 */
function foreignControls(output: string): string[] {
  const found: string[] = [];
  // Any other OSC: 0/1/2 set titles, 52 writes the clipboard.
  for (const match of output.matchAll(/\x1b\](?!8;|11;\?)[^\x07\x1b]{0,40}/g)) {
    found.push(match[0]);
  }
  // C1 controls, bidi controls and line separators never appear in the app's own output.
  for (const match of output.matchAll(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g)) {
    found.push(`U+${match[0].codePointAt(0)?.toString(16)}`);
  }
  return found;
}

describe('a hostile guide in the app', () => {
  it.each(CONTROL_CLASSES.slice(0, 6))(
    '$name reaches no frame, in any pane or the picker',
    async (payload) => {
      const dir = mkdtempSync(join(tmpdir(), 'stepwise-hostile-app-'));
      writeFileSync(join(dir, 'hostile.md'), hostileGuide(payload));
      terminal = new TestTerminal({ args: ['--content', dir] });
      await terminal.waitFor('choose a guide');
      // The hostile guide is the first one: opened, then every pane and the help.
      terminal.write(KEYS.enter);
      await terminal.waitFor(TAB_BAR);
      for (const key of [KEYS.down, KEYS.enter, '2', '3', '4', '?', '?', 'b']) {
        terminal.write(key);
        await terminal.settle(60);
      }
      await terminal.waitFor('choose a guide');
      expect(foreignControls(terminal.output)).toEqual([]);
      expect(terminal.output).toContain('Title');
    },
  );
});

describe('pasted text', () => {
  it('is never read as keys: a paste of "try yes" and "q" neither resets nor quits', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-paste-'));
    runCli(['done', 'options'], { configDir });
    terminal = new TestTerminal({ configDir });
    await terminal.waitFor('1/14 done');
    expect(terminal.output).toContain('\x1b[?2004h');
    terminal.write('4');
    await terminal.waitFor('[4 Progress]');
    terminal.write(PASTE('try yes\rq'));
    // The whole frame: the message, and the status bar still at 1/14.
    await terminal.waitFor(
      (screen) =>
        screen.includes('Pasted text is only used in the search box') &&
        screen.includes('1/14 done'),
    );
    terminal.write('x');
    await terminal.waitFor((s) => !s.includes('Pasted text'));
    expect(terminal.isAlternateScreen).toBe(true);
    const saved = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    expect(Object.keys(saved.guides['amex-pin'].done)).toEqual(['options']);
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    // Bracketed paste is turned off again on the way out.
    expect(terminal.output.lastIndexOf('\x1b[?2004l')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?2004h'),
    );
  });

  it('stays text when it holds its own end marker: what follows in the same burst is pasted too', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-paste-'));
    runCli(['done', 'options'], { configDir });
    terminal = new TestTerminal({ configDir });
    await terminal.waitFor('1/14 done');
    terminal.write('4');
    await terminal.waitFor('[4 Progress]');
    terminal.write(`\x1b[200~x\x1b[201~ry q`);
    await terminal.waitFor('Pasted text is only used in the search box');
    await terminal.settle(200);
    expect(terminal.isAlternateScreen).toBe(true);
    expect(terminal.screen()).toContain('1/14 done');
    expect(terminal.screen()).not.toContain('Reset all progress');
  });

  it('stays text when Esc comes just before it, in the same burst', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write(`\x1b${PASTE('xq')}`);
    await terminal.waitFor('Pasted text is only used in the search box');
    await terminal.settle(200);
    expect(terminal.isAlternateScreen).toBe(true);
  });

  it('goes into the search box when it has focus, as one piece of text', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('/');
    await terminal.waitFor('[2 FAQ]');
    terminal.write(PASTE('reset\ronline'));
    const screen = await terminal.waitFor('reset online');
    expect(screen).toContain('Can I reset my PIN online?');
    expect(terminal.isAlternateScreen).toBe(true);
  });
});

describe('escape sequences as input', () => {
  it('a colour code typed or pasted is no key, and the app goes on', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('\x1b[31m');
    await terminal.settle(100);
    terminal.write('/');
    await terminal.waitFor('[2 FAQ]');
    terminal.write(PASTE('lost\x1b[31m\u202e pin'));
    const screen = await terminal.waitFor('/ lost pin');
    expect(screen).toMatch(/\d+ match/);
    expect(terminal.isAlternateScreen).toBe(true);
  });
});

describe('unknown escape sequences', () => {
  it('are no keys: "ESC [ q" does not quit, and kitty-style keys still work', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('\x1b[q');
    await terminal.settle(150);
    expect(terminal.isAlternateScreen).toBe(true);
    // "ESC [ 51 u" is the 3 key in the kitty keyboard protocol.
    terminal.write('\x1b[51u');
    await terminal.waitFor('[3 Tips]');
  });
});

describe('TERM=dumb', () => {
  it('prints the guide instead of opening the full-screen app', async () => {
    terminal = new TestTerminal({ env: { TERM: 'dumb' } });
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(terminal.output).toContain('Get your American Express PIN');
    expect(terminal.output).not.toContain('\x1b[?1049h');
  });
});
