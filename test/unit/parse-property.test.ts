// Property: whatever text a guide file holds, the parser returns a guide or a list of problems with
// lines, never throws, stays within a time bound, and lets no control character through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { allStrings, FORBIDDEN } from '../helpers/hostile.js';

const controls = fc.constantFrom(
  '\u001b',
  '\u001b]52;c;eA==\u0007',
  '\u001b[2J',
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u2028',
  '\\e',
  '\\x9b',
  '\\u202e',
  '&#x1b;',
  '&#x9b;',
  '&#x202e;',
);
const word = fc.oneof(
  fc.string({ maxLength: 8 }),
  controls,
  fc.constantFrom('constructor', '__proto__', 'prototype', 'toString', 'id', 'route', 'wait'),
);
const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
const nesting = fc
  .tuple(fc.constantFrom('> ', '- ', '1. ', '*', '_', '  '), fc.integer({ min: 1, max: 400 }))
  .map(([marker, times]) => `${marker.repeat(times)}x`);
const yamlValue = fc.oneof(
  text.map((value) => JSON.stringify(value)),
  text,
  fc.constantFrom('&a [1, *a]', '*nothing', '{ a: [', '|\n  block', '!!binary aGk=', '[[[[[[[['),
);
const frontMatter = fc
  .array(fc.tuple(fc.oneof(word, fc.constantFrom('id', 'title', 'routes')), yamlValue), {
    maxLength: 5,
  })
  .map(
    (pairs) =>
      `---\nid: fuzz\ntitle: Fuzz\n${pairs.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join('\n')}\n---\n`,
  );
const meta = fc
  .tuple(fc.constantFrom('id', 'route', 'wait', 'keywords', 'kind', 'constructor'), yamlValue)
  .map(([key, value]) => `<!-- { ${key}: ${value} } -->`);
const line = fc.oneof(
  text,
  nesting,
  meta,
  text.map((value) => `## ${value}`),
  text.map((value) => `### ${value}`),
  text.map((value) => `#### ${value}`),
  fc.constantFrom('## Steps', '## Tips', '## FAQ', '```', '---', ''),
  text.map((value) => `[${value}](${value})`),
);
const guideText = fc
  .tuple(fc.oneof(frontMatter, fc.constant('')), fc.array(line, { maxLength: 40 }))
  .map(([head, lines]) => `${head}\n${lines.join('\n')}\n`);

describe('the parser on any input', () => {
  it('returns a guide or problems with lines, never throws, and lets no control through', () => {
    fc.assert(
      fc.property(guideText, (input) => {
        const started = performance.now();
        const result = parseGuide(input);
        const took = performance.now() - started;
        expect(took).toBeLessThan(2000);
        expect(result.guide !== undefined || result.problems.length > 0).toBe(true);
        for (const problem of result.problems) {
          expect(Number.isInteger(problem.line)).toBe(true);
          expect(problem.line).toBeGreaterThanOrEqual(1);
        }
        for (const value of allStrings(result)) expect(value).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });
});
