// The compiled-code cache that speeds up start-up: used when sound, ignored when not, and never a
// change in what stepwise shows.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

const codeFiles = (configDir: string) =>
  readdirSync(join(configDir, 'cache')).filter((name) => name.startsWith('code-'));

/** The bytes of the first whole frame the app draws at 100x30. */
async function firstFrame(configDir: string): Promise<string> {
  terminal = new TestTerminal({ configDir });
  await terminal.waitFor(/1 Steps.*4 Progress/);
  const end = terminal.output.indexOf('\x1b[?2026l');
  const frame = terminal.output.slice(0, end);
  terminal.write('q');
  await terminal.exit();
  terminal.dispose();
  return frame;
}

describe('the code cache', () => {
  it('is written once, then used as it is, with the same output', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print'], { configDir });
    const [file] = codeFiles(configDir);
    expect(file).toMatch(/^code-.+-v\d+\.\d+\.\d+-\w+\.v8$/);
    const path = join(configDir, 'cache', file ?? '');
    const written = statSync(path).mtimeMs;
    const warm = runCli(['print'], { configDir });
    expect(warm).toEqual(cold);
    // Accepted: not written again.
    expect(statSync(path).mtimeMs).toBe(written);
  });

  it('a damaged cache is ignored and replaced, and the output stays the same', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print', '--json'], { configDir });
    const path = join(configDir, 'cache', codeFiles(configDir)[0] ?? '');
    const bytes = readFileSync(path);
    for (const at of [100, 5000, bytes.length - 8]) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    expect(runCli(['print', '--json'], { configDir })).toEqual(cold);
    expect(readFileSync(path).equals(bytes)).toBe(false);
    writeFileSync(path, 'not a cache');
    expect(runCli(['print', '--json'], { configDir })).toEqual(cold);
  });

  it("another build's cache is removed, and an unwritable cache folder only costs speed", () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const cold = runCli(['print'], { configDir });
    const [current] = codeFiles(configDir);
    writeFileSync(
      join(configDir, 'cache', `code-0.0.1+old-${process.version}-${process.arch}.v8`),
      'old',
    );
    writeFileSync(join(configDir, 'cache', current ?? ''), 'x');
    runCli(['print'], { configDir });
    expect(codeFiles(configDir)).toHaveLength(1);
    expect(codeFiles(configDir)).not.toContain(
      `code-0.0.1+old-${process.version}-${process.arch}.v8`,
    );
    const blocked = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    // A file where the cache folder should be: nothing can be written there.
    writeFileSync(join(blocked, 'cache'), '');
    expect(runCli(['print'], { configDir: blocked })).toEqual(cold);
  });

  it('draws the same first frame, byte for byte, with and without the cache', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-code-'));
    const withoutCache = await firstFrame(configDir);
    expect(codeFiles(configDir)).toHaveLength(1);
    // The same start again, as a first visit (no welcome back), now with the cache.
    rmSync(join(configDir, 'progress.json'));
    const withCache = await firstFrame(configDir);
    expect(withoutCache.length).toBeGreaterThan(500);
    expect(JSON.stringify(withCache)).toBe(JSON.stringify(withoutCache));
  });
});
