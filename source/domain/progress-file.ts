import * as z from 'zod/mini';
import { ID_PATTERN } from './slug.js';

/**
 * The progress file's format. Version 1 kept done items as a list, without times; version 2 keeps
 * when each was done, the place in the guide and when it was used.
 */
export const FORMAT_VERSION = 2;

export const PLACE_PANES = ['steps', 'faq', 'tips', 'progress'] as const;

export type Place = {
  readonly pane: (typeof PLACE_PANES)[number];
  readonly selected: Readonly<Partial<Record<(typeof PLACE_PANES)[number], string>>>;
  readonly scroll: number;
};

export type GuideRecord = {
  readonly done: Readonly<Record<string, string>>;
  readonly route?: string;
  readonly place?: Place;
  readonly firstUsed?: string;
  readonly lastUsed?: string;
  /** When a mark or the route last changed. */
  readonly updatedAt?: string;
};

export type ProgressFile = {
  readonly formatVersion: number;
  readonly guides: Readonly<Record<string, GuideRecord>>;
};

const isoDate = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), 'a date'));
const paneSchema = z.enum(PLACE_PANES);

const recordSchema = z.object({
  // Absent until the first mark: a route or a visit can come first.
  done: z.optional(z.record(z.string(), isoDate)),
  route: z.optional(z.string()),
  place: z.optional(
    z.object({
      pane: paneSchema,
      selected: z.partialRecord(paneSchema, z.string()),
      scroll: z.number().check(z.int(), z.nonnegative()),
    }),
  ),
  firstUsed: z.optional(isoDate),
  lastUsed: z.optional(isoDate),
  updatedAt: z.optional(isoDate),
});

const currentSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  guides: z.record(z.string().check(z.regex(ID_PATTERN)), recordSchema),
});

const version1Schema = z.object({
  formatVersion: z.literal(1),
  guides: z.record(
    z.string(),
    z.object({ done: z.array(z.string()), route: z.optional(z.string()) }),
  ),
});

export type MigrationResult =
  | { readonly ok: true; readonly file: ProgressFile; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Brings stored progress of any known version up to the current one, or says why it cannot. Pure:
 * `now` stands in for the unknown times of version 1.
 */
export function migrate(data: unknown, now: string): MigrationResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (version === undefined && Object.keys(data).length === 0) {
    return { ok: true, file: { formatVersion: FORMAT_VERSION, guides: {} }, migrated: false };
  }
  if (version === 1) {
    const parsed = version1Schema.safeParse(data);
    if (!parsed.success) return { ok: false, reason: 'version 1 data of the wrong shape' };
    const guides = Object.fromEntries(
      Object.entries(parsed.data.guides).map(([id, record]) => [
        id,
        {
          done: Object.fromEntries(record.done.map((item) => [item, now])),
          ...(record.route !== undefined && { route: record.route }),
        },
      ]),
    );
    return migrate({ formatVersion: 2, guides }, now).ok
      ? { ok: true, file: { formatVersion: FORMAT_VERSION, guides }, migrated: true }
      : { ok: false, reason: 'version 1 data could not be carried over' };
  }
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return {
      ok: false,
      reason: `written by a newer stepwise (format ${version}; this one reads up to ${FORMAT_VERSION})`,
    };
  }
  const parsed = currentSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `data of the wrong shape${where ? ` at "${where}"` : ''}` };
  }
  const guides = Object.fromEntries(
    Object.entries(parsed.data.guides).map(([id, record]) => [
      id,
      { ...record, done: record.done ?? {} },
    ]),
  );
  return {
    ok: true,
    file: { formatVersion: FORMAT_VERSION, guides } as ProgressFile,
    migrated: false,
  };
}
