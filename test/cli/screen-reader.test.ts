// The commands a person reads, for a screen reader: states in words, no drawing. `--json` is for
// programs and keeps every character.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere } from '../helpers/cli.js';

const DRAWING = /[\u2500-\u259f\u2800-\u28ff○●◉◐•▸▾›]|\[x\]|\[ \]|^\s*[=─-]{3,}\s*$/mu;
const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-reader-'));
const env = fixedClock('2026-12-01T10:00:00.000Z');
const marked = env;

async function withProgress() {
  const configDir = fresh();
  expect((await runCliHere(['done', '1', '4.1'], { configDir, env })).code).toBe(0);
  expect(
    (await runCliHere(['note', '4.1', 'asked for the mailer, ref 12'], { configDir, env })).code,
  ).toBe(0);
  return configDir;
}

describe('commands for a screen reader', () => {
  it.each([['print'], ['progress'], ['due'], ['notes'], ['search', 'lost'], ['--plain']])(
    '%s says states in words and draws nothing',
    async (...args) => {
      const configDir = await withProgress();
      // `due` says something only once the mailer is late.
      const env = args[0] === 'due' ? fixedClock('2026-12-28T10:00:00.000Z') : marked;
      const plain = await runCliHere(args, { configDir, env });
      const said = await runCliHere([...args, '--screen-reader'], { configDir, env });
      expect(said.code).toBe(plain.code);
      expect(said.stdout.trim()).not.toBe('');
      expect(said.stdout).not.toMatch(DRAWING);
      // The same through the setting and the environment.
      expect((await runCliHere(args, { configDir, env: { ...env, ACCESSIBLE: '1' } })).stdout).toBe(
        said.stdout,
      );
      expect(
        (await runCliHere(args, { configDir, env: { ...env, INK_SCREEN_READER: 'true' } })).stdout,
      ).toBe(said.stdout);
    },
  );

  it('says each item of progress with its state first', async () => {
    const configDir = await withProgress();
    const { stdout } = await runCliHere(['progress', '--screen-reader'], { configDir, env });
    expect(stdout).toMatch(/^done 1 Dec: 1\. /m);
    expect(stdout).toMatch(/^not done: 2\. /m);
    expect(stdout).toMatch(/^ {4}done 1 Dec: 4\.1 /m);
    expect(stdout).toMatch(/^ {4}not done: 4\.2 /m);
    // The same command without it keeps its boxes.
    expect((await runCliHere(['progress'], { configDir, env })).stdout).toMatch(/^\[x\] 1\. /m);
  });

  it('follows the setting, and --no-screen-reader wins over it', async () => {
    const configDir = await withProgress();
    expect((await runCliHere(['config', 'set', 'screen-reader', 'on'], { configDir })).code).toBe(
      0,
    );
    expect((await runCliHere(['progress'], { configDir, env })).stdout).toMatch(/^not done: 2\. /m);
    expect(
      (await runCliHere(['progress', '--no-screen-reader'], { configDir, env })).stdout,
    ).toMatch(/^\[ \] 2\. /m);
  });

  it('leaves JSON and files for programs as they are', async () => {
    const configDir = await withProgress();
    for (const args of [['progress', '--json'], ['print', '--json'], ['export']]) {
      expect((await runCliHere([...args, '--screen-reader'], { configDir, env })).stdout).toBe(
        (await runCliHere(args, { configDir, env })).stdout,
      );
    }
  });
});
