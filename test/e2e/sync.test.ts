import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));

describe('the app with a sync folder', () => {
  it('shows a change made on another computer within seconds, and keeps the place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-e2e-sync-'));
    const folder = join(root, 'Sync');
    const laptop = join(root, 'laptop');
    const desktop = join(root, 'desktop');
    for (const configDir of [laptop, desktop]) {
      expect(runCli(['config', 'set', 'sync-dir', folder], { configDir }).code).toBe(0);
    }
    const terminal = new TestTerminal({ configDir: laptop, cols: 80, rows: 24 });
    terminals.push(terminal);
    await terminal.waitFor(/1 Steps.*4 Progress/);
    terminal.write(KEYS.down);
    terminal.write(KEYS.down);
    await terminal.waitFor('› ○ 3. Call customer ser');
    // On the desktop, meanwhile.
    expect(runCli(['done', 'options', 'phone.number'], { configDir: desktop }).code).toBe(0);
    await terminal.waitFor('Progress changed on another device: 2 changes.');
    await terminal.waitFor('  ● 1. Know your options');
    // The person's place is where it was.
    expect(terminal.screen()).toContain('› ○ 3. Call customer ser');
    // A mark made here travels back.
    terminal.write(KEYS.up);
    terminal.write(KEYS.up);
    terminal.write(KEYS.space);
    await terminal.waitFor('› ○ 1. Know your options');
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(JSON.parse(runCli(['progress', '--json'], { configDir: desktop }).stdout).done).toEqual([
      'phone.number',
    ]);
  });
});
