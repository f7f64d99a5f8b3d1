import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  formatStamp,
  MAX_AHEAD_MS,
  nextStamp,
  parseStamp,
  type Stamp,
} from '../../source/domain/sync/clock.js';
import {
  decodeDeviceFile,
  encodeDeviceFile,
  encodeState,
} from '../../source/domain/sync/sync-file.js';
import {
  latestStamp,
  mergeAll,
  mergeStates,
  progressOfState,
  registersFor,
  restampedAhead,
  stateOf,
  type GuideState,
  type SyncState,
} from '../../source/domain/sync/sync-state.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 6, 12);
const DEVICES = ['laptop01', 'desktop2', 'phone003'];
const ITEMS = ['options', 'online.register', 'constructor', 'tostring', 'mail.request'];

/** A comparable form of a state: the same JSON for the same registers, whatever the order. */
function canonical(state: SyncState): string {
  const sorted = [...state]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([guide, guideState]) => [
      guide,
      [...guideState.marks]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, r]) => [k, r.done, formatStamp(r.stamp)]),
      guideState.route ? [guideState.route.route, formatStamp(guideState.route.stamp)] : null,
      [...guideState.notes]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, r]) => [k, r.text, formatStamp(r.stamp)]),
    ]);
  return JSON.stringify(sorted);
}

const stamp: fc.Arbitrary<Stamp> = fc.record({
  // Clock skew both ways: up to three days apart.
  time: fc.integer({ min: T0 - 3 * DAY, max: T0 + 3 * DAY }),
  counter: fc.integer({ min: 0, max: 3 }),
  device: fc.constantFrom(...DEVICES),
});
const iso = fc.integer({ min: T0 - 10 * DAY, max: T0 }).map((time) => new Date(time).toISOString());

const guideState: fc.Arbitrary<GuideState> = fc
  .record({
    marks: fc
      .array(fc.tuple(fc.constantFrom(...ITEMS), stamp, fc.option(iso, { nil: null })), {
        maxLength: 6,
      })
      .map((entries) => new Map(entries.map(([item, s, done]) => [item, { stamp: s, done }]))),
    notes: fc
      .array(
        fc.tuple(
          fc.constantFrom(...ITEMS),
          fc.constantFrom('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z'),
          stamp,
          fc.option(fc.constantFrom('called', 'letter due', 'ref 12'), { nil: null }),
        ),
        { maxLength: 4 },
      )
      .map(
        (entries) =>
          new Map(
            entries.map(([item, at, s, text]) => [`${item} ${at}`, { stamp: s, item, at, text }]),
          ),
      ),
    route: fc.option(
      fc.record({
        stamp,
        route: fc.option(fc.constantFrom('online', 'phone', 'mail'), { nil: null }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ route, ...rest }) => ({ ...rest, ...(route && { route }) }));

const state: fc.Arbitrary<SyncState> = fc
  .array(fc.tuple(fc.constantFrom('amex-pin', 'constructor', 'other'), guideState), {
    maxLength: 3,
  })
  .map((entries) => {
    // A device's file: one state per guide, as a device writes it.
    const map = new Map<string, GuideState>();
    for (const [guide, value] of entries)
      map.set(
        guide,
        map.has(guide)
          ? mergeStates(new Map([[guide, map.get(guide)!]]), new Map([[guide, value]])).get(guide)!
          : value,
      );
    return map;
  });

describe('merging device states', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(
        state,
        state,
        (a, b) => canonical(mergeStates(a, b)) === canonical(mergeStates(b, a)),
      ),
      { numRuns: 500 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(
        state,
        state,
        state,
        (a, b, c) =>
          canonical(mergeStates(mergeStates(a, b), c)) ===
          canonical(mergeStates(a, mergeStates(b, c))),
      ),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        const merged = mergeStates(a, b);
        return (
          canonical(mergeStates(a, a)) === canonical(a) &&
          canonical(mergeStates(merged, b)) === canonical(merged)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same progress whatever the order the files are read in', () => {
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 5 }), (states) => {
        const forward = mergeAll(states);
        const backward = mergeAll([...states].reverse());
        return canonical(forward) === canonical(backward);
      }),
      { numRuns: 300 },
    );
  });

  it('survives the file round trip: what is written is read back the same', () => {
    fc.assert(
      fc.property(state, (value) => {
        const read = decodeDeviceFile(
          JSON.parse(JSON.stringify(encodeDeviceFile({ device: 'laptop01', state: value }))),
          T0,
        );
        return (
          read.ok && read.dropped.length === 0 && canonical(read.file.state) === canonical(value)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the hybrid logical clock', () => {
  it('stamps a change later than anything seen, even a clock three days ahead', () => {
    const ahead: Stamp = { time: T0 + 3 * DAY, counter: 0, device: 'desktop2' };
    const mine = nextStamp(ahead, T0 + 60_000, 'laptop01');
    expect(compareStamps(mine, ahead)).toBeGreaterThan(0);
    // The later unmark wins over the mark of the fast clock, on every device that merges both.
    const fast = new Map([
      [
        'g',
        {
          marks: new Map([['a', { stamp: ahead, done: '2026-12-09T12:00:00.000Z' }]]),
          notes: new Map(),
        },
      ],
    ]);
    const slow = new Map([
      ['g', { marks: new Map([['a', { stamp: mine, done: null }]]), notes: new Map() }],
    ]);
    expect(progressOfState(mergeStates(fast, slow).get('g')).done.size).toBe(0);
    expect(progressOfState(mergeStates(slow, fast).get('g')).done.size).toBe(0);
  });

  it('moves on the counter within one millisecond and the time when the clock is ahead', () => {
    const first = nextStamp(undefined, T0, 'laptop01');
    const second = nextStamp(first, T0, 'laptop01');
    expect(second).toEqual({ time: T0, counter: 1, device: 'laptop01' });
    expect(nextStamp(second, T0 + 5, 'laptop01')).toEqual({
      time: T0 + 5,
      counter: 0,
      device: 'laptop01',
    });
  });

  it('reads only real stamps', () => {
    const good = formatStamp({ time: T0, counter: 12, device: 'laptop01' });
    expect(parseStamp(good)).toEqual({ time: T0, counter: 12, device: 'laptop01' });
    for (const bad of [
      '2026-02-30T10:00:00.000Z+0@laptop01',
      '2026-12-06T10:00:00Z+0@laptop01',
      `${good} `,
      '2026-12-06T10:00:00.000Z+0@LAPTOP',
      42,
      null,
    ]) {
      expect(parseStamp(bad)).toBeUndefined();
    }
  });

  it('sets aside stamps from far in the future, and counts them', () => {
    const far = formatStamp({ time: T0 + MAX_AHEAD_MS + DAY, counter: 0, device: 'desktop2' });
    const near = formatStamp({ time: T0 + 3 * DAY, counter: 0, device: 'desktop2' });
    const read = decodeDeviceFile(
      {
        format: 'stepwise-sync',
        formatVersion: 1,
        device: 'desktop2',
        guides: {
          g: {
            marks: {
              a: { done: '2026-12-06T10:00:00.000Z', stamp: far },
              b: { done: '2026-12-06T10:00:00.000Z', stamp: near },
            },
          },
        },
      },
      T0,
    );
    expect(read.ok && read.ahead).toBe(1);
    expect(read.ok && [...progressOfState(read.file.state.get('g')).done.keys()]).toEqual(['b']);
  });
});

describe('reading a device file', () => {
  const s = formatStamp({ time: T0, counter: 0, device: 'desktop2' });
  it('drops bad entries, not the file, and never a note that holds a secret', () => {
    const read = decodeDeviceFile(
      {
        format: 'stepwise-sync',
        formatVersion: 1,
        device: 'desktop2',
        name: 'desk\u001b[2Jtop',
        guides: {
          constructor: {
            marks: {
              constructor: { done: '2026-12-06T10:00:00.000Z', stamp: s },
              'Bad Id': { done: 'x', stamp: s },
              ok: { done: null, stamp: 'nope' },
            },
            notes: [
              {
                item: 'constructor',
                at: '2026-12-06T10:00:00.000Z',
                text: 'my PIN is 4821',
                stamp: s,
              },
              {
                item: 'constructor',
                at: '2026-12-06T11:00:00.000Z',
                text: 'called the bank',
                stamp: s,
              },
              { item: 'constructor', at: '2026-12-06T12:00:00.000Z', text: null, stamp: s },
            ],
            route: { route: 'phone', stamp: s },
          },
          'Not An Id': {},
        },
      },
      T0,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.name).not.toContain('\u001b');
    const progress = progressOfState(read.file.state.get('constructor'));
    expect([...progress.done.keys()]).toEqual(['constructor']);
    expect(progress.notes?.map((note) => note.text)).toEqual(['called the bank']);
    expect(progress.route).toBe('phone');
    expect(read.dropped.length).toBe(4);
  });

  it('leaves a file of a newer format unread, and says so', () => {
    const read = decodeDeviceFile(
      { format: 'stepwise-sync', formatVersion: 2, device: 'desktop2' },
      T0,
    );
    expect(read).toMatchObject({ ok: false, newer: true });
    expect(decodeDeviceFile({ hello: 1 }, T0)).toMatchObject({ ok: false });
    expect(decodeDeviceFile([], T0)).toMatchObject({ ok: false });
  });
});

describe('changes as registers', () => {
  it('records a deletion as a register, so it travels and wins over the older note', () => {
    let seen: Stamp | undefined;
    const next = () => (seen = nextStamp(seen, T0, 'laptop01'));
    const note = { item: 'options', at: '2026-12-06T10:00:00.000Z', text: 'called' };
    const added = new Map([['g', registersFor([{ type: 'note', note }], next)]]);
    const removed = new Map([['g', registersFor([{ type: 'unnote', note }], next)]]);
    expect(progressOfState(mergeStates(removed, added).get('g')).notes).toBeUndefined();
    expect(latestStamp(mergeStates(added, removed))?.counter).toBe(1);
  });

  it('gives a device only its own registers to write', () => {
    const a = registersFor([{ type: 'done', item: 'x', at: '2026-12-06T10:00:00.000Z' }], () => ({
      time: T0,
      counter: 0,
      device: 'laptop01',
    }));
    const b = registersFor([{ type: 'done', item: 'y', at: '2026-12-06T10:00:00.000Z' }], () => ({
      time: T0,
      counter: 0,
      device: 'desktop2',
    }));
    const both = mergeStates(new Map([['g', a]]), new Map([['g', b]]));
    expect(
      Object.keys((encodeState(stateOf(both, 'laptop01')).g as { marks: object }).marks),
    ).toEqual(['x']);
  });
});

describe('changes made while the clock was far ahead', () => {
  it('are stamped again, now, and the clock no longer follows the wrong time', () => {
    const year = 365 * DAY;
    const wrong: Stamp = { time: T0 + year, counter: 0, device: 'laptop01' };
    const other: Stamp = { time: T0 - DAY, counter: 0, device: 'desktop2' };
    const state = new Map([
      [
        'g',
        {
          marks: new Map([
            ['a', { stamp: wrong, done: '2027-12-01T10:00:00.000Z' }],
            ['b', { stamp: other, done: '2026-12-05T10:00:00.000Z' }],
          ]),
          notes: new Map(),
        },
      ],
    ]);
    const restamped = restampedAhead(state, 'laptop01', T0, T0 + MAX_AHEAD_MS);
    const mark = restamped.get('g')?.marks.get('a');
    expect(mark?.done).toBe('2027-12-01T10:00:00.000Z');
    expect(mark?.stamp.time).toBe(T0);
    // Another device's register and a state without such stamps are left as they are.
    expect(restamped.get('g')?.marks.get('b')?.stamp).toBe(other);
    expect(restampedAhead(restamped, 'laptop01', T0, T0 + MAX_AHEAD_MS)).toBe(restamped);
    expect(latestStamp(restamped)?.time).toBe(T0);
  });
});
