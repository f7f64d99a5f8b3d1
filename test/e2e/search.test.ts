import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('FAQ search in the app', () => {
  it('finds a misspelt question first, opens it with Enter and clears with Esc', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor('1 Steps');
    terminal.write('/');
    await terminal.waitFor('10 questions');
    for (const letter of 'suplementry card') terminal.write(letter);
    let screen = await terminal.waitFor('/ suplementry card');
    expect(screen).toMatch(/\d+ match/);
    expect(screen).toMatch(/› How do I get the PIN for a suppl/);
    // The matched words are underlined (SGR 4), which shows with or without colour.
    expect(terminal.output).toMatch(/\x1b\[4m(?:\x1b\[[\d;]*m)*suppleme/);
    terminal.write(KEYS.enter);
    screen = await terminal.waitFor('primary cardholder can usually manage');
    // Out of the box now, so j moves instead of typing.
    terminal.write(KEYS.escape);
    screen = await terminal.waitFor('/ search the guide');
    expect(screen).toContain('Can I choose my own PIN?');
    terminal.write('/');
    await terminal.waitFor('10 questions');
    terminal.write('lost');
    await terminal.waitFor(/\d+ match/);
    terminal.write(KEYS.escape);
    await terminal.waitFor('/ search the guide');
    // The query is never saved.
    terminal.write('q');
    await terminal.exit();
    for (const file of filesUnder(terminal.configDir)) {
      expect(readFileSync(file, 'utf8')).not.toContain('suplementry');
    }
  });

  it('types q, j and digits into the box, and warns about a PIN', async () => {
    terminal = new TestTerminal({ cols: 50, rows: 14 });
    await terminal.waitFor('1 Steps');
    terminal.write('/');
    await terminal.waitFor('10 questions');
    terminal.write('qj pin 1234');
    const screen = await terminal.waitFor('/ qj pin 1234');
    expect(screen.replace(/\s+/g, ' ')).toContain('That looks like a PIN');
    terminal.write(KEYS.backspace.repeat(11));
    await terminal.waitFor('10 questions');
  });

  it('finds a step and goes to it with Enter, saying where each result lives', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor('1 Steps');
    terminal.write('/');
    await terminal.waitFor('10 questions');
    terminal.write('phone number to call');
    const screen = await terminal.waitFor(/› Find the right number\s+3\.1/);
    expect(screen).toMatch(/\d+ match/);
    terminal.write(KEYS.enter);
    await terminal.waitFor('›   ○ 3.1 Find the right number');
    expect(terminal.screen()).toContain('[1 Steps]');
  });

  it('says when nothing answers well, and shows the results as guesses', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor('1 Steps');
    terminal.write('/');
    await terminal.waitFor('10 questions');
    terminal.write('best pizza near me');
    await terminal.waitFor('no close match: guesses');
  });
});
