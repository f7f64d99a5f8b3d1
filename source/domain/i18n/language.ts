// Which language stepwise speaks: the interface, the guide when it has a translation, and the
// dates, numbers and lists inside its sentences. Chosen as tldr's client specification chooses a
// page's language, with the locale variables in the order the C library reads them.

import { listOf, t } from './translate.js';

/** The languages the interface is written in; English is the original and the fallback. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'español',
};

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** The language part of a locale name or a language tag: "es_MX.UTF-8" and "es-MX" are es. */
function languagePart(name: string): string | undefined {
  const match = /^([a-zA-Z]{2,3})(?=$|[_.@-])/.exec(name.trim());
  return match?.[1]?.toLowerCase();
}

/** The region part of a locale name: "es_MX.UTF-8" is MX; undefined when it has none. */
function regionPart(name: string): string | undefined {
  return /^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})(?=$|[.@])/.exec(name.trim())?.[1]?.toUpperCase();
}

const ignored = (value: string | undefined): boolean =>
  value === undefined || value.trim() === '' || /^(C|POSIX)([.@].*)?$/.test(value.trim());

export type LanguageChoice =
  | { readonly ok: true; readonly language: Language; readonly from: string }
  | { readonly ok: false; readonly reason: string };

/** The error for a language stepwise does not speak, with the ones it does. */
const unknown = (what: string, value: string) =>
  t('{what} "{value}" is not a language stepwise speaks: use {languages}', {
    what,
    value,
    languages: listOf(
      LANGUAGES.map((code) => `${code} (${LANGUAGE_NAMES[code]})`),
      'disjunction',
    ),
  });

/**
 * The language of this run: --lang (strict: an unknown code is an error), the language setting,
 * then the first of LC_ALL, LC_MESSAGES, LANGUAGE and LANG that is set and not C or POSIX (for
 * LANGUAGE, a list, the first language of it stepwise speaks), then English.
 */
export function chooseLanguage(
  flag: string | undefined,
  setting: string,
  env: Readonly<Record<string, string | undefined>>,
): LanguageChoice {
  if (flag !== undefined) {
    const code = languagePart(flag);
    return code !== undefined && isLanguage(code)
      ? { ok: true, language: code, from: '--lang' }
      : { ok: false, reason: unknown('--lang', flag) };
  }
  if (setting !== 'auto' && isLanguage(setting)) {
    return { ok: true, language: setting, from: 'the language setting' };
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'LANG'] as const) {
    const value = env[name];
    if (ignored(value)) continue;
    const candidates = name === 'LANGUAGE' ? value!.split(':') : [value!];
    const found = candidates
      .map(languagePart)
      .find((code) => code !== undefined && isLanguage(code));
    if (found !== undefined && isLanguage(found)) return { ok: true, language: found, from: name };
    // A locale set to a language stepwise does not speak: English, not a language further down.
    if (name !== 'LANGUAGE') break;
  }
  return { ok: true, language: 'en', from: 'the default' };
}

/**
 * The locale dates and numbers are written in: the person's own when it is of the interface's
 * language (es_MX gives es-MX), else the language's own, so a date never reads in another language
 * than the sentence around it. English without a region writes the day first, as most of the
 * world does.
 */
export function formatLocale(
  language: Language,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const name = [env.LC_ALL, env.LC_TIME, env.LANG].find((value) => !ignored(value));
  const region =
    name !== undefined && languagePart(name) === language ? regionPart(name) : undefined;
  // Always well formed (two letters and a region of two): a region Intl has no data for falls back
  // to the language by itself. Not checked here: asking ICU costs 20 ms at every start.
  return region !== undefined ? `${language}-${region}` : language === 'en' ? 'en-GB' : language;
}
