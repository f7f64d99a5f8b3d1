// Every sentence a person reads comes from a catalog. The key is the English sentence itself, with
// named placeholders ("{count} done"): it is what a translator reads, and what is said when a
// translation lacks it, so a key is never shown as a key. A message with a count has a form per
// plural category of its language (Intl.PluralRules); the English forms of those are in en.ts.
// Translations are in es.ts; test/unit/i18n.test.ts finds every key in the source and checks
// that each translation has it, with the same placeholders.

import { EN_PLURALS } from './en.js';
import { formatLocale, type Language } from './language.js';

/** A message with a form per plural category; `other` is the form every language has. */
export type PluralMessage = {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
export type Message = string | PluralMessage;
export type Catalog = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

/**
 * The catalogs by language. English is always here; a translation is added when its language is
 * chosen (cli/main.ts loads it then), so that a run in English never reads the others.
 */
const catalogs: Record<Language, Catalog> = { en: EN_PLURALS, es: {} };

let language: Language = 'en';
let locale = 'en-GB';
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

/** Speaks this language from now on, with numbers and dates in `formatLocale`'s locale. */
export function setLanguage(
  value: Language,
  env: Readonly<Record<string, string | undefined>> = {},
  catalog?: Catalog,
): void {
  if (catalog !== undefined) catalogs[value] = catalog;
  language = value;
  locale = formatLocale(value, env);
}

export const currentLanguage = (): Language => language;

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** The form of a message for a count, in the rules of the language it is written in. */
function formOf(message: Message, count: number | undefined, tag: string): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  // An exact zero form wins where a message has one ("no notes" rather than "0 notes").
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = cached(plurals, tag, () => new Intl.PluralRules(tag)).select(count);
  return message[category] ?? message.other;
}

/**
 * A number the locale's way. Small whole numbers are the same in every language stepwise speaks
 * and are written directly: the first Intl.NumberFormat costs 20 ms, which the first frame (with
 * its "0/14 done") should not pay.
 */
function formatNumber(value: number, tag: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return cached(numbers, tag, () => new Intl.NumberFormat(tag)).format(value);
}

/** Fills `{name}` placeholders; a number is written the locale's way. */
function fill(text: string, params: Params | undefined, tag: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(value, tag) : value;
  });
}

/**
 * The English of a key. A key may say where the message stands after "@@" ("FAQ@@result tag"),
 * where one English word needs different words in another language; the English is before it.
 */
const english = (key: string): string => {
  const at = key.indexOf('@@');
  return at === -1 ? key : key.slice(0, at);
};

/**
 * A message in a language from these catalogs: the translation, or the English when the
 * translation lacks it (then numbers are written the English way too). Pure; `t` is this with the
 * current language.
 */
export function translate(
  catalogs: Readonly<Record<Language, Catalog>>,
  lang: Language,
  tag: string,
  key: string,
  params?: Params,
): string {
  const own =
    lang === 'en'
      ? undefined
      : Object.hasOwn(catalogs[lang], key)
        ? catalogs[lang][key]
        : undefined;
  const message =
    own ?? (Object.hasOwn(catalogs.en, key) ? catalogs.en[key] : undefined) ?? english(key);
  const tagUsed = own === undefined ? 'en' : tag;
  const count = typeof params?.count === 'number' ? params.count : undefined;
  return fill(formOf(message, count, tagUsed), params, tagUsed);
}

/** A message in the current language. The key is the English text, written out in the call. */
export const t = (key: string, params?: Params): string =>
  translate(catalogs, language, locale, key, params);

/**
 * Marks a sentence kept as data (a key's help, a setting's description) for the catalog, without
 * translating it yet: whoever shows it passes it through `t` then.
 */
export const msg = (key: string): string => key;

const regions = new Map<string, Intl.DisplayNames>();

/** A country's name in the interface's language ("Estados Unidos"); English keeps the code. */
export function countryName(code: string): string {
  if (language === 'en') return code;
  try {
    return (
      cached(regions, locale, () => new Intl.DisplayNames(locale, { type: 'region' })).of(code) ??
      code
    );
  } catch {
    return code;
  }
}

/** Items joined as the language joins them: "a, b and c", "a, b y c"; "a or b", "a o b". */
export function listOf(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return cached(
    lists,
    `${locale} ${type}`,
    () => new Intl.ListFormat(locale, { style: 'long', type }),
  ).format(items);
}
