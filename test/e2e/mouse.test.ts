// The mouse in a real terminal: SGR 1006 reports written into the pty as a terminal sends them.
import { afterEach, describe, expect, it } from 'vitest';
import { TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const open = (args: string[] = []) => {
  const terminal = new TestTerminal({ args });
  terminals.push(terminal);
  return terminal;
};
const press = (col: number, row: number, button = 0) =>
  `\u001b[<${button};${col};${row}M\u001b[<${button};${col};${row}m`;

describe('the mouse', () => {
  it('opens a tab, selects and opens an item, and scrolls with the wheel; off with --no-mouse', async () => {
    const terminal = open();
    await terminal.waitFor(/1 Steps.*4 Progress/);
    expect(terminal.output).toContain('\u001b[?1000h\u001b[?1006h');
    // Esc first: the first visit's disclaimer goes, and the list starts on row 3.
    terminal.write('\u001b');
    await terminal.waitFor(
      (screen) => screen.split('\n')[2]?.includes('○ 1. Know your options') ?? false,
    );
    terminal.write(press(30, 2));
    await terminal.waitFor('[4 Progress]');
    terminal.write(press(3, 2));
    await terminal.waitFor('[1 Steps]');
    // Row 5 is the third step; a second click opens it to its sub-steps.
    terminal.write(press(8, 5));
    await terminal.waitFor('› ○ 3. Call customer service');
    terminal.write(press(8, 5));
    await terminal.waitFor('›   ○ 3.1 Find the right number');
    // The wheel over the list moves the selection; over the text it scrolls the text.
    terminal.write(press(8, 8, 65));
    await terminal.waitFor('›   ○ 3.2 What happens on the call');
    const before = await terminal.waitFor('lines 1-');
    terminal.write(press(70, 10, 65));
    const after = await terminal.waitFor((screen) => /lines 4-/.test(screen));
    expect(after).not.toEqual(before);
    terminal.write('q');
    await terminal.exit();
    expect(terminal.output.slice(-200)).toContain('\u001b[?1006l\u001b[?1000l');

    const quiet = open(['--no-mouse']);
    await quiet.waitFor(/1 Steps.*4 Progress/);
    expect(quiet.output).not.toContain('\u001b[?1000h');
    // A report that arrives anyway does nothing; a key still works.
    quiet.write(press(30, 2));
    await quiet.settle(200);
    expect(quiet.screen()).toContain('[1 Steps]');
    quiet.write('2');
    await quiet.waitFor('[2 FAQ]');
  });
});
