import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { localeWantsAscii, toAscii } from '../../source/domain/text/ascii.js';
import { cleanDeep, cleanLine, cleanText, sanitize } from '../../source/domain/text/sanitize.js';
import { MINI } from '../helpers/guides.js';

describe('sanitize', () => {
  it('removes colour, cursor and title escape sequences', () => {
    expect(sanitize('a\x1b[31mred\x1b[0m b\x1b[2J\x1b[H c\x1b]0;evil title\x07d')).toBe(
      'ared b cd',
    );
  });

  it('removes OSC sequences ended by ST, and C1 controls', () => {
    expect(sanitize('x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y\u009b2Jz')).toBe('xlinkyz');
  });

  it('keeps newlines and tabs, turns CRLF into LF, drops other controls', () => {
    expect(sanitize('a\r\nb\tc\x00\x07\x08d\x7f')).toBe('a\nb\tcd');
  });

  it('drops bidirectional overrides that could disguise text', () => {
    expect(sanitize('pay\u202Eevil')).toBe('payevil');
  });

  it('leaves text alone only when no step would change it', () => {
    // The steps themselves, applied to text whose first character cannot skip them.
    const stepwise = (text: string) => sanitize(`\x00${text}`);
    const alphabet = fc.constantFrom(
      ...'aZ09 -&#;x[]\\\t\n\r\x00\x07\x1b\x7f\u0085\u009b\u061c\u200e\u202e\u2066\ufeff\ud83d\ude00\u2028é→'.split(
        '',
      ),
      '&#27;',
      '&#x1b;',
      '&#65;',
      '\x1b[31m',
      '\x1b]0;t\x07',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }),
        fc.string({ unit: 'grapheme' }),
        (parts, extra) => {
          const text = parts.join('') + extra;
          expect(sanitize(text)).toBe(stepwise(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('cleans a value from outside as a full copy would, copying only when something changes', () => {
    // Every string and key cleaned into a new value, as a walk that always copies does.
    const copyAll = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') {
        return key === 'markdown' || key === 'text' ? cleanText(value) : cleanLine(value);
      }
      if (Array.isArray(value)) return value.map((item) => copyAll(item, key));
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([name, inner]) => [cleanLine(name), copyAll(inner, name)]),
        );
      }
      return value;
    };
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'markdown',
        'text',
        '__proto__',
        'constructor',
        'a\x1b[31mb',
        'x\ny',
        '\u202e',
      ),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4, noNullPrototype: true }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const before = JSON.stringify(value);
        const cleaned = cleanDeep(value);
        expect(cleaned).toEqual(copyAll(value));
        expect(JSON.stringify(value)).toBe(before);
        if (JSON.stringify(copyAll(value)) === before) expect(cleaned).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('copies whatever is not plain data, as before, so nothing inside it stays uncleaned', () => {
    const odd = { tags: new Set(['a\u001b[2Jb']), at: new Date(0), bare: Object.create(null) };
    const cleaned = cleanDeep(odd);
    expect(cleaned).toEqual({ tags: {}, at: {}, bare: {} });
    expect(Object.getPrototypeOf(cleaned.bare)).toBe(Object.prototype);
  });

  it('reaches every text of a parsed guide', () => {
    const evil = MINI.replace('Mini guide', 'Mini\x1b[2J guide').replace(
      'Text one.',
      'Text\x1b[31m one.',
    );
    const { guide } = parseGuide(evil);
    expect(guide?.title).toBe('Mini guide');
    expect(guide?.steps[1]?.substeps[0]?.body.markdown).toBe('Text one.');
    expect(JSON.stringify(guide)).not.toContain('\x1b');
  });
});

describe('ASCII for a locale that is not UTF-8', () => {
  it('turns every symbol into one ASCII character, so widths stay', () => {
    const symbols = '○●◐◉›▸▾│─█░⚠⏎␣←→↑↓•·…–—’';
    const ascii = toAscii(symbols);
    expect(ascii).toMatch(/^[\x20-\x7e]+$/);
    expect(ascii).toHaveLength(symbols.length);
    // Done and not done stay apart.
    expect(toAscii('○')).not.toBe(toAscii('●'));
  });

  it('is wanted for C, POSIX and other non-UTF-8 locales, and not for UTF-8 or none', () => {
    expect(localeWantsAscii({ LANG: 'C' })).toBe(true);
    expect(localeWantsAscii({ LANG: 'en_US.UTF-8', LC_ALL: 'POSIX' })).toBe(true);
    expect(localeWantsAscii({ LANG: 'de_DE.ISO-8859-1' })).toBe(true);
    expect(localeWantsAscii({ LANG: 'en_GB.utf8' })).toBe(false);
    expect(localeWantsAscii({ LC_ALL: '', LANG: 'C.UTF-8' })).toBe(false);
    expect(localeWantsAscii({})).toBe(false);
  });
});
