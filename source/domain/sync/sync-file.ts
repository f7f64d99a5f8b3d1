// The files in a sync folder: one per device, written only by that device, read by all. Each holds
// the registers its device set (see sync-state.ts). Another device's file is untrusted input: every
// entry is checked as the progress file's are, and one bad entry drops that entry, not the file.

import { cleanLine } from '../text/sanitize.js';
import { isDate, isId, readNote } from '../progress/progress-file.js';
import { noteKey } from '../progress/notes.js';
import { DEVICE_ID_PATTERN, formatStamp, parseStamp, tooFarAhead, type Stamp } from './clock.js';
import type {
  GuideState,
  MarkRegister,
  NoteRegister,
  RouteRegister,
  SyncState,
} from './sync-state.js';
import { t } from '../i18n/translate.js';

export const SYNC_FORMAT = 'stepwise-sync';
/** Version 1: marks, the route and notes as registers, per guide. */
export const SYNC_FORMAT_VERSION = 1;

export type DeviceFile = {
  readonly device: string;
  /** The machine's name, to tell devices apart in `stepwise sync`. */
  readonly name?: string;
  /** A digest of the machine's identity: tells when two machines use one device id. */
  readonly machine?: string;
  /** When the device last wrote its file. */
  readonly written?: string;
  readonly state: SyncState;
};

export type DeviceFileRead =
  | {
      readonly ok: true;
      readonly file: DeviceFile;
      /** Entries left out, in words. */
      readonly dropped: readonly string[];
      /** Changes stamped too far ahead of this machine's clock, held aside for now. */
      readonly ahead: number;
    }
  | { readonly ok: false; readonly reason: string; readonly newer?: boolean };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const MACHINE_PATTERN = /^[0-9a-f]{8,64}$/;
const MAX_NAME = 64;

type Reading = { readonly now: number; readonly dropped: string[]; ahead: number };

/** A stamp that can be taken now; a bad one is dropped, one too far ahead is counted aside. */
function readStamp(value: unknown, what: string, reading: Reading): Stamp | undefined {
  const stamp = parseStamp(value);
  if (!stamp) {
    reading.dropped.push(what);
    return undefined;
  }
  if (tooFarAhead(stamp, reading.now)) {
    reading.ahead += 1;
    return undefined;
  }
  return stamp;
}

function readGuide(guide: string, value: unknown, reading: Reading): GuideState | undefined {
  const name = `"${cleanLine(guide)}"`;
  if (!isObject(value)) {
    reading.dropped.push(t('the progress of {name}', { name }));
    return undefined;
  }
  const marks = new Map<string, MarkRegister>();
  if (isObject(value.marks)) {
    for (const [item, mark] of Object.entries(value.marks)) {
      const what = t('the mark of "{value}" in {name}', { value: cleanLine(item), name });
      if (!isId(item) || !isObject(mark) || !(mark.done === null || isDate(mark.done))) {
        reading.dropped.push(what);
        continue;
      }
      const stamp = readStamp(mark.stamp, what, reading);
      if (stamp) marks.set(item, { stamp, done: mark.done });
    }
  } else if (value.marks !== undefined) reading.dropped.push(t('the marks of {name}', { name }));
  const notes = new Map<string, NoteRegister>();
  if (Array.isArray(value.notes)) {
    for (const entry of value.notes) {
      const what = t('a note in {name}', { name });
      if (!isObject(entry)) {
        reading.dropped.push(what);
        continue;
      }
      // A deleted note keeps its name only; a kept one is read as the progress file reads notes,
      // so a secret typed into a file by hand is neither kept nor shown.
      const note =
        entry.text === null
          ? isId(entry.item) && isDate(entry.at)
            ? { item: entry.item, at: entry.at, text: null }
            : undefined
          : readNote(entry);
      if (!note) {
        reading.dropped.push(what);
        continue;
      }
      const stamp = readStamp(entry.stamp, what, reading);
      if (stamp) notes.set(noteKey(note), { stamp, ...note });
    }
  } else if (value.notes !== undefined) reading.dropped.push(t('the notes of {name}', { name }));
  let route: RouteRegister | undefined;
  if (isObject(value.route)) {
    const what = t('the route of {name}', { name });
    const chosen = value.route.route;
    if (chosen === null || isId(chosen)) {
      const stamp = readStamp(value.route.stamp, what, reading);
      if (stamp) route = { stamp, route: chosen };
    } else reading.dropped.push(what);
  } else if (value.route !== undefined) reading.dropped.push(t('the route of {name}', { name }));
  return { marks, notes, ...(route && { route }) };
}

/** The registers of a `guides` object, checked entry by entry. */
function readState(value: unknown, reading: Reading): SyncState {
  const state = new Map<string, GuideState>();
  if (!isObject(value)) {
    if (value !== undefined) reading.dropped.push(t('the progress (not an object)'));
    return state;
  }
  for (const [guide, entry] of Object.entries(value)) {
    if (!isId(guide)) {
      reading.dropped.push(t('the progress of a guide with a malformed id'));
      continue;
    }
    const read = readGuide(guide, entry, reading);
    if (read) state.set(guide, read);
  }
  return state;
}

/**
 * Reads a device's file, of this format or an older one, as of `now` (this machine's clock in
 * milliseconds). A file of a newer format is not read, so that it is left as it is.
 */
export function decodeDeviceFile(data: unknown, now: number): DeviceFileRead {
  if (!isObject(data) || data.format !== SYNC_FORMAT) {
    return { ok: false, reason: t('is not a stepwise sync file') };
  }
  const version = data.formatVersion;
  if (typeof version === 'number' && version > SYNC_FORMAT_VERSION) {
    return {
      ok: false,
      newer: true,
      reason: t(
        'was written by a newer stepwise (format {version}; this one reads up to {newest})',
        { version, newest: SYNC_FORMAT_VERSION },
      ),
    };
  }
  if (version !== SYNC_FORMAT_VERSION) {
    return {
      ok: false,
      reason: t('has an unknown format version ({value})', {
        value: JSON.stringify(version) ?? 'none',
      }),
    };
  }
  if (typeof data.device !== 'string' || !DEVICE_ID_PATTERN.test(data.device)) {
    return { ok: false, reason: t('names no device') };
  }
  const reading: Reading = { now, dropped: [], ahead: 0 };
  const state = readState(data.guides, reading);
  const name =
    typeof data.name === 'string' ? cleanLine(data.name).trim().slice(0, MAX_NAME) : undefined;
  const machine =
    typeof data.machine === 'string' && MACHINE_PATTERN.test(data.machine)
      ? data.machine
      : undefined;
  const written = isDate(data.written) ? data.written : undefined;
  return {
    ok: true,
    file: {
      device: data.device,
      ...(name && { name }),
      ...(machine && { machine }),
      ...(written && { written }),
      state,
    },
    dropped: reading.dropped,
    ahead: reading.ahead,
  };
}

/** The registers as JSON: keys by Object.fromEntries, so "__proto__" stays a plain key. */
export function encodeState(state: SyncState): Record<string, unknown> {
  return Object.fromEntries(
    [...state].map(([guide, guideState]) => [
      guide,
      {
        marks: Object.fromEntries(
          [...guideState.marks].map(([item, mark]) => [
            item,
            { done: mark.done, stamp: formatStamp(mark.stamp) },
          ]),
        ),
        ...(guideState.route && {
          route: { route: guideState.route.route, stamp: formatStamp(guideState.route.stamp) },
        }),
        notes: [...guideState.notes.values()].map((note) => ({
          item: note.item,
          at: note.at,
          text: note.text,
          stamp: formatStamp(note.stamp),
        })),
      },
    ]),
  );
}

/** A device's file as JSON. */
export function encodeDeviceFile(file: DeviceFile): Record<string, unknown> {
  return {
    format: SYNC_FORMAT,
    formatVersion: SYNC_FORMAT_VERSION,
    device: file.device,
    ...(file.name !== undefined && { name: file.name }),
    ...(file.machine !== undefined && { machine: file.machine }),
    ...(file.written !== undefined && { written: file.written }),
    guides: encodeState(file.state),
  };
}
