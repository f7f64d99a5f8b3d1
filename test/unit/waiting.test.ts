import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseWait } from '../../source/domain/guide/wait.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import {
  activeWait,
  describeWait,
  fallbackOf,
  waitWindow,
} from '../../source/domain/progress/waiting.js';
import type { Wait } from '../../source/domain/guide/guide.js';

const fiveToTen = parseWait('5-10 business days') as Wait;
const days = (requested: string) => {
  const { from, to } = waitWindow(fiveToTen, new Date(`${requested}T12:00:00`));
  return [format(from, 'EEE yyyy-MM-dd'), format(to, 'EEE yyyy-MM-dd')];
};

describe('business-day windows', () => {
  it('skips weekends', () => {
    expect(days('2026-11-26')).toEqual(['Thu 2026-12-03', 'Thu 2026-12-10']);
  });

  it('crosses a month end', () => {
    expect(days('2026-11-27')).toEqual(['Fri 2026-12-04', 'Fri 2026-12-11']);
  });

  it('crosses a year end', () => {
    expect(days('2026-12-30')).toEqual(['Wed 2027-01-06', 'Wed 2027-01-13']);
  });

  it('counts from the next working day when asked on a weekend', () => {
    expect(days('2026-11-28')).toEqual(['Fri 2026-12-04', 'Fri 2026-12-11']);
  });

  it('parses and rejects wait texts', () => {
    expect(parseWait('3 days')).toMatchObject({ min: 3, max: 3, unit: 'days' });
    expect(parseWait('1-2 weeks')).toMatchObject({ unit: 'weeks' });
    expect(parseWait('10-5 days')).toMatch(/first number/);
    expect(parseWait('soon')).toMatch(/malformed/);
  });
});

const ERRAND = `---
id: errand
title: An errand
---

## Steps

### Ask for a letter
<!-- { id: ask, wait: 5-10 business days, then: call } -->

Ask for it.

### Call them
<!-- id: call -->

Call.

### Without a fallback
<!-- { id: plain, wait: 2 days } -->

Wait.
`;

function errand() {
  const { guide, problems } = parseGuide(ERRAND);
  if (!guide) throw new Error(JSON.stringify(problems));
  return guide;
}

describe('a wait in a guide', () => {
  const guide = errand();
  const progress = {
    done: new Map([['ask', new Date('2026-11-26T12:00:00').toISOString()]]),
  };

  it('is described with its dates while it is open', () => {
    const wait = activeWait(guide, progress);
    expect(wait?.item.id).toBe('ask');
    expect(describeWait(wait!, new Date('2026-11-27T12:00:00'), fallbackOf(guide, wait!))).toBe(
      'Expect the outcome of 1. Ask for a letter between Thu 3 Dec and Thu 10 Dec (13 days left). Requested Thu 26 Nov (weekends only: no country set for public holidays; see "stepwise config").',
    );
  });

  it('says since when it is overdue, and offers the step the guide names', () => {
    const wait = activeWait(guide, progress)!;
    expect(fallbackOf(guide, wait)?.id).toBe('call');
    expect(describeWait(wait, new Date('2026-12-14T12:00:00'), fallbackOf(guide, wait))).toBe(
      'The outcome of 1. Ask for a letter is 4 days late: it was expected by Thu 10 Dec. If it has not come, turn to 2. Call them. Requested Thu 26 Nov.',
    );
  });

  it('offers nothing when the guide names no fallback', () => {
    const wait = activeWait(guide, { done: new Map([['plain', '2026-11-26T12:00:00.000Z']]) })!;
    expect(fallbackOf(guide, wait)).toBeUndefined();
    expect(describeWait(wait, new Date('2026-12-14T12:00:00'))).toMatch(
      /is \d+ days late: it was expected by \w{3} \d+ \w{3}\. Requested \w{3} \d+ \w{3}\.$/,
    );
  });

  it('names the day, not a window, when the wait is one day', () => {
    const wait = activeWait(guide, { done: new Map([['plain', '2026-11-26T12:00:00.000Z']]) })!;
    expect(describeWait({ ...wait, to: wait.from }, new Date('2026-11-26T13:00:00'))).toMatch(
      / on \w{3} \d+ \w{3} \(\d+ days left\)\. Requested/,
    );
  });

  it('is absent until a request is marked done', () => {
    expect(activeWait(guide, { done: new Map() })).toBeUndefined();
  });

  it('names a fallback that must exist, and needs a wait', () => {
    const problems = (text: string) => parseGuide(text).problems.map((problem) => problem.message);
    expect(problems(ERRAND.replace('then: call', 'then: nowhere'))).toContainEqual(
      expect.stringMatching(/"then: nowhere" is not the id of a step/),
    );
    expect(problems(ERRAND.replace('wait: 5-10 business days, ', ''))).toContainEqual(
      expect.stringMatching(/needs a "wait"/),
    );
  });
});
