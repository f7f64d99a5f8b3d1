import { cleanLine } from '../text/sanitize.js';
// Public holidays, as business-day waits need them: which days of a year are holidays in the
// person's country, and what each is called. The table comes from outside (built from a holiday
// library) and is decoded here; a country or a year the table does not hold has no known holidays,
// and every wait that counts business days says so.

export type HolidayCalendar = {
  /** The ISO 3166 code of the country whose holidays count; none when it could not be told. */
  readonly country?: string;
  /** The holidays of one year by "yyyy-MM-dd", with their names; undefined when not known. */
  readonly holidaysIn: (year: number) => ReadonlyMap<string, string> | undefined;
};

/** No country: business days skip weekends only. */
export const WEEKENDS_ONLY: HolidayCalendar = { holidaysIn: () => undefined };

/** A valid setting or override of the country: two letters, as in ISO 3166. */
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;

/**
 * The country of a locale name: "en_US.UTF-8" is US, "de_DE@euro" is DE, "C" and "POSIX" are none.
 * The first of LC_ALL, LC_TIME and LANG that is set decides, as it does for dates.
 */
export function countryOfLocale(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const locale = [env.LC_ALL, env.LC_TIME, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  const region = locale && /^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?=$|[.@])/.exec(locale)?.[1];
  return region ? region.toUpperCase() : undefined;
}

/** The table's JSON, as built by scripts/holiday-table.js. */
type TableJson = {
  readonly format: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly countries: Readonly<
    Record<string, { readonly names: readonly string[]; readonly years: readonly string[] }>
  >;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function isTable(data: unknown): data is TableJson {
  return (
    isObject(data) &&
    data.format === 1 &&
    Number.isInteger(data.firstYear) &&
    Number.isInteger(data.lastYear) &&
    isObject(data.countries)
  );
}

const pad = (value: number) => String(value).padStart(2, '0');

function dayName(year: number, dayOfYear: number): string {
  const date = new Date(Date.UTC(year, 0, dayOfYear));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** One year's holidays from four base-36 characters each: day of the year, then name index. */
function decodeYear(
  year: number,
  text: string,
  names: readonly string[],
): ReadonlyMap<string, string> | undefined {
  if (!/^(?:[0-9a-z]{4})*$/.test(text)) return undefined;
  const days = new Map<string, string>();
  for (let at = 0; at < text.length; at += 4) {
    const day = Number.parseInt(text.slice(at, at + 2), 36);
    const name = names[Number.parseInt(text.slice(at + 2, at + 4), 36)];
    if (day < 1 || day > 366 || typeof name !== 'string') return undefined;
    // The table is a file like any other: its names are cleaned before they are shown.
    days.set(dayName(year, day), cleanLine(name).slice(0, 80));
  }
  return days;
}

/**
 * The calendar of one country from the table; weekends only when the table is unreadable or does
 * not know the country. Years are decoded when first asked for.
 */
export function calendarFromTable(data: unknown, country: string): HolidayCalendar {
  const code = country.toUpperCase();
  const entry =
    isTable(data) && Object.hasOwn(data.countries, code) ? data.countries[code] : undefined;
  if (
    !isTable(data) ||
    !isObject(entry) ||
    !Array.isArray(entry.names) ||
    !Array.isArray(entry.years)
  ) {
    return { country: code, holidaysIn: () => undefined };
  }
  const { firstYear, lastYear } = data;
  const decoded = new Map<number, ReadonlyMap<string, string> | undefined>();
  return {
    country: code,
    holidaysIn: (year) => {
      if (year < firstYear || year > lastYear) return undefined;
      if (!decoded.has(year)) {
        const text = entry.years[year - firstYear];
        decoded.set(
          year,
          typeof text === 'string' ? decodeYear(year, text, entry.names) : undefined,
        );
      }
      return decoded.get(year);
    },
  };
}

/** The country codes a table holds, for checking a setting. */
export function tableCountries(data: unknown): readonly string[] {
  return isTable(data) ? Object.keys(data.countries) : [];
}
