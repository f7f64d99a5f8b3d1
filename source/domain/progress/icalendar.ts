// A person's open waits as an iCalendar file (RFC 5545): an all-day event for each window, with an
// alarm on its last day, and the step to turn to as an event on the day after. Calendar apps
// import it once; the UIDs stay the same, so importing a newer file updates the events.

import { addDays } from 'date-fns/addDays';
import type { Guide } from '../guide/guide.js';
import { taskLabel } from '../guide/guide.js';
import { dayDate, isoDay } from '../text/dates.js';
import { cleanLine } from '../text/sanitize.js';
import { WEEKENDS_ONLY, type HolidayCalendar } from './holidays.js';
import type { Progress } from './progress.js';
import { progressView } from './progress-view.js';
import { t } from '../i18n/translate.js';

/**
 * TEXT values escape backslash, semicolon, comma and newline (RFC 5545, 3.3.11), after every other
 * control (a carriage return, a line separator) is cleaned out, so no value can start a property.
 */
function escapeText(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => cleanLine(line).replace(/[\\;,]/g, (match) => `\\${match}`))
    .join('\\n');
}

const ENCODER = new TextEncoder();

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = ENCODER.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (date: Date) => isoDay(date).replace(/-/g, '');
const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** A UID part: what the id holds, as letters, digits and dashes. */
const uidPart = (text: string) => text.replace(/[^A-Za-z0-9-]/g, '-');

function event(fields: {
  uid: string;
  stamp: Date;
  day: Date;
  days: number;
  summary: string;
  description: string;
  alarm?: string;
}): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${fields.uid}`,
    `DTSTAMP:${utcStamp(fields.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(fields.day)}`,
    // An all-day event ends on the day after its last (DTEND is not part of it).
    `DTEND;VALUE=DATE:${dateValue(addDays(fields.day, fields.days))}`,
    `SUMMARY:${escapeText(fields.summary)}`,
    `DESCRIPTION:${escapeText(fields.description)}`,
    'TRANSP:TRANSPARENT',
    ...(fields.alarm === undefined
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(fields.alarm)}`,
          // 9 in the morning of the last day: 15 hours before the event's end at midnight.
          'TRIGGER;RELATED=END:-PT15H',
          'END:VALARM',
        ]),
    'END:VEVENT',
  ];
}

export type OpenErrand = { readonly guide: Guide; readonly progress: Progress };

/** The calendar file, CRLF line ends; waits that have already run out are left out. */
export function remindersCalendar(
  errands: readonly OpenErrand[],
  now: Date,
  calendar: HolidayCalendar = WEEKENDS_ONLY,
): { readonly text: string; readonly events: number; readonly overdue: readonly string[] } {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//stepwise//stepwise-guide//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  let events = 0;
  const overdue: string[] = [];
  for (const { guide, progress } of errands) {
    const wait = progressView(guide, progress, now, calendar).wait;
    if (wait?.overdue) overdue.push(wait.window.item.title);
    if (!wait || wait.overdue) continue;
    const { window, fallback } = wait;
    const id = `${uidPart(guide.id)}-${uidPart(window.item.id)}-${dateValue(window.requested)}`;
    const span = Math.round((window.to.getTime() - window.from.getTime()) / 86_400_000) + 1;
    lines.push(
      ...event({
        uid: `${id}-window@stepwise`,
        stamp: now,
        day: window.from,
        days: Math.max(span, 1),
        summary: t('Expected: {item} ({guide})', { item: window.item.title, guide: guide.title }),
        description: `${wait.text}\n${guide.title} · stepwise`,
        alarm: t('Last expected day: {item}', { item: window.item.title }),
      }),
    );
    events += 1;
    if (fallback) {
      lines.push(
        ...event({
          uid: `${id}-then@stepwise`,
          stamp: now,
          day: addDays(window.to, 1),
          days: 1,
          summary: t('If it has not come: {item} ({guide})', {
            item: taskLabel(fallback),
            guide: guide.title,
          }),
          description: `${t('{item} was expected by {date}. If it has not happened, turn to {then}.', { item: window.item.title, date: dayDate(window.to), then: taskLabel(fallback) })}\n${guide.title} · stepwise`,
        }),
      );
      events += 1;
    }
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(fold).join('\r\n')}\r\n`, events, overdue };
}
