// The build edits a few libraries for speed (scripts/patch-modules.js). Each edit must leave what
// the library returns exactly as it was: here the edited and the untouched libraries are built side
// by side and given the same generated text, and Ink's whole output step the same drawing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { modulePatches } from '../../scripts/patch-modules.js';

type Operation =
  | { type: 'write'; x: number; y: number; text: string }
  | { type: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { type: 'unclip' };

interface Libraries {
  sliceAnsi(text: string, start: number, end?: number): string;
  stringWidth(text: string): number;
  tokenize(text: string): unknown[];
  styledCharsFromTokens(tokens: unknown[]): unknown[];
  styledCharsToString(chars: unknown[]): string;
  Output: new (size: { width: number; height: number }) => {
    write(x: number, y: number, text: string, options: { transformers: unknown[] }): void;
    clip(clip: object): void;
    unclip(): void;
    get(): { output: string; height: number };
  };
}

const root = join(import.meta.dirname, '..', '..');
const modules = join(root, 'node_modules');

async function bundle(dir: string, name: string, patched: boolean): Promise<Libraries> {
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    [
      `export { default as sliceAnsi } from ${JSON.stringify(join(modules, 'slice-ansi', 'index.js'))};`,
      `export { default as stringWidth } from ${JSON.stringify(join(modules, 'string-width', 'index.js'))};`,
      `export { tokenize, styledCharsFromTokens, styledCharsToString } from ${JSON.stringify(join(modules, '@alcalzone', 'ansi-tokenize', 'build', 'index.js'))};`,
      `export { default as Output } from ${JSON.stringify(join(modules, 'ink', 'build', 'output.js'))};`,
    ].join('\n'),
  );
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: patched ? modulePatches : [],
  });
  return (await import(pathToFileURL(outfile).href)) as Libraries;
}

let edited: Libraries;
let original: Libraries;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-patches-'));
  [edited, original] = await Promise.all([
    bundle(dir, 'edited', true),
    bundle(dir, 'original', false),
  ]);
}, 60_000);

/** Pieces of what reaches Ink: symbols the app draws, wide and joined characters, colour codes, links. */
const piece = fc.constantFrom(
  'a',
  'Zq',
  ' ',
  '  ',
  '-',
  '─',
  '│',
  '●',
  '○',
  '›',
  '⚠',
  '⏎',
  '␣',
  '…',
  'é',
  'ß',
  '\u00ad',
  '漢',
  '👍',
  '👍🏽',
  '👨‍👩‍👧',
  'e\u0301',
  '\u200d',
  '\ufe0f',
  '\u0007',
  '\u001b',
  '\r\n',
  '\u001b[31m',
  '\u001b[39m',
  '\u001b[1m',
  '\u001b[2m',
  '\u001b[22m',
  '\u001b[3m',
  '\u001b[23m',
  '\u001b[4m',
  '\u001b[24m',
  '\u001b[7m',
  '\u001b[27m',
  '\u001b[0m',
  '\u001b[m',
  '\u001b[1;31m',
  '\u001b[38;5;208m',
  '\u001b[38;2;1;2;3m',
  '\u001b[41m',
  '\u001b[49m',
  '\u001b[2K',
  '\u001b]8;;https://example.org\u0007',
  '\u001b]8;;\u0007',
  '\u001b]8;;https://example.org\u001b\\',
  '\u009b31m',
);
/** Most lines Ink draws are plain text, styled or not: the edits' fast paths. */
const plainPiece = fc.constantFrom('a', 'Zq', ' ', '-', '─', '●', '⚠', '⏎', 'é', '…');
const styledPiece = fc.oneof(
  plainPiece,
  fc.constantFrom('\u001b[31m', '\u001b[39m', '\u001b[1m', '\u001b[22m'),
);
const line = fc
  .oneof(
    fc.array(piece, { maxLength: 30 }),
    fc.array(plainPiece, { maxLength: 30 }),
    fc.array(styledPiece, { maxLength: 30 }),
  )
  .map((pieces) => pieces.join(''));
const runs = { numRuns: 2000 };

describe('the build edits of text libraries', () => {
  it('slice text exactly as slice-ansi does', () => {
    fc.assert(
      fc.property(
        line,
        fc.nat(40),
        fc.option(fc.nat(40), { nil: undefined }),
        (text, start, end) => {
          expect(edited.sliceAnsi(text, start, end)).toBe(original.sliceAnsi(text, start, end));
        },
      ),
      runs,
    );
  });

  it('measure text exactly as string-width does', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(edited.stringWidth(text)).toBe(original.stringWidth(text));
      }),
      runs,
    );
  });

  it('restyle text exactly as ansi-tokenize does', () => {
    const restyle = (lib: Libraries, text: string) =>
      lib.styledCharsToString(lib.styledCharsFromTokens(lib.tokenize(text)));
    fc.assert(
      fc.property(line, (text) => {
        expect(restyle(edited, text)).toBe(restyle(original, text));
      }),
      runs,
    );
  });

  it('leave every frame of Ink byte for byte as it was', () => {
    const operation: fc.Arbitrary<Operation> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          type: fc.constant('write' as const),
          x: fc.nat(24),
          y: fc.nat(8),
          text: fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record(
          {
            type: fc.constant('clip' as const),
            x1: fc.nat(20),
            x2: fc.nat(30),
            y1: fc.nat(6),
            y2: fc.nat(10),
          },
          { requiredKeys: ['type'] },
        ),
      },
      { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
    );
    const draw = (lib: Libraries, width: number, height: number, operations: Operation[]) => {
      const output = new lib.Output({ width, height });
      for (const op of operations) {
        if (op.type === 'write') output.write(op.x, op.y, op.text, { transformers: [] });
        else if (op.type === 'clip') output.clip(op);
        else output.unclip();
      }
      return output.get();
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(operation, { maxLength: 12 }),
        (width, height, operations) => {
          expect(draw(edited, width, height, operations)).toEqual(
            draw(original, width, height, operations),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
