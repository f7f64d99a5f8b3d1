import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { holidayTable } from '../../scripts/holiday-table.js';
import { parseWait } from '../../source/domain/guide/wait.js';
import type { Wait } from '../../source/domain/guide/guide.js';
import {
  calendarFromTable,
  countryOfLocale,
  WEEKENDS_ONLY,
  type HolidayCalendar,
} from '../../source/domain/progress/holidays.js';
import { businessDaysNote, waitWindow } from '../../source/domain/progress/waiting.js';
import { userCountry } from '../../source/adapters/holiday-calendar.js';

// The table as the build makes it, from the holiday library, for the countries tested here.
const table = holidayTable(['US', 'GB', 'DE']);
const calendar = (country: string) => calendarFromTable(table, country);

const wait = (text: string) => parseWait(text) as Wait;
const window = (requested: string, text: string, rules: HolidayCalendar) => {
  const { from, to, businessDays } = waitWindow(
    wait(text),
    new Date(`${requested}T10:00:00`),
    rules,
  );
  return {
    from: format(from, 'EEE yyyy-MM-dd'),
    to: format(to, 'EEE yyyy-MM-dd'),
    skipped: businessDays?.skipped.map(({ date, name }) => `${format(date, 'yyyy-MM-dd')} ${name}`),
    known: businessDays?.known,
  };
};

describe('business days with public holidays', () => {
  it('skips Thanksgiving in the US, and only weekends without a country', () => {
    expect(window('2026-11-25', '5-10 business days', calendar('US'))).toEqual({
      from: 'Thu 2026-12-03',
      to: 'Thu 2026-12-10',
      skipped: ['2026-11-26 Thanksgiving Day'],
      known: true,
    });
    expect(window('2026-11-25', '5-10 business days', WEEKENDS_ONLY)).toMatchObject({
      from: 'Wed 2026-12-02',
      to: 'Wed 2026-12-09',
      known: false,
    });
  });

  it('does not skip Thanksgiving in Great Britain or Germany', () => {
    for (const country of ['GB', 'DE']) {
      expect(window('2026-11-25', '5-10 business days', calendar(country))).toEqual({
        from: 'Wed 2026-12-02',
        to: 'Wed 2026-12-09',
        skipped: [],
        known: true,
      });
    }
  });

  it('crosses a US year end, skipping Christmas and New Year', () => {
    expect(window('2026-12-23', '5-10 business days', calendar('US'))).toMatchObject({
      from: 'Thu 2026-12-31',
      to: 'Fri 2027-01-08',
      skipped: ['2026-12-25 Christmas Day', "2027-01-01 New Year's Day"],
    });
  });

  it('skips the Monday a US holiday on a Sunday is observed on', () => {
    // 4 July 2027 is a Sunday: the holiday is kept on Monday 5 July.
    expect(window('2027-07-01', '1-3 business days', calendar('US'))).toMatchObject({
      from: 'Fri 2027-07-02',
      to: 'Wed 2027-07-07',
    });
  });

  it('crosses a GB year end whose holidays fall on a weekend and move to weekdays', () => {
    // Christmas 2027 is a Saturday and Boxing Day a Sunday: both move to Mon 27 and Tue 28 Dec;
    // New Year's Day 2028 is a Saturday and moves to Mon 3 Jan.
    const result = window('2027-12-23', '5 business days', calendar('GB'));
    expect(result.from).toBe('Tue 2028-01-04');
    expect(result.skipped?.map((day) => day.slice(0, 10))).toEqual([
      '2027-12-27',
      '2027-12-28',
      '2028-01-03',
    ]);
  });

  it("skips Germany's own holidays", () => {
    // Day of German Unity, Friday 3 October 2025: a business day in the US.
    expect(window('2025-10-02', '1 business day', calendar('DE')).from).toBe('Mon 2025-10-06');
    expect(window('2025-10-02', '1 business day', calendar('US')).from).toBe('Fri 2025-10-03');
  });

  it('counts weekends only, and says so, for an unknown country or year', () => {
    const unknown = waitWindow(
      wait('5 business days'),
      new Date('2026-11-25T10:00:00'),
      calendar('ZZ'),
    );
    expect(format(unknown.from, 'yyyy-MM-dd')).toBe('2026-12-02');
    expect(businessDaysNote(unknown.businessDays!)).toMatch(/weekends only.*ZZ/);
    const later = waitWindow(
      wait('5 business days'),
      new Date('2070-11-25T10:00:00'),
      calendar('US'),
    );
    expect(later.businessDays?.known).toBe(false);
    const none = waitWindow(
      wait('5 business days'),
      new Date('2026-11-25T10:00:00'),
      WEEKENDS_ONLY,
    );
    expect(businessDaysNote(none.businessDays!)).toMatch(/weekends only.*no country/);
  });

  it('names the holidays it skipped', () => {
    const counted = waitWindow(
      wait('5-10 business days'),
      new Date('2026-11-25T10:00:00'),
      calendar('US'),
    );
    expect(businessDaysNote(counted.businessDays!)).toBe(
      ' (business days in US, not counting Thanksgiving Day on Thu 26 Nov)',
    );
  });

  it('does not count holidays for waits in calendar days or weeks', () => {
    expect(window('2026-11-25', '3 days', calendar('US'))).toMatchObject({
      to: 'Sat 2026-11-28',
      skipped: undefined,
    });
  });

  it('reads a damaged table as no holidays, never as a crash', () => {
    for (const data of [
      undefined,
      'text',
      { format: 1 },
      { ...(table as object), countries: { US: { names: [], years: ['zz!'] } } },
    ]) {
      expect(calendarFromTable(data, 'US').holidaysIn(2026)).toBeUndefined();
    }
  });
});

describe('whose holidays', () => {
  it("takes the country from the locale's region", () => {
    expect(countryOfLocale({ LANG: 'en_US.UTF-8' })).toBe('US');
    expect(countryOfLocale({ LANG: 'en_GB' })).toBe('GB');
    expect(countryOfLocale({ LANG: 'de_DE@euro' })).toBe('DE');
    expect(countryOfLocale({ LANG: 'C' })).toBeUndefined();
    expect(countryOfLocale({ LANG: 'POSIX' })).toBeUndefined();
    expect(countryOfLocale({ LANG: 'en' })).toBeUndefined();
    expect(countryOfLocale({})).toBeUndefined();
  });

  it('lets LC_ALL, then LC_TIME, speak before LANG', () => {
    expect(countryOfLocale({ LC_ALL: 'fr_FR.UTF-8', LC_TIME: 'de_DE', LANG: 'en_US' })).toBe('FR');
    expect(countryOfLocale({ LC_TIME: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' })).toBe('DE');
    expect(countryOfLocale({ LC_ALL: '', LANG: 'en_GB.UTF-8' })).toBe('GB');
  });

  it('lets STEPWISE_COUNTRY override the setting, and the setting the locale', () => {
    expect(userCountry('auto', { LANG: 'en_GB.UTF-8' })).toBe('GB');
    expect(userCountry('US', { LANG: 'en_GB.UTF-8' })).toBe('US');
    expect(userCountry('US', { LANG: 'en_GB.UTF-8', STEPWISE_COUNTRY: 'de' })).toBe('DE');
    expect(userCountry('auto', { LANG: 'C', STEPWISE_COUNTRY: 'not a country' })).toBeUndefined();
  });
});
