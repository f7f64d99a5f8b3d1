import { afterEach, describe, expect, it } from 'vitest';
import { TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

describe('stepwise print in a real terminal', () => {
  it('wraps the guide to the terminal width', async () => {
    terminal = new TestTerminal({ cols: 60, rows: 20, args: ['print'] });
    const { exitCode } = await terminal.exit();
    expect(exitCode).toBe(0);
    const lines = terminal.output.split(/\r?\n/);
    expect(lines.at(-2)).toMatch(/\S/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(terminal.output).toContain('Get your American Express PIN');
  });
});
