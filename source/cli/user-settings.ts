import { homedir } from 'node:os';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { holidayCalendar, knownCountries, userCountry } from '../adapters/holiday-calendar.js';
import { SettingsStore } from '../adapters/settings-store.js';
import { COUNTRY_PATTERN, type HolidayCalendar } from '../domain/progress/holidays.js';
import { screenReaderWanted, type Settings } from '../domain/settings/settings.js';
import { localeWantsAscii } from '../domain/text/ascii.js';
import { cleanOutput } from '../domain/text/sanitize.js';
import { t } from '../domain/i18n/translate.js';

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
        `stepwise: ${t('STEPWISE_COUNTRY="{value}" is not a two-letter country code (such as GB): ignored', { value: override })}\n`,
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
              `stepwise: ${t('STEPWISE_COUNTRY="{value}": no public holidays are known for it, so business days skip weekends only (see "stepwise config set country")', { value: override })}\n`,
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

/**
 * The folder progress is synced through this run: STEPWISE_SYNC_DIR (a path, or "off") for one
 * run, else the sync-dir setting; undefined when sync is off. `fresh`: the settings file read
 * again (a running app asks whether sync was turned off meanwhile).
 */
export function syncFolder(
  env: NodeJS.ProcessEnv = process.env,
  fresh = false,
): string | undefined {
  const override = env.STEPWISE_SYNC_DIR?.trim();
  const setting = fresh ? settingsStore().read().settings['sync-dir'] : userSettings()['sync-dir'];
  const chosen = override === undefined || override === '' ? setting : override;
  if (chosen.toLowerCase() === 'off') return undefined;
  return resolve(chosen.replace(/^~(?=$|[\\/])/, homedir()));
}

/** A path with its links followed, as far as it exists ("a/b/new" when only "a/b" is there). */
function realPath(path: string): string {
  const missing: string[] = [];
  let existing = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      missing.push(basename(existing));
      existing = parent;
    }
  }
}

/**
 * Why a folder cannot be the sync folder: it holds the config folder, or lies inside it, links
 * followed (syncing the config folder would share the device id, the place and the locks of one
 * computer); or it is a system folder of devices.
 */
export function syncFolderProblem(folder: string, config = appPaths().config): string | undefined {
  const real = realPath(folder);
  const configReal = realPath(config);
  const inside = (inner: string, outer: string) => {
    const path = relative(outer, inner);
    return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
  };
  if (/^\/(dev|proc|sys)(\/|$)/.test(real)) {
    return t('{folder} is a system folder, not one your sync tool shares', { folder });
  }
  if (inside(configReal, real)) {
    return t(
      "{folder} holds stepwise's config folder ({config}): choose a folder of its own, such as ~/Sync/stepwise",
      { folder, config },
    );
  }
  if (inside(real, configReal)) {
    return t(
      "{folder} is inside stepwise's config folder ({config}), which must stay on this computer: choose a folder your sync tool shares, such as ~/Sync/stepwise",
      { folder, config },
    );
  }
  return undefined;
}
