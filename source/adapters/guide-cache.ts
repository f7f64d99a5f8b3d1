import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { ParseResult } from '../domain/guide/parse-guide.js';
import { cleanDeep } from '../domain/text/sanitize.js';
import { cacheCodec } from './cache-codec.js';
import { isReadFailure, readRegularFile } from './read-file.js';
import { currentLanguage } from '../domain/i18n/translate.js';

/** A few times the largest guide: anything bigger in the cache folder is not an entry. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

declare const STEPWISE_BUILD: string;

type Entry = {
  readonly build: string;
  readonly path: string;
  /** Two hashes and the length of the guide's text: the entry is for exactly that text. */
  readonly text: string;
  /** A hash of `result` as written, so a damaged or edited entry is never used. */
  readonly check: string;
  /** The parse result, packed (see cache-codec.ts). */
  readonly result: unknown;
};

/** FNV-1a, 32 bits, as hex: enough to name and check a cache file; node:crypto costs start-up time. */
function hash(text: string, seed = 0x811c9dc5): string {
  let value = seed;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

const fingerprint = (text: string) => `${hash(text)}${hash(text, 0x01000193)}:${text.length}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The shape an entry must have before anything in it is used; the rest is the parser's own. */
function isEntry(value: unknown): value is Entry {
  if (!isObject(value) || !isObject(value.result)) return false;
  const guide = value.result.guide;
  return (
    typeof value.build === 'string' &&
    typeof value.path === 'string' &&
    typeof value.text === 'string' &&
    typeof value.check === 'string' &&
    Array.isArray(value.result.problems) &&
    isObject(guide) &&
    typeof guide.id === 'string' &&
    typeof guide.title === 'string' &&
    Array.isArray(guide.routes) &&
    Array.isArray(guide.steps) &&
    Array.isArray(guide.tips) &&
    Array.isArray(guide.faqs)
  );
}

/** Removes a file if it is there; a folder that is not one (ENOTDIR) or no right to is no error. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left for a later run.
  }
}

/**
 * Parsed guides, kept between runs so that opening a guide that has not changed skips the Markdown
 * and YAML parsers entirely: start-up time is a feature. One entry per guide file and build; an
 * entry is used only for the exact text and build it was made from, only if its own check holds,
 * and, being input like any file, it is cleaned again when read. Any failure is a miss.
 */
export class GuideCache {
  constructor(
    private readonly dir: string,
    private readonly build = typeof STEPWISE_BUILD === 'string' ? STEPWISE_BUILD : undefined,
  ) {}

  private file(path: string): string | undefined {
    if (this.build === undefined) return undefined;
    // A parse holds its problems in the language of the run: each language has its own entry.
    const language = currentLanguage() === 'en' ? '' : `-${currentLanguage()}`;
    return join(this.dir, `guide-${hash(this.build)}-${hash(resolve(path))}${language}.json`);
  }

  read(path: string, text: string): ParseResult | undefined {
    const file = this.file(path);
    if (!file) return undefined;
    try {
      const bytes = readRegularFile(file, MAX_ENTRY_BYTES);
      if (isReadFailure(bytes)) return undefined;
      const entry: unknown = JSON.parse(bytes.toString('utf8'));
      if (!isEntry(entry)) return undefined;
      if (entry.build !== this.build || entry.text !== fingerprint(text)) return undefined;
      if (entry.check !== hash(JSON.stringify(entry.result))) return undefined;
      const result = cacheCodec(text).unpack(entry.result);
      return result && cleanDeep(result);
    } catch {
      return undefined;
    }
  }

  write(path: string, text: string, result: ParseResult): void {
    const file = this.file(path);
    if (!file || !result.guide || this.build === undefined) return;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const packed = cacheCodec(text).pack(result);
      const entry: Entry = {
        build: this.build,
        path: resolve(path),
        text: fingerprint(text),
        check: hash(JSON.stringify(packed)),
        result: packed,
      };
      writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written only costs time; a half-written entry (a full disk) goes,
      // so that it does not take the room the progress file needs.
      removeQuietly(temporary);
    }
    this.prune();
  }

  /** Entries of other builds will never be read again. */
  private prune(): void {
    const current = `guide-${hash(this.build ?? '')}-`;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      // Entries of other builds, and temporary files a killed run left behind.
      if ((name.startsWith('guide-') && !name.startsWith(current)) || name.endsWith('.tmp')) {
        removeQuietly(join(this.dir, name));
      }
    }
  }
}
