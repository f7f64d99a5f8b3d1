import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));

/** A laptop with a sync folder, one mark made there, and the file it wrote in the folder. */
function laptopWithSync() {
  const root = mkdtempSync(join(tmpdir(), 'stepwise-e2e-sync-'));
  const folder = join(root, 'Sync');
  const laptop = join(root, 'laptop');
  expect(runCli(['config', 'set', 'sync-dir', folder], { configDir: laptop }).code).toBe(0);
  expect(runCli(['done', 'options'], { configDir: laptop }).code).toBe(0);
  const name = readdirSync(folder).find((entry) => entry.startsWith('stepwise-'))!;
  return { folder, laptop, file: join(folder, name) };
}

/** The app at 80x24 on that config folder, once its first frame is up. */
async function openApp(configDir: string): Promise<TestTerminal> {
  const terminal = new TestTerminal({ configDir, cols: 80, rows: 24 });
  terminals.push(terminal);
  await terminal.waitFor(/1 Steps.*4 Progress/);
  return terminal;
}

describe('the app with a sync folder', () => {
  it('shows a change made on another computer within seconds, and keeps the place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-e2e-sync-'));
    const folder = join(root, 'Sync');
    const laptop = join(root, 'laptop');
    const desktop = join(root, 'desktop');
    for (const configDir of [laptop, desktop]) {
      expect(runCli(['config', 'set', 'sync-dir', folder], { configDir }).code).toBe(0);
    }
    const terminal = await openApp(laptop);
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

  it('stops writing to the folder once sync is turned off elsewhere, and writes again to a folder that comes back', async () => {
    const { folder, laptop, file } = laptopWithSync();
    const terminal = await openApp(laptop);
    // The folder goes away (a drive unplugged) and comes back: the app writes its file again.
    const before = readFileSync(file, 'utf8');
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    await terminal.waitFor(() => existsSync(file), 10_000);
    expect(readFileSync(file, 'utf8')).toContain('"options"');
    // Sync turned off from the command line while the app runs: the next mark stays here.
    expect(runCli(['config', 'set', 'sync-dir', 'off'], { configDir: laptop }).code).toBe(0);
    const published = readFileSync(file, 'utf8');
    terminal.write(KEYS.down);
    terminal.write(KEYS.space);
    await terminal.waitFor('› ● 2. Use your online');
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(published);
    expect(before).toContain('"options"');
    expect(JSON.parse(runCli(['progress', '--json'], { configDir: laptop }).stdout).done).toContain(
      'online.register',
    );
  });

  it('moving around writes the place here only: nothing in the sync folder changes', async () => {
    const { laptop, file } = laptopWithSync();
    const before = readFileSync(file, 'utf8');
    const replica = readFileSync(join(laptop, 'sync-replica.json'), 'utf8');
    const terminal = await openApp(laptop);
    terminal.write(KEYS.down);
    terminal.write(KEYS.down);
    await terminal.waitFor('› ○ 3. Call customer ser');
    // The place is saved after a pause; then the person leaves.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(join(laptop, 'sync-replica.json'), 'utf8')).toBe(replica);
    const local = JSON.parse(readFileSync(join(laptop, 'progress.json'), 'utf8'));
    expect(local.guides['amex-pin'].place.selected.steps).toBe('phone');
    expect(Object.keys(local.guides['amex-pin'].done)).toEqual(['options']);
  });
});
