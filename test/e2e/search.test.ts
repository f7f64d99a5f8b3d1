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
    await terminal.waitFor('10 of 10');
    for (const letter of 'suplementry crd') terminal.write(letter);
    let screen = await terminal.waitFor('/ suplementry crd');
    expect(screen).toContain('1 of 10');
    expect(screen).toMatch(/› How do I get the PIN for a suppl/);
    // The matched words are underlined (SGR 4), which shows with or without colour.
    expect(terminal.output).toMatch(/\x1b\[4m(?:\x1b\[[\d;]*m)*suppleme/);
    terminal.write(KEYS.enter);
    screen = await terminal.waitFor('primary cardholder can usually manage');
    // Out of the box now, so j moves instead of typing.
    terminal.write(KEYS.escape);
    screen = await terminal.waitFor('/ search the FAQ');
    expect(screen).toContain('Can I choose my own PIN?');
    terminal.write('/');
    await terminal.waitFor('10 of 10');
    terminal.write('lost');
    await terminal.waitFor('1 of 10');
    terminal.write(KEYS.escape);
    await terminal.waitFor('/ search the FAQ');
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
    await terminal.waitFor('10 of 10');
    terminal.write('qj pin 1234');
    const screen = await terminal.waitFor('/ qj pin 1234');
    expect(screen.replace(/\s+/g, ' ')).toContain('That looks like a PIN');
    terminal.write(KEYS.backspace.repeat(11));
    await terminal.waitFor('10 of 10');
  });
});
