// The app for a screen reader, in a real pseudo-terminal: the raw bytes it writes, not only what
// the screen shows. A screen reader reads the normal screen with its cursor, so there must be no
// alternate screen, no hidden cursor, no mouse reporting, no drawing, and no repaint while idle.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TestTerminal, type TerminalOptions } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const open = (options: TerminalOptions) => {
  const terminal = new TestTerminal(options);
  terminals.push(terminal);
  return terminal;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What must never be in the bytes written for a screen reader. */
function expectReaderBytes(output: string) {
  expect(output).not.toContain('\u001b[?1049h');
  expect(output).not.toContain('\u001b[?47h');
  expect(output).not.toContain('\u001b[?25l');
  expect(output).not.toMatch(/\u001b\[\?(?:1000|1001|1002|1003|1005|1006|1015)h/);
  expect(output).not.toMatch(/[\u2500-\u259f\u2800-\u28ff]/u);
  // Nor a question to the terminal whose answer would be read out.
  expect(output).not.toContain('\u001b]11;?');
}

describe.each([
  ['--screen-reader', { args: ['--screen-reader'] }],
  ['INK_SCREEN_READER=true', { env: { INK_SCREEN_READER: 'true' } }],
  ['ACCESSIBLE=1', { env: { ACCESSIBLE: '1' } }],
])('with %s', (name, options) => {
  it.each([
    [80, 24],
    [100, 30],
  ])(
    'at %ix%i, reads plain lines, marks, searches, and stays still while idle',
    async (cols, rows) => {
      const terminal = open({ cols, rows, ...options });
      const first = await terminal.waitFor(/tablist: tab: \(selected\) Steps \(key 1\)/);
      expect(terminal.isAlternateScreen).toBe(false);
      expect(first).toMatch(/^list: listitem: \(selected\) 1\. .*, not done/m);
      expect(first).toContain('? for keys, q quits.');

      // Idle: not one byte for three seconds. The mode is the same however it was turned on, so
      // the flag's runs wait, and the others do not wait again.
      await terminal.settle();
      const idle = terminal.output.length;
      await sleep(name === '--screen-reader' ? 3000 : 300);
      expect(terminal.output.length).toBe(idle);

      // Down then Space marks the second step, and says so.
      terminal.write(KEYS.down);
      await terminal.waitFor(/listitem: \(selected\) 2\./);
      terminal.write(KEYS.space);
      const marked = await terminal.waitFor(/: marked done, with its 3 sub-steps\./);
      // The first line is what was said.
      expect(marked).toMatch(/^2\. Use your online account: marked done, with its 3 sub-steps\./);
      expect(marked).toMatch(/listitem: \(selected, checked\) 2\. .*, done/);

      // 2 then /lost finds the question about a lost PIN.
      terminal.write('2');
      await terminal.waitFor(/tab: \(selected\) FAQ \(key 2\)/);
      terminal.write('/lost');
      const found = await terminal.waitFor(/textbox: \(selected\) Search the guide: lost, /);
      // Long lines wrap at the terminal's width, as any text does.
      expect(found).toMatch(/listitem: \(selected\) I lost or forgot my PIN[^]*?, in\s+FAQ/);

      terminal.write(KEYS.escape);
      terminal.write('q');
      expect((await terminal.exit()).exitCode).toBe(0);
      expectReaderBytes(terminal.output);
      // The last frame stays to be read again; the shell's prompt comes on a line of its own.
      expect(terminal.output.endsWith('\r\n')).toBe(true);
    },
  );
});

describe('--no-screen-reader', () => {
  it('wins over the environment, and the full screen is drawn as usual', async () => {
    const terminal = open({ args: ['--no-screen-reader'], env: { INK_SCREEN_READER: 'true' } });
    await terminal.waitFor(/\[1 Steps\]/);
    expect(terminal.isAlternateScreen).toBe(true);
    terminal.write('q');
    await terminal.exit();
  });
});

describe('the screen-reader setting', () => {
  it('turns it on, and the flag still turns it off', async () => {
    const setting = open({ args: ['config', 'set', 'screen-reader', 'on'] });
    expect((await setting.exit()).exitCode).toBe(0);
    const reader = open({ configDir: setting.configDir });
    await reader.waitFor(/tablist: tab: \(selected\) Steps \(key 1\)/);
    reader.write('q');
    await reader.exit();
    expectReaderBytes(reader.output);
    const full = open({ configDir: setting.configDir, args: ['--no-screen-reader'] });
    await full.waitFor(/\[1 Steps\]/);
    full.write('q');
    await full.exit();
  });
});

describe('every frame fits the terminal', () => {
  // A frame taller than the terminal scrolls, and Ink cannot erase what scrolled off: the reader
  // would meet stale copies of earlier frames. Each view, after each key, must fit.
  it.each([
    [40, 12],
    [60, 20],
    [80, 24],
  ])('at %ix%i, through every pane, the help, a search and a note', async (cols, rows) => {
    const terminal = open({ cols, rows, args: ['--screen-reader'] });
    await terminal.waitFor(/tablist: /);
    const keys = [
      KEYS.down,
      KEYS.down,
      KEYS.enter,
      KEYS.down,
      KEYS.space,
      KEYS.pageDown,
      '?',
      KEYS.down,
      KEYS.down,
      KEYS.down,
      KEYS.escape,
      '2',
      '/',
      'l',
      'o',
      's',
      't',
      KEYS.down,
      KEYS.escape,
      '3',
      KEYS.end,
      '4',
      KEYS.down,
      KEYS.enter,
      '1',
      'n',
      'c',
      'a',
      'l',
      'l',
      'e',
      'd',
      KEYS.enter,
      // A note with a card number: the warning, the refusal, and back to editing.
      'j',
      KEYS.enter,
      'n',
      ...'card 4111111111111111',
      KEYS.enter,
      KEYS.backspace,
      KEYS.escape,
      // A long search.
      '2',
      '/',
      ...'how do i get a new pin when i lost it',
      KEYS.escape,
    ];
    for (const key of keys) {
      terminal.write(key);
      await terminal.settle(60);
      const screen = terminal.screen();
      expect(terminal.xterm.buffer.active.baseY, `after ${JSON.stringify(key)}:\n${screen}`).toBe(
        0,
      );
      // Nothing of an earlier frame above this one: what is on screen is one whole frame.
      expect(screen.match(/tablist: /g)).toHaveLength(1);
      expect(screen).toMatch(/\? for keys, q quits\.\s*$/);
    }
    terminal.write('q');
    await terminal.exit();
    expectReaderBytes(terminal.output);
  });
});
