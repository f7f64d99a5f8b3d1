// The person's settings: what each one is, which values it takes, and how the file that keeps them
// is read. A value that is not valid is left out (and named), never fatal.

import { cleanLine } from '../text/sanitize.js';
import { COUNTRY_PATTERN } from '../progress/holidays.js';
import { LANGUAGES, type Language } from '../i18n/language.js';
import { msg, t } from '../i18n/translate.js';

export type Settings = {
  /** Whose public holidays business days skip: a two-letter code, or from the locale. */
  readonly country: string;
  /** The symbols drawn: as the locale allows, always Unicode, or always ASCII. */
  readonly symbols: 'auto' | 'unicode' | 'ascii';
  /** Clicks and the wheel in the app. */
  readonly mouse: 'on' | 'off';
  /** Colours for a dark or a light background; auto asks the terminal. */
  readonly theme: 'auto' | 'dark' | 'light';
  /** Plain lines with states in words, for a screen reader or a braille display. */
  readonly 'screen-reader': 'on' | 'off';
  /** The folder progress is shared through with other computers (an absolute path), or off. */
  readonly 'sync-dir': string;
  /** The language of the interface and of guides that have a translation; auto: the locale's. */
  readonly language: 'auto' | Language;
};

export type SettingName = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  country: 'auto',
  symbols: 'auto',
  mouse: 'on',
  theme: 'auto',
  'screen-reader': 'off',
  'sync-dir': 'off',
  language: 'auto',
};

type SettingRule = {
  readonly help: string;
  /** The values it takes, in words, for help and errors. */
  readonly values: string;
  readonly parse: (text: string) => string | undefined;
  /** The values, where they can be listed (for shell completion). */
  readonly choices?: readonly string[];
};

const oneOf =
  (...values: readonly string[]) =>
  (text: string) =>
    values.find((value) => value === text.trim().toLowerCase());

/** Every setting, in the order `config list` shows them. */
export const SETTING_RULES: Readonly<Record<SettingName, SettingRule>> = {
  country: {
    help: msg(
      'whose public holidays business-day waits skip ("auto": from the locale, as en_US is US)',
    ),
    values: msg('auto, or a two-letter country code such as US, GB, DE or FR'),
    parse: (text) => {
      const value = text.trim();
      if (value.toLowerCase() === 'auto') return 'auto';
      return COUNTRY_PATTERN.test(value) ? value.toUpperCase() : undefined;
    },
  },
  symbols: {
    help: msg('the symbols drawn ("auto": ASCII when the locale is not UTF-8)'),
    values: msg('auto, unicode or ascii'),
    parse: oneOf('auto', 'unicode', 'ascii'),
    choices: ['auto', 'unicode', 'ascii'],
  },
  theme: {
    help: msg('colours for a dark or a light background ("auto": ask the terminal, else dark)'),
    values: msg('auto, dark or light'),
    parse: oneOf('auto', 'dark', 'light'),
    choices: ['auto', 'dark', 'light'],
  },
  mouse: {
    help: msg('clicks and the wheel in the app (off: the terminal selects text as usual)'),
    values: msg('on or off'),
    parse: oneOf('on', 'off'),
    choices: ['on', 'off'],
  },
  'screen-reader': {
    help: msg('plain lines with every state in words, for a screen reader or a braille display'),
    values: msg('on or off'),
    parse: oneOf('on', 'off'),
    choices: ['on', 'off'],
  },
  language: {
    help: msg(
      'the language of the interface and of guides that have a translation ("auto": from the locale, as es_US is Spanish)',
    ),
    values: msg('auto, en or es'),
    parse: oneOf('auto', ...LANGUAGES),
    choices: ['auto', ...LANGUAGES],
  },
  'sync-dir': {
    help: msg(
      'a folder your sync tool (Syncthing, Dropbox, iCloud Drive, OneDrive, git) shares between your computers: progress is kept there',
    ),
    values: msg('off, or a folder'),
    parse: parseSyncFolder,
  },
};

/** A sync folder as kept: "off", or an absolute path of sane length without control characters. */
export function parseSyncFolder(text: string): string | undefined {
  const value = text.trim();
  if (value.toLowerCase() === 'off') return 'off';
  if (value.length > 4096 || cleanLine(value) !== value) return undefined;
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value) ? value : undefined;
}

export const SETTING_NAMES = Object.keys(SETTING_RULES) as SettingName[];

export function isSettingName(name: string): name is SettingName {
  return (SETTING_NAMES as readonly string[]).includes(name);
}

/** A value as typed, checked: the value to keep, or what is wrong with it. */
export function parseSetting(
  name: SettingName,
  text: string,
): { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string } {
  const value = SETTING_RULES[name].parse(text);
  return value === undefined
    ? {
        ok: false,
        reason: t('"{value}" is not a valid value for {setting}: use {values}', {
          value: cleanLine(text),
          setting: name,
          values: t(SETTING_RULES[name].values),
        }),
      }
    : { ok: true, value };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The settings a file holds; what is missing is the default, what is not valid is dropped. */
export function decodeSettings(data: unknown): {
  readonly settings: Settings;
  readonly dropped: readonly string[];
} {
  const dropped: string[] = [];
  const settings: Record<string, string> = { ...DEFAULT_SETTINGS };
  if (!isObject(data))
    return {
      settings: DEFAULT_SETTINGS,
      dropped: [t('the file, which is not a JSON object')],
    };
  for (const name of SETTING_NAMES) {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) continue;
    const parsed = typeof value === 'string' ? SETTING_RULES[name].parse(value) : undefined;
    if (parsed === undefined) dropped.push(t('the {name} setting', { name }));
    else settings[name] = parsed;
  }
  return { settings: settings as Settings, dropped };
}

/**
 * Whether to write for a screen reader: --no-screen-reader or --screen-reader decide outright;
 * else INK_SCREEN_READER=true (Ink's own switch) or ACCESSIBLE (as charmbracelet's tools read it)
 * turn it on; else the setting.
 */
export function screenReaderWanted(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  setting: Settings['screen-reader'],
): boolean {
  if (flag !== undefined) return flag;
  if (env.INK_SCREEN_READER?.trim().toLowerCase() === 'true') return true;
  const accessible = env.ACCESSIBLE?.trim().toLowerCase();
  if (
    accessible !== undefined &&
    accessible !== '' &&
    !['0', 'false', 'no', 'off'].includes(accessible)
  ) {
    return true;
  }
  return setting === 'on';
}
