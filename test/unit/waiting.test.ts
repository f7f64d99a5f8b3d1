import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseWait } from '../../source/domain/wait.js';
import { activeWait, describeWait, waitWindow } from '../../source/domain/waiting.js';
import type { Wait } from '../../source/domain/guide.js';
import { amexGuide } from '../helpers/guides.js';

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

describe('the mailer window', () => {
  const guide = amexGuide();
  const progress = {
    done: new Map([['mail.request', new Date('2026-11-26T12:00:00').toISOString()]]),
  };

  it('is described with its dates while it is open', () => {
    const wait = activeWait(guide, progress);
    expect(wait?.item.id).toBe('mail.request');
    expect(describeWait(wait!, new Date('2026-11-27T12:00:00'), '3')).toBe(
      'Request the mailer: requested Thu 26 Nov - expect it between Thu 3 Dec and Thu 10 Dec.',
    );
  });

  it('points to the phone route once it has passed', () => {
    const wait = activeWait(guide, progress);
    expect(describeWait(wait!, new Date('2026-12-14T12:00:00'), '3')).toMatch(
      /has passed; if it has not come, call customer service \(step 3\)/,
    );
  });

  it('is absent until a request is marked done', () => {
    expect(activeWait(guide, { done: new Map() })).toBeUndefined();
  });
});
