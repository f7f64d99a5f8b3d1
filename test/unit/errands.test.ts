import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { holidayTable } from '../../scripts/holiday-table.js';
import { dueToday } from '../../source/domain/progress/due.js';
import { calendarFromTable } from '../../source/domain/progress/holidays.js';
import { remindersCalendar } from '../../source/domain/progress/icalendar.js';
import type { Progress } from '../../source/domain/progress/progress.js';
import { errandGuide } from '../helpers/guides.js';

// The test guide: "mail.request" waits 5-10 business days, then turns to "phone".
const guide = errandGuide();
const US = calendarFromTable(holidayTable(['US']), 'US');
// Asked for on Wed 25 Nov 2026: expected Thu 3 Dec to Thu 10 Dec in the US (Thanksgiving skipped).
const asked: Progress = { done: new Map([['mail.request', '2026-11-25T15:00:00']]) };
const at = (day: string) => new Date(`${day}T09:00:00`);

describe('what is due today', () => {
  it('says when a window opens, on its last day, and once it has run out', () => {
    expect(dueToday(guide, asked, at('2026-12-02'), US)).toBeUndefined();
    expect(dueToday(guide, asked, at('2026-12-03'), US)).toMatchObject({ kind: 'opens' });
    expect(dueToday(guide, asked, at('2026-12-07'), US)).toBeUndefined();
    expect(dueToday(guide, asked, at('2026-12-10'), US)).toMatchObject({ kind: 'ends' });
    const late = dueToday(guide, asked, at('2026-12-14'), US);
    expect(late).toMatchObject({ kind: 'overdue', then: 'phone' });
    expect(late?.text).toMatch(
      /is 4 days late: it was expected by Thu 10 Dec\. If it has not come, turn to 3\. Call/,
    );
  });

  it('has nothing due without a wait', () => {
    expect(dueToday(guide, { done: new Map() }, at('2026-12-10'), US)).toBeUndefined();
  });
});

describe('reminders as iCalendar', () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

  it('parses with a real iCalendar parser: the window, its alarm and the fallback the day after', () => {
    const { text, events } = remindersCalendar([{ guide, progress: asked }], at('2026-11-30'), US);
    expect(events).toBe(2);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const [window, then] = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(window?.startDate.toString()).toBe('2026-12-03');
    expect(window?.startDate.isDate).toBe(true);
    // DTEND is the day after the last day of an all-day event.
    expect(window?.endDate.toString()).toBe('2026-12-11');
    expect(window?.summary).toBe(`Expected: Request the form (${guide.title})`);
    expect(window?.description).toContain('not counting Thanksgiving Day on Thu 26 Nov');
    const alarm = window?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstProperty('trigger')?.getParameter('related')).toBe('END');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    expect(then?.startDate.toString()).toBe('2026-12-11');
    expect(then?.summary).toMatch(/^If it has not come: 3\. Call the library/);
    expect(new Set([window?.uid, then?.uid]).size).toBe(2);
  });

  it('escapes text and keeps characters whole when folding long lines', () => {
    const title = 'Café; a, b\\c — ünïcödé '.repeat(6).trim();
    const renamed = { ...guide, title };
    const { text } = remindersCalendar([{ guide: renamed, progress: asked }], at('2026-11-30'), US);
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`Expected: Request the form (${title})`);
  });

  it('leaves out waits that have run out, and has no events without a wait', () => {
    expect(remindersCalendar([{ guide, progress: asked }], at('2026-12-14'), US).events).toBe(0);
    const empty = remindersCalendar([{ guide, progress: { done: new Map() } }], at('2026-11-30'));
    expect(parse(empty.text).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('text from outside in waits and calendars', () => {
  it('cleans holiday names from the table, and no value can start an iCalendar property', () => {
    const table = holidayTable(['US']) as { countries: { US: { names: string[] } } };
    const names = table.countries.US.names;
    const index = names.indexOf('Thanksgiving Day');
    names[index] = 'Fake\u2028X-INJECTED:1\rATTACH:http://evil/\u001b]0;PWNED\u0007';
    const hostile = calendarFromTable(table, 'US');
    const holiday = [...(hostile.holidaysIn(2026) ?? new Map()).values()].find((name) =>
      name.startsWith('Fake'),
    );
    expect(holiday).toBe('Fake X-INJECTED:1 ATTACH:http://evil/');
    const renamed = { ...guide, title: 'Line one\r\nX-EVIL:1\u2028ATTACH:x' };
    const { text } = remindersCalendar(
      [{ guide: renamed, progress: asked }],
      at('2026-11-30'),
      hostile,
    );
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    for (const line of unfolded.split('\r\n')) {
      expect(line).not.toMatch(/^(X-INJECTED|X-EVIL|ATTACH)/);
    }
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(2);
  });
});
