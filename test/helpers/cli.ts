import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './terminal.js';

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the built CLI as a child process, without a terminal. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; configDir?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    STEPWISE_CONFIG_DIR: options.configDir ?? mkdtempSync(join(tmpdir(), 'stepwise-cli-')),
    LANG: 'C.UTF-8',
    LC_ALL: undefined,
    LC_CTYPE: undefined,
    // English, whatever the machine speaks: a test of another language sets it.
    LC_MESSAGES: undefined,
    LANGUAGE: undefined,
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The environment that makes the CLI or the app believe it is `iso` (see fixed-clock.mjs). */
export function fixedClock(iso: string): Record<string, string> {
  const preload = new URL('./fixed-clock.mjs', import.meta.url).href;
  return { NODE_OPTIONS: `--import=${preload}`, STEPWISE_TEST_NOW: iso, TZ: 'UTC' };
}
