import { cleanLine } from '../text/sanitize.js';
import { ID_PATTERN } from '../guide/slug.js';
import { MAX_NOTE_LENGTH, type Note } from './notes.js';
import { findSecret } from '../privacy/privacy.js';
import { t } from '../i18n/translate.js';

/**
 * The progress file's format. Version 1 kept done items as a list, without times; version 2 keeps
 * when each was done, the place in the guide and when it was used.
 */
export const FORMAT_VERSION = 2;

export const PLACE_PANES = ['steps', 'faq', 'tips', 'progress'] as const;
export type PlacePane = (typeof PLACE_PANES)[number];

export type Place = {
  readonly pane: PlacePane;
  readonly selected: Readonly<Partial<Record<PlacePane, string>>>;
  readonly scroll: number;
};

/**
 * What one person did in one guide. Ids are the guide's own and may be any slug, "constructor"
 * included, so they are keys of a Map, never of a plain object.
 */
export type GuideRecord = {
  readonly done: ReadonlyMap<string, string>;
  readonly route?: string;
  readonly place?: Place;
  readonly firstUsed?: string;
  readonly lastUsed?: string;
  /** When a mark or the route last changed. */
  readonly updatedAt?: string;
  /** The guide's step and sub-step ids at the last visit, to tell what changed since. */
  readonly items?: readonly string[];
  /** The contact log, oldest first. */
  readonly notes?: readonly Note[];
};

export type ProgressFile = {
  readonly formatVersion: number;
  readonly guides: ReadonlyMap<string, GuideRecord>;
};

export const EMPTY_RECORD: GuideRecord = { done: new Map() };
export const EMPTY_FILE: ProgressFile = { formatVersion: FORMAT_VERSION, guides: new Map() };

export type DecodeResult =
  | {
      readonly ok: true;
      readonly file: ProgressFile;
      /** Written in an older format: worth writing back in the current one. */
      readonly migrated: boolean;
      /** Entries that could not be read and were left out, in words. */
      readonly dropped: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly newer?: boolean };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
/** Years a mark can have been made in; outside them, date arithmetic on a wait would overflow. */
const FIRST_TIME = Date.UTC(1970, 0, 1);
const LAST_TIME = Date.UTC(9999, 11, 31);
/** A time as stored: an ISO string within the years a mark can have been made in. */
export const isDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 64) return false;
  const time = Date.parse(value);
  if (!(time >= FIRST_TIME && time <= LAST_TIME)) return false;
  // A day that does not exist ("2026-02-30") is not read as another (2 March).
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return true;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  return new Date(Date.UTC(year, month - 1, date)).getUTCDate() === date;
};
/** An id as stored: a guide's, an item's or a route's. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value);
const entries = (value: Record<string, unknown>) => Object.entries(value);

function readPlace(value: unknown): Place | undefined {
  if (!isObject(value)) return undefined;
  const pane = PLACE_PANES.find((name) => name === value.pane);
  const scroll = value.scroll;
  if (!pane || typeof scroll !== 'number' || !Number.isInteger(scroll) || scroll < 0) {
    return undefined;
  }
  const selected: Partial<Record<PlacePane, string>> = {};
  if (isObject(value.selected)) {
    for (const name of PLACE_PANES) {
      const id = Object.hasOwn(value.selected, name) ? value.selected[name] : undefined;
      if (isId(id)) selected[name] = id;
    }
  }
  return { pane, selected, scroll };
}

/** A note as stored; its text is outside text, cleaned like a guide's. */
export function readNote(value: unknown): Note | undefined {
  if (!isObject(value) || !isId(value.item) || !isDate(value.at)) return undefined;
  if (typeof value.text !== 'string') return undefined;
  const text = cleanLine(value.text).trim();
  // A secret typed into the file by hand is not kept, nor shown.
  if (text === '' || [...text].length > MAX_NOTE_LENGTH || findSecret(text)) return undefined;
  return { item: value.item, at: value.at, text };
}

/** One guide's record; whatever is unreadable in it is left out and named in `dropped`. */
function readRecord(guide: string, value: unknown, dropped: string[]): GuideRecord | undefined {
  if (!isObject(value)) {
    dropped.push(t('the progress of "{value}" (not an object)', { value: cleanLine(guide) }));
    return undefined;
  }
  const done = new Map<string, string>();
  const marks = value.done;
  if (Array.isArray(marks) || (marks !== undefined && !isObject(marks))) {
    dropped.push(t('the marks of "{guide}" (not an object)', { guide }));
  } else if (marks) {
    for (const [item, at] of entries(marks)) {
      if (isId(item) && isDate(at)) done.set(item, at);
      else dropped.push(t('the mark of "{value}" in "{guide}"', { value: cleanLine(item), guide }));
    }
  }
  const record: {
    -readonly [K in keyof GuideRecord]: GuideRecord[K];
  } = { done };
  if (value.route !== undefined) {
    if (isId(value.route)) record.route = value.route;
    else dropped.push(t('the route of "{guide}"', { guide }));
  }
  if (value.place !== undefined) {
    const place = readPlace(value.place);
    if (place) record.place = place;
    else dropped.push(t('the place in "{guide}"', { guide }));
  }
  if (value.items !== undefined) {
    if (Array.isArray(value.items) && value.items.every(isId)) record.items = value.items;
    else dropped.push(t('the item list of "{guide}"', { guide }));
  }
  if (value.notes !== undefined) {
    if (Array.isArray(value.notes)) {
      const notes = value.notes.flatMap((note): Note[] => {
        const read = readNote(note);
        if (!read) dropped.push(t('a note in "{guide}"', { guide }));
        return read ? [read] : [];
      });
      if (notes.length > 0) record.notes = notes;
    } else dropped.push(t('the notes of "{guide}"', { guide }));
  }
  for (const key of ['firstUsed', 'lastUsed', 'updatedAt'] as const) {
    if (value[key] === undefined) continue;
    if (isDate(value[key])) record[key] = value[key];
    else dropped.push(t('the "{key}" time of "{guide}"', { key, guide }));
  }
  return record;
}

/**
 * Reads stored progress of any known version, or says why it cannot. One bad entry (a bad time, an
 * id that is not a slug) drops that entry, not the file; a file of a newer version is not read at
 * all, so that it can be left untouched. Pure: `now` stands in for the unknown times of version 1.
 */
export function decodeProgress(data: unknown, now: string): DecodeResult {
  if (!isObject(data)) return { ok: false, reason: t('is not a JSON object') };
  const version = data.formatVersion;
  if (version === undefined && Object.keys(data).length === 0) {
    return { ok: true, file: EMPTY_FILE, migrated: false, dropped: [] };
  }
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return {
      ok: false,
      newer: true,
      reason: t(
        'was written by a newer stepwise (format {version}; this one reads up to {newest})',
        { version, newest: FORMAT_VERSION },
      ),
    };
  }
  if (version !== 1 && version !== FORMAT_VERSION) {
    return {
      ok: false,
      reason: t('has an unknown format version ({value})', {
        value: JSON.stringify(version) ?? 'none',
      }),
    };
  }
  if (!isObject(data.guides)) return { ok: false, reason: t('has no "guides" object') };
  const dropped: string[] = [];
  const guides = new Map<string, GuideRecord>();
  for (const [guide, value] of entries(data.guides)) {
    if (!isId(guide)) {
      dropped.push(t('the progress of a guide with a malformed id'));
      continue;
    }
    // Version 1 kept a list of done ids without times.
    const current =
      version === 1 && isObject(value) && Array.isArray(value.done)
        ? {
            ...value,
            done: Object.fromEntries(
              value.done.filter((item) => typeof item === 'string').map((item) => [item, now]),
            ),
          }
        : value;
    const record = readRecord(guide, current, dropped);
    if (record) guides.set(guide, record);
  }
  return {
    ok: true,
    file: { formatVersion: FORMAT_VERSION, guides },
    migrated: version === 1,
    dropped,
  };
}

/** One guide's record as the file stores it: the marks as an object instead of a Map. */
export type GuideRecordJson = Omit<GuideRecord, 'done'> & {
  readonly done: Readonly<Record<string, string>>;
};

/** The progress file as JSON (version 2). */
export type ProgressJson = {
  readonly formatVersion: number;
  readonly guides: Readonly<Record<string, GuideRecordJson>>;
};

/** The progress file as JSON. Object.fromEntries defines keys, so "__proto__" stays a plain key. */
export function encodeProgress(file: ProgressFile): ProgressJson {
  return {
    formatVersion: FORMAT_VERSION,
    guides: Object.fromEntries(
      [...file.guides].map(([guide, record]) => [
        guide,
        {
          done: Object.fromEntries(record.done),
          ...(record.route !== undefined && { route: record.route }),
          ...(record.place !== undefined && { place: record.place }),
          ...(record.firstUsed !== undefined && { firstUsed: record.firstUsed }),
          ...(record.lastUsed !== undefined && { lastUsed: record.lastUsed }),
          ...(record.updatedAt !== undefined && { updatedAt: record.updatedAt }),
          ...(record.items !== undefined && { items: record.items }),
          ...(record.notes !== undefined && record.notes.length > 0 && { notes: record.notes }),
        },
      ]),
    ),
  };
}

/** The same file with one guide's record changed (or removed, when `change` returns undefined). */
export function withRecord(
  file: ProgressFile,
  guide: string,
  change: (record: GuideRecord) => GuideRecord | undefined,
): ProgressFile {
  const guides = new Map(file.guides);
  const next = change(file.guides.get(guide) ?? EMPTY_RECORD);
  if (next) guides.set(guide, next);
  else guides.delete(guide);
  return { formatVersion: FORMAT_VERSION, guides };
}
