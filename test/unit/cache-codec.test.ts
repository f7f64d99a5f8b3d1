import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheCodec } from '../../source/adapters/cache-codec.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { generateGuide } from '../bench/scale.js';
import { ERRAND_PATH } from '../helpers/guides.js';
import { CONTROL_CLASSES, hostileGuide } from '../helpers/hostile.js';
import { ROOT } from '../helpers/terminal.js';

const texts: [string, string][] = [
  ['the test guide', readFileSync(ERRAND_PATH, 'utf8')],
  [
    'a fixture guide',
    readFileSync(join(ROOT, 'test', 'fixtures', 'guides', 'passport.md'), 'utf8'),
  ],
  ['a generated guide', generateGuide(200)],
  [
    'a guide with tables, task lists and strikethrough',
    readFileSync(join(ROOT, 'test', 'fixtures', 'markdown', 'gfm.md'), 'utf8'),
  ],
  ['a hostile guide', hostileGuide(CONTROL_CLASSES[0]!)],
  ['a guide with Windows line ends', generateGuide(20).replace(/\n/g, '\r\n')],
];

describe('the compact cache form', () => {
  it.each(texts)('gives back exactly what the parser made, for %s', (_name, text) => {
    const result = parseGuide(text);
    expect(result.guide).toBeDefined();
    const codec = cacheCodec(text);
    const stored = JSON.parse(JSON.stringify(codec.pack(result))) as unknown;
    expect(cacheCodec(text).unpack(stored)).toEqual(result);
  });

  it('is at most three times the size of the guide', () => {
    const text = generateGuide(1000);
    const packed = JSON.stringify(cacheCodec(text).pack(parseGuide(text)));
    expect(packed.length / text.length).toBeLessThan(3);
  });
});

describe('a cache entry that was tampered with', () => {
  const text = generateGuide(20);
  const packed = () =>
    JSON.parse(JSON.stringify(cacheCodec(text).pack(parseGuide(text)))) as {
      guide: { id: unknown; title: unknown; steps: { substeps: unknown; body: unknown }[] };
    };

  it.each([
    ['a title that is not text', (entry: ReturnType<typeof packed>) => (entry.guide.title = 42)],
    [
      'an id that is not a slug',
      (entry: ReturnType<typeof packed>) => (entry.guide.id = '__proto__'),
    ],
    [
      'sub-steps that are not a list',
      (entry: ReturnType<typeof packed>) => (entry.guide.steps[0]!.substeps = null),
    ],
    [
      'a body of the wrong shape',
      (entry: ReturnType<typeof packed>) => (entry.guide.steps[0]!.body = 'x'),
    ],
  ])('is not used when it has %s', (_name, tamper) => {
    const entry = packed();
    tamper(entry);
    expect(cacheCodec(text).unpack(entry)).toBeUndefined();
  });
});
