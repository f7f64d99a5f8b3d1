// The hybrid logical clock that orders changes made on different machines. A stamp is the wall
// time of the machine that made the change, a counter, and that machine's device id. A machine
// never stamps a change lower than any stamp it has seen, so a change made after seeing another
// always wins over it, even when the other came from a clock that runs ahead.

/** A device id: lower-case letters and digits, as `newDeviceId` makes them. */
export const DEVICE_ID_PATTERN = /^[a-z0-9]{4,32}$/;

export type Stamp = {
  /** Wall time in milliseconds since 1970, UTC. */
  readonly time: number;
  /** Orders changes made in the same millisecond, or after seeing a later clock. */
  readonly counter: number;
  readonly device: string;
};

/**
 * How far ahead of this machine's clock a stamp may be and still be taken. A clock some days wrong
 * is ordered by the counter like any other (and three computers a few days apart in both ways still
 * agree); a stamp further ahead (a clock set to the wrong year) would drag every later change
 * along with it, so it is held aside, and the computer that made it stamps it again once its clock
 * is right.
 */
export const MAX_AHEAD_DAYS = 30;
export const MAX_AHEAD_MS = MAX_AHEAD_DAYS * 24 * 60 * 60 * 1000;

const FIRST_TIME = Date.UTC(1970, 0, 1);
const LAST_TIME = Date.UTC(9999, 11, 31);
const MAX_COUNTER = 999_999_999;

/** Orders stamps: time, then counter, then device id, so no two different stamps are equal. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

export const laterStamp = (a: Stamp, b: Stamp): Stamp => (compareStamps(a, b) >= 0 ? a : b);

/** A stamp as stored: `2026-12-06T13:40:00.000Z+3@k2m9x1`, readable and unambiguous. */
export function formatStamp(stamp: Stamp): string {
  return `${new Date(stamp.time).toISOString()}+${stamp.counter}@${stamp.device}`;
}

const STAMP_TEXT = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\+(\d{1,9})@([a-z0-9]{4,32})$/;

/** A stored stamp, or undefined when it is not one. */
export function parseStamp(text: unknown): Stamp | undefined {
  if (typeof text !== 'string' || text.length > 80) return undefined;
  const match = STAMP_TEXT.exec(text);
  if (!match) return undefined;
  const time = Date.parse(match[1]!);
  // Only a real moment: "2026-02-30" would be read as 2 March.
  if (!(time >= FIRST_TIME && time <= LAST_TIME) || new Date(time).toISOString() !== match[1]) {
    return undefined;
  }
  return { time, counter: Number(match[2]), device: match[3]! };
}

/** Whether a stamp comes from a clock too far ahead of this one to be taken (see MAX_AHEAD_MS). */
export const tooFarAhead = (stamp: Stamp, now: number): boolean => stamp.time > now + MAX_AHEAD_MS;

/**
 * The stamp for a change made now on this device, given the latest stamp it has seen: later than
 * that one, and at this machine's time when its clock is ahead.
 */
export function nextStamp(seen: Stamp | undefined, now: number, device: string): Stamp {
  const time = Math.max(now, seen?.time ?? FIRST_TIME);
  if (seen === undefined || time > seen.time) return { time, counter: 0, device };
  // The same millisecond as the latest seen: the counter moves on; at its end, the time does.
  return seen.counter < MAX_COUNTER
    ? { time, counter: seen.counter + 1, device }
    : { time: time + 1, counter: 0, device };
}
