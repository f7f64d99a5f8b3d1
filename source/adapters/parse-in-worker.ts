// Large guide files are parsed in a child process with a memory limit and a time limit. A file of a
// few megabytes can be written so that parsing it takes minutes and gigabytes (hundreds of thousands
// of links in one paragraph, a million brackets): the child runs out instead of the app, which says
// so in one line and, with --watch, keeps showing the last good version. A process, not a worker
// thread: a thread that passes its memory limit in some allocations takes the whole app down.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import type { ParseResult } from '../domain/guide/parse-guide.js';
import { currentLanguage, t } from '../domain/i18n/translate.js';

/**
 * More than the largest guide the limits allow needs (20,000 steps of a paragraph each parse in
 * about half of it), and little enough that parsing never takes the machine's memory.
 */
export const PARSE_MEMORY_MB = 192;
export const PARSE_TIME_MS = 10_000;

/** Parses still running, each with the way to end it: stopped when the app quits. */
const running = new Set<() => void>();

/** Ends every parse still running (the app quits during a reload of --watch): none is waited for. */
export function stopParses(): void {
  for (const stop of [...running]) stop();
}

/** The worker's file beside the bundle (dist/parse-worker.mjs); none when running from source. */
function workerFile(): string | undefined {
  for (const relative of ['./parse-worker.mjs', '../parse-worker.mjs']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

const tooCostly = (why: string): ParseResult => ({
  problems: [
    {
      severity: 'error',
      line: 1,
      message: t(
        'the guide is too costly to read: parsing it {why}. No real guide costs this much (a real one of 20,000 steps takes a few seconds): split or simplify it',
        { why },
      ),
    },
  ],
});

/**
 * The guide parsed in a worker with limits, or undefined when no worker can run here (from the
 * source, in tests): the caller then parses in the process.
 */
export function parseInWorker(text: string): Promise<ParseResult> | undefined {
  const file = workerFile();
  if (file === undefined) return undefined;
  return new Promise((resolve) => {
    let settled = false;
    const child = fork(file, [], {
      execArgv: [
        `--max-old-space-size=${PARSE_MEMORY_MB}`,
        '--max-semi-space-size=4',
        '--stack-size=4000',
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const settle = (result: ParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(stop);
      resolve(result);
      child.kill('SIGKILL');
    };
    const stop = () => settle(tooCostly(t('was stopped')));
    running.add(stop);
    const timer = setTimeout(
      () => settle(tooCostly(t('took longer than {value} s', { value: PARSE_TIME_MS / 1000 }))),
      PARSE_TIME_MS,
    );
    child.once('message', (result) => settle(result as ParseResult));
    child.once('error', (error) =>
      settle(tooCostly(t('could not start ({message})', { message: error.message }))),
    );
    child.once('exit', (code, signal) =>
      settle(
        tooCostly(
          code === 134 || signal === 'SIGABRT' || signal === 'SIGTRAP'
            ? t('needed more than {PARSE_MEMORY_MB} MB of memory', { PARSE_MEMORY_MB })
            : t('stopped before it finished'),
        ),
      ),
    );
    child.send({ text, language: currentLanguage() });
  });
}
