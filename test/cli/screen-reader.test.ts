// The commands a person reads, for a screen reader: states in words, no drawing. `--json` is for
// programs and keeps every character.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCli } from '../helpers/cli.js';

const DRAWING = /[\u2500-\u259f\u2800-\u28ff○●◉◐•▸▾›]|\[x\]|\[ \]|^\s*[=─-]{3,}\s*$/mu;
const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-reader-'));
const env = fixedClock('2026-12-01T10:00:00.000Z');
const marked = env;

function withProgress() {
  const configDir = fresh();
  expect(runCli(['done', '1', '4.1'], { configDir, env }).code).toBe(0);
  expect(runCli(['note', '4.1', 'asked for the mailer, ref 12'], { configDir, env }).code).toBe(0);
  return configDir;
}

describe('commands for a screen reader', () => {
  it.each([['print'], ['progress'], ['due'], ['notes'], ['search', 'lost'], ['--plain']])(
    '%s says states in words and draws nothing',
    (...args) => {
      const configDir = withProgress();
      // `due` says something only once the mailer is late.
      const env = args[0] === 'due' ? fixedClock('2026-12-28T10:00:00.000Z') : marked;
      const plain = runCli(args, { configDir, env });
      const said = runCli([...args, '--screen-reader'], { configDir, env });
      expect(said.code).toBe(plain.code);
      expect(said.stdout.trim()).not.toBe('');
      expect(said.stdout).not.toMatch(DRAWING);
      // The same through the setting and the environment.
      expect(runCli(args, { configDir, env: { ...env, ACCESSIBLE: '1' } }).stdout).toBe(
        said.stdout,
      );
      expect(runCli(args, { configDir, env: { ...env, INK_SCREEN_READER: 'true' } }).stdout).toBe(
        said.stdout,
      );
    },
  );

  it('says each item of progress with its state first', () => {
    const configDir = withProgress();
    const { stdout } = runCli(['progress', '--screen-reader'], { configDir, env });
    expect(stdout).toMatch(/^done 1 Dec: 1\. /m);
    expect(stdout).toMatch(/^not done: 2\. /m);
    expect(stdout).toMatch(/^ {4}done 1 Dec: 4\.1 /m);
    expect(stdout).toMatch(/^ {4}not done: 4\.2 /m);
    // The same command without it keeps its boxes.
    expect(runCli(['progress'], { configDir, env }).stdout).toMatch(/^\[x\] 1\. /m);
  });

  it('follows the setting, and --no-screen-reader wins over it', () => {
    const configDir = withProgress();
    expect(runCli(['config', 'set', 'screen-reader', 'on'], { configDir }).code).toBe(0);
    expect(runCli(['progress'], { configDir, env }).stdout).toMatch(/^not done: 2\. /m);
    expect(runCli(['progress', '--no-screen-reader'], { configDir, env }).stdout).toMatch(
      /^\[ \] 2\. /m,
    );
  });

  it('leaves JSON and files for programs as they are', () => {
    const configDir = withProgress();
    for (const args of [['progress', '--json'], ['print', '--json'], ['export']]) {
      expect(runCli([...args, '--screen-reader'], { configDir, env }).stdout).toBe(
        runCli(args, { configDir, env }).stdout,
      );
    }
  });
});
