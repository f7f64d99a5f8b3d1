import { spawnSync } from 'node:child_process';
import { vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, warmStart } from './terminal.js';

export type CliResult = { code: number; stdout: string; stderr: string };
export type CliOptions = {
  env?: Record<string, string | undefined>;
  input?: string;
  configDir?: string;
  /** A first start: no compile cache and no guide cache made beforehand (see warmStart). */
  cold?: boolean;
};

/** What runCli and runCliHere change in the environment, over the runner's own. */
function cliEnv(options: CliOptions): Record<string, string | undefined> {
  return {
    STEPWISE_CONFIG_DIR: options.configDir ?? mkdtempSync(join(tmpdir(), 'stepwise-cli-')),
    LANG: 'C.UTF-8',
    LC_ALL: undefined,
    LC_CTYPE: undefined,
    // English, whatever the machine speaks: a test of another language sets it.
    LC_MESSAGES: undefined,
    LANGUAGE: undefined,
    ...options.env,
  };
}

/** Runs the built CLI as a child process, without a terminal. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const own = cliEnv(options);
  const warm = options.cold ? {} : warmStart(own.STEPWISE_CONFIG_DIR!);
  const env = { ...process.env, ...warm, ...own };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const FIXED_CLOCK = `--import=${new URL('./fixed-clock.mjs', import.meta.url).href}`;

/** The environment that makes the CLI or the app believe it is `iso` (see fixed-clock.mjs). */
export function fixedClock(iso: string): Record<string, string> {
  return { NODE_OPTIONS: FIXED_CLOCK, STEPWISE_TEST_NOW: iso, TZ: 'UTC' };
}

/**
 * Runs the command line in this process, where a child process is not the point: the same code as
 * the built CLI (source/cli/run.ts), from fresh modules each time so that no run sees another's
 * settings or language, with the environment set as runCli sets it, no terminal on either end,
 * both streams captured, and fixedClock's Date while it runs. A child costs a few hundred
 * milliseconds; this costs a few tens. With standard input, or NODE_OPTIONS other than
 * fixedClock's, it runs a child after all. Not for a test of the bundle, of a guide parsed in its
 * own process, of devices and pipes, or of how the process ends: runCli does those.
 */
export async function runCliHere(args: string[], options: CliOptions = {}): Promise<CliResult> {
  // Standard input, and NODE_OPTIONS other than fixedClock's, need a child of their own.
  const { NODE_OPTIONS: nodeOptions, ...env } = options.env ?? {};
  const now = nodeOptions === FIXED_CLOCK ? Date.parse(env.STEPWISE_TEST_NOW ?? '') : Number.NaN;
  if (options.input !== undefined || (nodeOptions !== undefined && Number.isNaN(now))) {
    return runCli(args, options);
  }
  options = { ...options, env };
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(cliEnv(options))) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const written = { stdout: '', stderr: '' };
  const capture =
    (stream: 'stdout' | 'stderr') =>
    (chunk: string | Uint8Array, encoding?: unknown, done?: () => void): boolean => {
      written[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      (typeof encoding === 'function' ? (encoding as () => void) : done)?.();
      return true;
    };
  const outputs = [process.stdout, process.stderr] as const;
  const writes = outputs.map((stream) => stream.write);
  const ttys = [process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY];
  process.stdout.write = capture('stdout') as typeof process.stdout.write;
  process.stderr.write = capture('stderr') as typeof process.stderr.write;
  process.stdout.isTTY = false;
  process.stderr.isTTY = false;
  process.stdin.isTTY = false as true;
  // fixedClock's Date, as fixed-clock.mjs makes it in a child: from that moment on, running.
  const RealDate = Date;
  if (!Number.isNaN(now)) {
    const offset = now - RealDate.now();
    globalThis.Date = class FixedDate extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date> | []) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as ConstructorParameters<typeof Date>));
      }
      static override now() {
        return RealDate.now() + offset;
      }
    } as DateConstructor;
  }
  let code: number;
  try {
    vi.resetModules();
    const { run } = await import('../../source/cli/run.js');
    try {
      code = await run(args);
    } catch (error) {
      const { describeFailure, err } = await import('../../source/cli/io.js');
      err(describeFailure(error));
      code = 1;
    }
  } finally {
    globalThis.Date = RealDate;
    outputs.forEach((stream, index) => (stream.write = writes[index] as never));
    [process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY] = ttys as [true, true, true];
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  return { code, ...written };
}
