import { distFile } from './package-files.js';
import {
  calendarFromTable,
  COUNTRY_PATTERN,
  countryOfLocale,
  tableCountries,
  WEEKENDS_ONLY,
  type HolidayCalendar,
} from '../domain/progress/holidays.js';
import { isReadFailure, readRegularFile } from './read-file.js';

/** The table is about 0.5 MB; anything far larger is not it. */
const MAX_TABLE_BYTES = 8 * 1024 * 1024;

/** dist/holidays.json, made by the build. */
export const holidayTablePath = (): string => distFile('holidays.json');

/** The table's JSON, or undefined when it is missing or unreadable (then weekends only). */
export function readHolidayTable(path = holidayTablePath()): unknown {
  const bytes = readRegularFile(path, MAX_TABLE_BYTES);
  if (isReadFailure(bytes)) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whose holidays count: STEPWISE_COUNTRY for one run, else the setting, else the locale's region.
 * An override that is not two letters is ignored, as if unset.
 */
export function userCountry(
  setting: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const override = env.STEPWISE_COUNTRY?.trim();
  if (override && COUNTRY_PATTERN.test(override)) return override.toUpperCase();
  if (setting !== 'auto') return setting;
  return countryOfLocale(env);
}

/**
 * The calendar of a country. The table is read the first time a business-day wait asks for a
 * year's holidays, so a run that computes no wait never reads it.
 */
export function holidayCalendar(
  country: string | undefined,
  path = holidayTablePath(),
): HolidayCalendar {
  if (country === undefined) return WEEKENDS_ONLY;
  let loaded: HolidayCalendar | undefined;
  return {
    country,
    holidaysIn: (year) => {
      loaded ??= calendarFromTable(readHolidayTable(path), country);
      return loaded.holidaysIn(year);
    },
  };
}

/** The country codes whose holidays are known. */
export function knownCountries(path = holidayTablePath()): readonly string[] {
  return tableCountries(readHolidayTable(path));
}
