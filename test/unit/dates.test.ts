import { afterEach, describe, expect, it } from 'vitest';
import { formatLocale } from '../../source/domain/i18n/language.js';
import { dayDate, noteTime, setDateLocale, shortDate } from '../../source/domain/text/dates.js';

afterEach(() => setDateLocale(undefined));

describe('dates in the person’s locale', () => {
  it('takes the locale from LC_ALL, LC_TIME or LANG, and none from C or POSIX', () => {
    const english = (env: Record<string, string>) => formatLocale('en', env);
    expect(english({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    // A locale of another language than the sentences: English dates, never "Mi., 25. Nov.".
    expect(english({ LANG: 'de_DE@euro' })).toBe('en-GB');
    expect(english({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('en-GB');
    expect(english({ LANG: 'es_US.UTF-8' })).toBe('en-GB');
    expect(english({ LANG: 'en_AU.UTF-8' })).toBe('en-AU');
    expect(english({ LC_TIME: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' })).toBe('en-GB');
    expect(english({ LANG: 'C.UTF-8' })).toBe('en-GB');
    expect(english({ LANG: 'POSIX' })).toBe('en-GB');
    expect(english({})).toBe('en-GB');
  });

  it('writes dates the way the locale does, day before month without one', () => {
    const day = new Date(2026, 11, 3, 14, 5);
    expect(dayDate(day)).toBe('Thu 3 Dec');
    expect(shortDate(day.toISOString())).toBe('3 Dec');
    setDateLocale('en-US');
    expect(dayDate(day)).toBe('Thu, Dec 3');
    setDateLocale('de-DE');
    expect(dayDate(day)).toBe('Do., 3. Dez.');
    expect(noteTime(day.toISOString())).toContain('14:05');
  });
});

describe('a date of another year', () => {
  it('says its year; one of this year does not', async () => {
    const { shortDate } = await import('../../source/domain/text/dates.js');
    const now = new Date('2026-12-06T10:00:00Z');
    expect(shortDate('2025-12-06T10:00:00Z', now)).toMatch(/2025/);
    expect(shortDate('2026-03-01T10:00:00Z', now)).not.toMatch(/2026/);
  });
});
