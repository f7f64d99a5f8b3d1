import { afterEach, describe, expect, it } from 'vitest';
import { ES } from '../../source/domain/i18n/es.js';
import { EN_PLURALS } from '../../source/domain/i18n/en.js';
import { chooseLanguage, formatLocale } from '../../source/domain/i18n/language.js';
import {
  listOf,
  setLanguage,
  t,
  translate,
  type Message,
} from '../../source/domain/i18n/translate.js';
import { placeholders, sourceKeys } from '../helpers/catalog-keys.js';
import { tabLabels } from '../../source/state/ui-state.js';
import { ROOT } from '../helpers/terminal.js';

const keys = sourceKeys(ROOT);
const unique = [...new Set(keys.map((found) => found.key))];
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

afterEach(() => setLanguage('en'));

describe('the catalogs', () => {
  it('finds the messages of the source', () => {
    // The key table, the help, the app, the commands and lint: hundreds, not a handful.
    expect(unique.length).toBeGreaterThan(500);
    expect(unique).toContain('{done} of {count} done. ? for keys, q quits.');
  });

  it('has every message of the source in Spanish, with the same placeholders', () => {
    const missing = keys.filter(({ key }) => !Object.hasOwn(ES, key));
    expect(missing.map(({ key, where }) => `${where}: ${key}`)).toEqual([]);
    const wrong = unique.filter((key) =>
      forms(ES[key] ?? key).some((form) => placeholders(form).join() !== placeholders(key).join()),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps no Spanish message that the source no longer says', () => {
    expect(Object.keys(ES).filter((key) => !unique.includes(key))).toEqual([]);
  });

  it('gives each message with a count its plural forms in both languages', () => {
    for (const key of Object.keys(EN_PLURALS)) {
      expect(unique, key).toContain(key);
      const spanish = ES[key];
      expect(typeof spanish, key).toBe('object');
      expect(forms(EN_PLURALS[key] ?? '').map(placeholders)).toEqual(
        forms(EN_PLURALS[key] ?? '').map(() => placeholders(key)),
      );
    }
  });

  it('chooses plural forms by Intl.PluralRules, for 0, 1, 2 and 5', () => {
    const said = (count: number) => t('{count} questions', { count });
    expect([0, 1, 2, 5].map(said)).toEqual([
      '0 questions',
      '1 question',
      '2 questions',
      '5 questions',
    ]);
    setLanguage('es', {}, ES);
    expect([0, 1, 2, 5].map(said)).toEqual([
      '0 preguntas',
      '1 pregunta',
      '2 preguntas',
      '5 preguntas',
    ]);
  });

  it('says a message a translation lacks in English, never as a key', () => {
    const catalogs = { en: {}, es: { Steps: 'Pasos' } };
    expect(translate(catalogs, 'es', 'es', 'Steps')).toBe('Pasos');
    expect(translate(catalogs, 'es', 'es', 'Tips')).toBe('Tips');
    expect(translate(catalogs, 'es', 'es', '{count} left', { count: 12345 })).toBe('12,345 left');
    // Numbers in the language of the sentence they stand in.
    expect(
      translate({ en: {}, es: { '{count} left': 'quedan {count}' } }, 'es', 'es', '{count} left', {
        count: 12345,
      }),
    ).toBe('quedan 12.345');
  });

  it('joins lists as the language does', () => {
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
    setLanguage('es', {}, ES);
    expect(listOf(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('choosing the language', () => {
  const env = (values: Record<string, string>) => values;
  it.each([
    ['--lang es wins', 'es', 'auto', env({ LANG: 'en_US.UTF-8' }), 'es'],
    ['--lang en wins over a Spanish locale', 'en', 'auto', env({ LANG: 'es_US.UTF-8' }), 'en'],
    ['--lang takes a tag or a locale name', 'es-MX', 'auto', env({}), 'es'],
    ['the setting', undefined, 'es', env({ LANG: 'en_US.UTF-8' }), 'es'],
    ['LC_ALL before LANG', undefined, 'auto', env({ LC_ALL: 'es_MX.UTF-8', LANG: 'en_US' }), 'es'],
    ['LC_MESSAGES', undefined, 'auto', env({ LC_MESSAGES: 'es_ES', LANG: 'en_GB' }), 'es'],
    ['LANGUAGE, a list', undefined, 'auto', env({ LANGUAGE: 'fr:es:en', LANG: 'C' }), 'es'],
    ['LANG', undefined, 'auto', env({ LANG: 'es_US.UTF-8' }), 'es'],
    ['C and POSIX are skipped', undefined, 'auto', env({ LC_ALL: 'C', LANG: 'es_US' }), 'es'],
    ['POSIX.UTF-8 too', undefined, 'auto', env({ LC_ALL: 'POSIX', LANG: 'es' }), 'es'],
    ['a language stepwise does not speak', undefined, 'auto', env({ LANG: 'de_DE.UTF-8' }), 'en'],
    ['nothing set', undefined, 'auto', env({}), 'en'],
  ])('%s', (_name, flag, setting, values, expected) => {
    const choice = chooseLanguage(flag, setting, values);
    expect(choice.ok && choice.language).toBe(expected);
  });

  it('refuses a --lang it does not speak, naming those it does', () => {
    const choice = chooseLanguage('fr', 'auto', {});
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.reason).toMatch(/"fr".*en \(English\).*es \(español\)/);
  });

  it('writes dates and numbers in the language of the sentences, with the region kept', () => {
    expect(formatLocale('es', { LANG: 'es_MX.UTF-8' })).toBe('es-MX');
    expect(formatLocale('es', { LANG: 'de_DE.UTF-8' })).toBe('es');
    expect(formatLocale('en', { LANG: 'es_US.UTF-8' })).toBe('en-GB');
    expect(formatLocale('en', { LANG: 'en_US.UTF-8' })).toBe('en-US');
  });
});

describe('the tab bar in a longer language', () => {
  it('keeps every name whole: where they do not all fit, the other tabs show their keys', () => {
    expect(tabLabels('steps', 40)).toEqual(['1 Steps', '2 FAQ', '3 Tips', '4 Progress']);
    setLanguage('es', {}, ES);
    expect(tabLabels('faq', 80)).toEqual(['1 Pasos', '2 Preguntas', '3 Consejos', '4 Progreso']);
    expect(tabLabels('faq', 40)).toEqual(['1', '2 Preguntas', '3', '4']);
  });
});
