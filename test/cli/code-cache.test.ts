// The compile cache that speeds up start-up (Node's, turned on by bin/stepwise.js): used when
// sound, ignored when not, and never a change in what stepwise shows.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

/** Every file in the compile cache folder, with its size. */
function cacheFiles(configDir: string): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, statSync(path).size);
    }
  };
  walk(join(configDir, 'cache', 'compile'));
  return files;
}

/** The bytes of the first whole frame the app draws at 100x30. */
async function firstFrame(configDir: string): Promise<string> {
  terminal = new TestTerminal({ configDir, cold: true });
  await terminal.waitFor(/1 Steps.*4 Progress/);
  const end = terminal.output.indexOf('\x1b[?2026l');
  const frame = terminal.output.slice(0, end);
  terminal.write('q');
  await terminal.exit();
  terminal.dispose();
  return frame;
}

describe('the compile cache', () => {
  it('is written in the cache folder by the first run, and used as it is after', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print'], { configDir, cold: true });
    const files = cacheFiles(configDir);
    // The bundle's compiled code is far larger than any small file Node keeps beside it.
    expect(Math.max(...files.values())).toBeGreaterThan(100_000);
    const warm = runCli(['print'], { configDir, cold: true });
    expect(warm).toEqual(cold);
    expect(cacheFiles(configDir)).toEqual(files);
  });

  it('a damaged cache is ignored, and the output stays the same', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print', '--json'], { configDir, cold: true });
    for (const path of cacheFiles(configDir).keys()) writeFileSync(path, 'not a cache');
    expect(runCli(['print', '--json'], { configDir, cold: true })).toEqual(cold);
  });

  it('an unwritable cache folder only costs speed', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print'], { configDir, cold: true });
    const blocked = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    // A file where the cache folder should be: nothing can be written there.
    writeFileSync(join(blocked, 'cache'), '');
    expect(runCli(['print'], { configDir: blocked, cold: true })).toEqual(cold);
  });

  it('draws the same first frame, byte for byte, with and without the cache', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const withoutCache = await firstFrame(configDir);
    expect(cacheFiles(configDir).size).toBeGreaterThan(0);
    // The same start again, as a first visit (no welcome back), now with the cache.
    rmSync(join(configDir, 'progress.json'), { force: true });
    const withCache = await firstFrame(configDir);
    expect(withoutCache.length).toBeGreaterThan(500);
    expect(JSON.stringify(withCache)).toBe(JSON.stringify(withoutCache));
  });
});
