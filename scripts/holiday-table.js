// Builds the table of public holidays that business-day waits skip, from the date-holidays library:
// every country it knows, public holidays only (no observances), national level, for a span of
// years. The app reads this small file when it first computes a wait, instead of loading the
// library and its rule engine (over 1.5 MB bundled) at all.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2050;
export const TABLE_FORMAT = 1;

const base36 = (value) => value.toString(36).padStart(2, '0');

function dayOfYear(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The library's version, so a build knows when its table is out of date. */
export function holidaySource() {
  const { version } = require('date-holidays/package.json');
  return `date-holidays ${version}`;
}

/**
 * { format, source, firstYear, lastYear, countries: { US: { name, names, years } } }, where
 * years[i] holds the holidays of firstYear + i as four base-36 characters each: two for the day
 * of the year, two for the index of its name in `names`.
 */
export function holidayTable(only) {
  const Holidays = require('date-holidays');
  const countries = {};
  for (const [code, name] of Object.entries(new Holidays().getCountries('en'))) {
    if (only && !only.includes(code)) continue;
    const rules = new Holidays(code, { languages: ['en'], types: ['public'] });
    const names = [];
    const years = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const days = new Map();
      for (const holiday of rules.getHolidays(year) || []) {
        if (holiday.type !== 'public') continue;
        let index = names.indexOf(holiday.name);
        if (index === -1) index = names.push(holiday.name) - 1;
        // A holiday of several days (some last a week) counts each of them.
        const [y, m, d] = holiday.date.slice(0, 10).split('-').map(Number);
        const first = Date.UTC(y, m - 1, d);
        const length = Math.max(1, Math.round((holiday.end - holiday.start) / 86_400_000));
        for (let offset = 0; offset < length; offset += 1) {
          const day = isoDay(first + offset * 86_400_000);
          if (Number(day.slice(0, 4)) === year && !days.has(day)) days.set(day, index);
        }
      }
      years.push(
        [...days]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, index]) => base36(dayOfYear(day)) + base36(index))
          .join(''),
      );
    }
    countries[code] = { name, names, years };
  }
  return {
    format: TABLE_FORMAT,
    source: holidaySource(),
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    countries,
  };
}
