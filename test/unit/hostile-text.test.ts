import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { cleanDeep, cleanLine } from '../../source/domain/text/sanitize.js';
import {
  allStrings,
  CONTROL_CLASSES,
  FORBIDDEN,
  FORBIDDEN_IN_LINE,
  hostileErrors,
  hostileGuide,
} from '../helpers/hostile.js';

/** Every string of the model with the key it sits under. */
function fields(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => fields(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => fields(inner, name));
  }
  return [];
}

describe.each(CONTROL_CLASSES)('$name in a guide', (payload) => {
  it('reaches no field of the model, and no title, label or id holds a line break', () => {
    const { guide, problems } = parseGuide(hostileGuide(payload));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(guide).toBeDefined();
    for (const [key, text] of fields(guide)) {
      expect(text, `field "${key}"`).not.toMatch(
        key === 'markdown' || key === 'text' ? FORBIDDEN : FORBIDDEN_IN_LINE,
      );
    }
    // The payload really was decoded somewhere: the fields still hold the words around it.
    expect(guide?.title).toMatch(/^Title .*end$/);
    expect(guide?.routes.map((route) => route.label)).toHaveLength(2);
  });

  it('reaches no problem message that quotes a key, a route or a wait', () => {
    const problems = hostileErrors(payload).flatMap((text) => parseGuide(text).problems);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    for (const problem of problems) expect(problem.message).not.toMatch(FORBIDDEN_IN_LINE);
  });
});

describe('cleaning', () => {
  it('removes whole escape sequences, not just the escape character', () => {
    expect(cleanLine('a\u001b]52;c;aGk=\u0007b\u001b[31mc')).toBe('abc');
  });

  it('walks any value, keys included, and keeps "__proto__" a plain key', () => {
    const dirty = JSON.parse(
      '{"__proto__": {"x\\u001b": "y\\u009b"}, "list": ["\\u202e"]}',
    ) as unknown;
    const clean = cleanDeep(dirty) as Record<string, unknown>;
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.hasOwn(clean, '__proto__')).toBe(true);
    expect(allStrings(clean).join('')).not.toMatch(FORBIDDEN);
  });
});
