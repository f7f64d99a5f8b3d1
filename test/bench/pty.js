// Shared by the benchmarks: start a program in a pseudo-terminal and time what it shows.
import { readFileSync } from 'node:fs';
import { spawn } from '@lydell/node-pty';

/**
 * A real terminal answers when asked for its background colour (OSC 11); the pty alone would not,
 * and the app would wait for an answer that never comes. Answer as a dark terminal does.
 */
export function answerQueries(pty, data) {
  if (data.includes('\u001b]11;?')) pty.write('\u001b]11;rgb:1e1e/1e1e/1e1e\u001b\\');
}

export function environment(extra = {}) {
  const env = { ...process.env, TERM: 'xterm-256color', ...extra };
  // Ink renders only the last frame when CI is set; measure what a person gets.
  delete env.CI;
  return env;
}

/**
 * Milliseconds from spawning the command until its output contains `marker`; with `answer: false`
 * the terminal answers no question, as some do not.
 */
export function timeUntil(
  file,
  args,
  marker,
  { env = environment(), cols = 100, rows = 30, answer = true } = {},
) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const pty = spawn(file, args, { name: 'xterm-256color', cols, rows, env });
    let output = '';
    const timer = setTimeout(() => {
      pty.kill();
      reject(new Error(`no "${marker}" within 10 s; got: ${output.slice(0, 400)}`));
    }, 10_000);
    let ms;
    pty.onData((data) => {
      if (answer) answerQueries(pty, data);
      output += data;
      if (ms === undefined && output.includes(marker)) {
        ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        pty.kill();
      }
    });
    // The next run starts only once this one has gone: a process still exiting would slow it.
    pty.onExit(() => {
      if (ms !== undefined) setTimeout(() => resolve(ms), 20);
    });
  });
}

/** Starts a program and resolves when `marker` shows, with helpers to time keys against output. */
export function session(file, args, marker, { env = environment(), cols = 100, rows = 30 } = {}) {
  return new Promise((resolve, reject) => {
    const pty = spawn(file, args, { name: 'xterm-256color', cols, rows, env });
    let output = '';
    let waiter;
    const timer = setTimeout(() => reject(new Error(`no "${marker}" within 10 s`)), 10_000);
    pty.onData((data) => {
      answerQueries(pty, data);
      output += data;
      if (waiter && waiter.test(output.slice(waiter.from))) {
        const done = waiter;
        waiter = undefined;
        done.resolve(Number(process.hrtime.bigint() - done.started) / 1e6);
      }
    });
    const ready = setInterval(() => {
      if (output.includes(marker)) {
        clearInterval(ready);
        clearTimeout(timer);
        resolve({
          /** Writes keys and resolves with the ms until the new output passes `test`. */
          press(keys, test) {
            return new Promise((done) => {
              waiter = {
                from: output.length,
                test,
                started: process.hrtime.bigint(),
                resolve: done,
              };
              pty.write(keys);
            });
          },
          /** The program's resident memory now, in MB (Linux). */
          rssMb() {
            const status = readFileSync(`/proc/${pty.pid}/status`, 'utf8');
            return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
          },
          close() {
            pty.kill();
          },
        });
      }
    }, 5);
  });
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

export const fmt = (ms) => `${ms.toFixed(1)} ms`;
