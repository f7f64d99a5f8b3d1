// A fuzz test of the app in a real terminal: thousands of random keys, escape sequences, pastes and
// resizes. The app must stay alive, answer a key afterwards, and keep its progress file valid JSON.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

const KEY_COUNT = 3000;
const SIZES: [number, number][] = [
  [100, 30],
  [50, 14],
  [40, 12],
  [30, 8],
  [120, 40],
];

// Every key but those that quit (q, Ctrl-C) or suspend (Ctrl-Z): those are tested on their own.
const key = fc.oneof(
  fc.constantFrom(...Object.values(KEYS).filter((value) => value !== KEYS.ctrlC)),
  fc.constantFrom('j', 'k', 'g', 'G', 'c', 'r', 'y', 'n', '/', '?', 'h', 'l', '1', '2', '3', '4'),
  fc.constantFrom(
    '\x0e',
    '\x10',
    '\x15',
    '\x04',
    '\x1b[1;2B',
    '\x1b[1;5A',
    '\x1bOP',
    '\x1b[99~',
    '\x1b',
  ),
  fc.string({ maxLength: 4 }).map((text) => text.replace(/[q\x03]/g, '')),
  fc.string({ maxLength: 30 }).map((text) => `\x1b[200~${text}\x1b[201~`),
  // Any CSI sequence a terminal (or a paste) can send: parameters, then a final byte.
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 3 }),
      fc.integer({ min: 0x40, max: 0x7e }),
    )
    .map(([params, final]) => `\x1b[${params.join(';')}${String.fromCharCode(final)}`)
    // Not the paste markers, and not the kitty keyboard form ("CSI 99;5u" is Ctrl-C, which quits).
    .filter((sequence) => !/\[20[01]~$/.test(sequence) && !sequence.endsWith('u')),
);

describe('random input', () => {
  it(`${KEY_COUNT} random keys, pastes and resizes leave the app alive, answering, and its file valid`, async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-fuzz-'));
    const progressFile = join(configDir, 'progress.json');
    terminal = new TestTerminal({ configDir });
    await terminal.waitFor(/1 Steps.*2 FAQ/);
    const keys = fc.sample(key, { numRuns: KEY_COUNT, seed: 1128 });
    const sizes = fc.sample(fc.constantFrom(...SIZES), { numRuns: 40, seed: 2811 });
    let invalid = 0;
    let exited: string | undefined;
    void terminal.exited.then((result) => {
      exited = `the app exited (${JSON.stringify(result)}) after key ${JSON.stringify(keys.slice(0, 40))}; output around leaving: ${JSON.stringify(terminal?.output.slice(Math.max(0, (terminal?.output.lastIndexOf('\x1b[?1049l') ?? 0) - 1500), (terminal?.output.lastIndexOf('\x1b[?1049l') ?? 0) + 300))}`;
    });
    for (let index = 0; index < keys.length; index += 1) {
      if (exited) throw new Error(exited);
      terminal.write(keys[index] ?? '');
      if (index % 75 === 74) {
        await new Promise((done) => setTimeout(done, 5));
        if (exited) throw new Error(exited);
        const [cols, rows] = sizes[((index / 75) % sizes.length) | 0] ?? SIZES[0]!;
        terminal.resize(cols, rows);
      }
      if (index % 25 === 24) {
        await new Promise((done) => setTimeout(done, 5));
        if (existsSync(progressFile)) {
          try {
            JSON.parse(readFileSync(progressFile, 'utf8'));
          } catch {
            invalid += 1;
          }
        }
      }
    }
    expect(invalid).toBe(0);
    // Back to a known place: the app answers.
    terminal.resize(100, 30);
    terminal.write(`${KEYS.escape}`);
    await terminal.settle(100);
    terminal.write(`${KEYS.escape}${KEYS.escape}n`);
    await terminal.settle(100);
    // "n" answers a question no; where there was none, it opened the note editor: Esc closes it.
    terminal.write(KEYS.escape);
    await terminal.settle(100);
    terminal.write('3');
    await terminal.waitFor('[3 Tips]', 10_000);
    terminal.write('q');
    expect((await terminal.exit(10_000)).exitCode).toBe(0);
    expect(terminal.isAlternateScreen).toBe(false);
    expect(() => JSON.parse(readFileSync(progressFile, 'utf8'))).not.toThrow();
  }, 120_000);
});
