// Colours for the terminal's background: --theme, the setting, or the terminal's answer to OSC 11.
import { afterEach, describe, expect, it } from 'vitest';
import { TestTerminal, type TerminalOptions } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const titleColour = async (options: TerminalOptions) => {
  const terminal = new TestTerminal(options);
  terminals.push(terminal);
  await terminal.waitFor(/1 Steps.*4 Progress/);
  await terminal.settle();
  // The colour codes just before the app's name in the header, as last drawn.
  const at = terminal.output.lastIndexOf('stepwise');
  return terminal.output.slice(Math.max(at - 24, 0), at);
};
const LIGHT = /\u001b\[38;(?:2;130;80;223|5;\d+)m$/;
const DARK = /\u001b\[35m$/;

describe('themes', () => {
  it('asks the terminal for its background and reads on a light one', async () => {
    expect(await titleColour({ background: 'rgb:ffff/ffff/ffff' })).toMatch(LIGHT);
    expect(await titleColour({ background: 'rgb:1e1e/1e1e/1e1e' })).toMatch(DARK);
  });

  it('falls back to dark when the terminal does not answer, and --theme decides outright', async () => {
    expect(await titleColour({ background: null })).toMatch(DARK);
    expect(await titleColour({ background: null, args: ['--theme', 'light'] })).toMatch(LIGHT);
    expect(
      await titleColour({ background: 'rgb:ffff/ffff/ffff', args: ['--theme', 'dark'] }),
    ).toMatch(DARK);
    expect(await titleColour({ background: null, env: { COLORFGBG: '0;15' } })).toMatch(LIGHT);
  });
});

describe('a terminal that answers late', () => {
  it('gets the first frame without waiting, then its own colours when the answer comes', async () => {
    // This terminal answers only once it has seen the app: the app must not wait for it.
    const terminal = new TestTerminal({ background: null });
    terminals.push(terminal);
    await terminal.waitFor(/1 Steps.*4 Progress/);
    const first = terminal.output.indexOf('stepwise');
    expect(terminal.output.slice(Math.max(first - 24, 0), first)).toMatch(DARK);
    terminal.write('\u001b]11;rgb:ffff/ffff/ffff\u001b\\');
    // The redraw may take a while on a busy machine: wait for a new frame, then judge its colours.
    await terminal.waitForOutput((text) => text.lastIndexOf('stepwise') > first);
    await terminal.settle();
    const last = terminal.output.lastIndexOf('stepwise');
    expect(terminal.output.slice(Math.max(last - 24, 0), last)).toMatch(LIGHT);
    // Only the answer to the question counts: another one later changes nothing.
    terminal.write('\u001b]11;rgb:0000/0000/0000\u001b\\');
    terminal.write('j');
    await terminal.waitFor('› ○ 2. Use your online account');
    const now = terminal.output.lastIndexOf('stepwise');
    expect(terminal.output.slice(Math.max(now - 24, 0), now)).toMatch(LIGHT);
  });
});

describe("a terminal's answers", () => {
  it('count whole when they come in two reads, and press no keys', async () => {
    const terminal = new TestTerminal({ background: null });
    terminals.push(terminal);
    await terminal.waitFor(/1 Steps.*4 Progress/);
    terminal.write('\u001b]11;rgb:ffff/ff');
    // Long enough for the app to take the first part as all there is.
    await new Promise((done) => setTimeout(done, 60));
    terminal.write('ff/ffff\u001b\\');
    // Judged once a frame after the answer is drawn, however long a busy machine takes.
    const before = terminal.output.length;
    await terminal.waitForOutput((text) => text.indexOf('stepwise', before) >= 0);
    await terminal.settle();
    const screen = await terminal.waitFor(/1 Steps.*4 Progress/);
    // "/" and "f" would have opened the FAQ search.
    expect(screen).toContain('[1 Steps]');
    expect(screen).not.toContain('search the FAQ');
    const at = terminal.output.lastIndexOf('stepwise');
    expect(terminal.output.slice(Math.max(at - 24, 0), at)).toMatch(LIGHT);
    terminal.write('j');
    await terminal.waitFor('› ○ 2. Use your online account');
  });

  it('are never read as keys, even when they come late or unasked', async () => {
    const terminal = new TestTerminal({ background: null });
    terminals.push(terminal);
    await terminal.waitFor(/1 Steps.*4 Progress/);
    terminal.write('j');
    const before = await terminal.waitFor('› ○ 2. Use your online account');
    // "/" would open the search and "b", "f" and "q" are keys: none of them may act.
    terminal.write('\u001b]11;rgb:ffff/ffff/ffff\u0007');
    terminal.write('\u001bP1$r0m\u001b\\');
    terminal.write('\u001b]10;rgb:0000/0000/0000\u001b\\');
    terminal.write('j');
    const after = await terminal.waitFor('› ○ 3. Call customer service');
    expect(after).toContain('[1 Steps]');
    expect(after).not.toContain('search the FAQ');
    expect(before).toContain('[1 Steps]');
  });
});
