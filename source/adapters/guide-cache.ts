import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseResult } from '../domain/parse-guide.js';

declare const STEPWISE_BUILD: string;

type Entry = { readonly build: string; readonly text: string; readonly result: ParseResult };

/** FNV-1a, 32 bits, as hex: enough to name a cache file; node:crypto would cost start-up time. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

/**
 * Parsed guides, kept between runs so that opening a guide that has not changed skips the Markdown
 * and YAML parsers entirely: start-up time is a feature. Keyed by the exact text and the build, so
 * an edited guide or a new version of stepwise never sees an old entry. Any failure is a miss.
 */
export class GuideCache {
  constructor(
    private readonly dir: string,
    private readonly build = typeof STEPWISE_BUILD === 'string' ? STEPWISE_BUILD : undefined,
  ) {}

  private file(text: string): string | undefined {
    if (this.build === undefined) return undefined;
    return join(this.dir, `guide-${hash(`${this.build}\0${text}`)}.json`);
  }

  read(text: string): ParseResult | undefined {
    const file = this.file(text);
    if (!file) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
      // The name is only a hash; the entry is used only for exactly the text it was made from.
      return entry.build === this.build && entry.text === text && entry.result.guide
        ? entry.result
        : undefined;
    } catch {
      return undefined;
    }
  }

  write(text: string, result: ParseResult): void {
    const file = this.file(text);
    if (!file || !result.guide) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      const entry: Entry = { build: this.build ?? '', text, result };
      writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}
