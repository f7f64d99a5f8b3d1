// Dates as a person reads them, in their own locale (Intl): "Thu 3 Dec" in Britain, "Thu, Dec 3"
// in the US, "viernes 11 de diciembre" in Spanish. The locale is set once, by the command line
// entry, always of the language of the sentences around the date (domain/i18n/language.ts
// formatLocale): never "Mi., 25. Nov." inside an English sentence.

import { format } from 'date-fns/format';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { es } from 'date-fns/locale/es';
import { currentLanguage, t } from '../i18n/translate.js';

const FALLBACK = 'en-GB';
let locale = FALLBACK;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Writes dates in this locale from now on (the fallback when undefined). */
export function setDateLocale(value: string | undefined): void {
  locale = value ?? FALLBACK;
  formatters.clear();
}

/** Spanish dates spell their months out: "11 de diciembre", never an abbreviation. */
const spanish = (): boolean => locale.startsWith('es');

function formatWith(key: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** "26 Nov": short enough for a status line, clear enough to remember. */
export function shortDate(iso: string, now?: Date): string {
  const date = new Date(iso);
  // A day of another year says which: "6 Dec" alone would read as this year's.
  if (now !== undefined && date.getFullYear() !== now.getFullYear()) return fullDate(date);
  return formatWith('short', { day: 'numeric', month: spanish() ? 'long' : 'short' }, date);
}

/** "Thu 26 Nov", for dates a person plans around. */
export function dayDate(date: Date): string {
  // "viernes 11 de diciembre" in Spanish, where the short forms read as English abbreviations do.
  if (spanish()) {
    return formatWith('day', { weekday: 'long', day: 'numeric', month: 'long' }, date).replace(
      ',',
      '',
    );
  }
  return formatWith('day', { weekday: 'short', day: 'numeric', month: 'short' }, date);
}

/** "26 Nov 2026", for a date that may be a year away. */
export function fullDate(date: Date): string {
  return formatWith(
    'full',
    { day: 'numeric', month: spanish() ? 'long' : 'short', year: 'numeric' },
    date,
  );
}

/** "Sat, 28 Nov 2026, 14:02", for a note: when a call was made matters to the minute. */
export function noteTime(iso: string): string {
  return formatWith(
    'note',
    {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      // "3:05 p.m." in Spanish, with no leading zero; "15:05" where the locale writes 24 hours.
      hour: spanish() ? 'numeric' : '2-digit',
      minute: '2-digit',
    },
    new Date(iso),
  );
}

/**
 * "2 days ago", "hace 2 días": how long since a moment, in the interface's language ("moments ago"
 * under a minute).
 */
export function timeAgo(then: Date, now: Date): string {
  if (now.getTime() - then.getTime() < 60_000) return t('moments ago');
  return formatDistanceStrict(then, now, {
    addSuffix: true,
    ...(currentLanguage() === 'es' && { locale: es }),
  });
}

/** "2026-12-03": a day for machines (JSON, the holiday table), in local time, whatever the locale. */
export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
