import { appPaths } from '../adapters/app-paths.js';
import { holidayCalendar, knownCountries, userCountry } from '../adapters/holiday-calendar.js';
import { SettingsStore } from '../adapters/settings-store.js';
import { COUNTRY_PATTERN, type HolidayCalendar } from '../domain/progress/holidays.js';
import { screenReaderWanted, type Settings } from '../domain/settings/settings.js';
import { localeWantsAscii } from '../domain/text/ascii.js';
import { cleanOutput } from '../domain/text/sanitize.js';

// The person's settings as every command and the app see them: read once per run, when first
// needed. A broken settings file is said once on stderr and the defaults are used.

export const settingsStore = () => new SettingsStore(appPaths().config);

let read: Settings | undefined;

export function userSettings(): Settings {
  if (read === undefined) {
    const result = settingsStore().read();
    read = result.settings;
    if (result.notice !== undefined)
      process.stderr.write(cleanOutput(`stepwise: ${result.notice}\n`));
  }
  return read;
}

/** The public holidays business-day waits skip: STEPWISE_COUNTRY, the setting, or the locale's. */
export function userCalendar(env: NodeJS.ProcessEnv = process.env): HolidayCalendar {
  const override = env.STEPWISE_COUNTRY?.trim();
  if (override && !COUNTRY_PATTERN.test(override)) {
    process.stderr.write(
      cleanOutput(
        `stepwise: STEPWISE_COUNTRY="${override}" is not a two-letter country code (such as GB): ignored\n`,
      ),
    );
  }
  const calendar = holidayCalendar(userCountry(userSettings().country, env));
  const country = calendar.country;
  if (!override || country === undefined || country !== override.toUpperCase()) return calendar;
  // A code of two letters that the holiday table does not know is said, as `config set` says it,
  // the first time a wait needs it (the table is read only then).
  let checked = false;
  return {
    country,
    holidaysIn: (year) => {
      if (!checked) {
        checked = true;
        const known = knownCountries();
        if (known.length > 0 && !known.includes(country)) {
          process.stderr.write(
            cleanOutput(
              `stepwise: STEPWISE_COUNTRY="${override}": no public holidays are known for it, so business days skip weekends only (see "stepwise config set country")\n`,
            ),
          );
        }
      }
      return calendar.holidaysIn(year);
    },
  };
}

/** Whether to draw ASCII symbols: the setting, or the locale when it says auto. */
export function wantsAscii(env: NodeJS.ProcessEnv = process.env): boolean {
  const symbols = userSettings().symbols;
  return symbols === 'ascii' || (symbols === 'auto' && localeWantsAscii(env));
}

let reader: boolean | undefined;

/** Whether this run writes for a screen reader (see screenReaderWanted); set once from the command line. */
export function chooseScreenReader(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv = process.env,
) {
  reader = screenReaderWanted(flag, env, userSettings()['screen-reader']);
  return reader;
}

/** Whether this run writes for a screen reader; false before the command line is read. */
export function wantsScreenReader(): boolean {
  return reader ?? false;
}
