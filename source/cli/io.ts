import { accessSync, constants, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LoadedGuide } from '../adapters/guide-files.js';
import { unwritableReason } from '../adapters/read-file.js';
import type { Guide } from '../domain/guide/guide.js';
import { formatProblem } from '../domain/guide/problem.js';
import { toAscii } from '../domain/text/ascii.js';
import { cleanOutput } from '../domain/text/sanitize.js';
import { toWords } from '../domain/text/words.js';
import { wantsAscii, wantsScreenReader } from './user-settings.js';
import { t } from '../domain/i18n/translate.js';

// Every line a command prints passes here: whatever a guide, a file name or a saved file holds, no
// control character reaches the terminal (JSON already escapes C0, but not C1 or bidi controls).
// In a locale that is not UTF-8, symbols become ASCII of the same width (domain/text/ascii.ts).
// For a screen reader, states are said in words and drawing is left out (domain/text/words.ts).
let ascii: boolean | undefined;
const line = (text: string, words = true) => {
  const clean = cleanOutput(text.endsWith('\n') ? text : `${text}\n`);
  // JSON is for programs, and keeps every character of what it reports.
  const said = words && wantsScreenReader() ? toWords(clean) : clean;
  ascii ??= wantsAscii();
  return ascii ? toAscii(said) : said;
};
export const out = (text: string) => process.stdout.write(line(text));
export const err = (text: string) => process.stderr.write(line(text));

/**
 * The version of every `--json` output's shape (docs/json.md). It goes up when a field is renamed
 * or removed, not when one is added.
 */
export const JSON_SCHEMA_VERSION = 1;

/** Prints a JSON output, with its schema version first so scripts can check it. */
export function outJson(value: Record<string, unknown>): void {
  process.stdout.write(
    line(JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...value }, null, 2), false),
  );
}

/** The one line for a guide whose id an earlier guide has: only the first can be opened. */
export const shadowedGuide = ({ path, id, by }: { path: string; id: string; by: string }) =>
  `stepwise: ${t('skipping {file}: its id "{id}" is already taken by {other}; give one of them another id', { file: path, id, other: by })}`;

/** The one line for a guide of a folder that has errors: it is left out, and the rest go on. */
export const skippedGuide = (path: string) =>
  `stepwise: ${t('skipping {file}: it has errors (see "stepwise lint {file}")', { file: path })}`;

/** " (did you mean: a, b?)" after an unknown name, or nothing. */
export const didYouMean = (close: readonly string[]): string =>
  close.length === 0 ? '' : ` ${t('(did you mean: {names}?)', { names: close.join(', ') })}`;

/** Exit codes: 1 for a failure the user can fix in their data, 2 for a mistyped command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

/** Returns the guide, or reports why it cannot be opened (every problem, path:line first). */
export function requireGuide(loaded: LoadedGuide): Guide | undefined {
  if (loaded.guide) return loaded.guide;
  for (const problem of loaded.problems) {
    if (problem.severity === 'error') err(formatProblem(loaded.path, problem));
  }
  err(
    `stepwise: ${t('cannot open {file}: fix the problems above (try "stepwise lint {file}")', { file: loaded.path })}`,
  );
  return undefined;
}

/**
 * The one place an unexpected error ends up: one line for the person, the stack only when they ask
 * for it with STEPWISE_DEBUG=1.
 */
export function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const hint =
    process.env.STEPWISE_DEBUG === '1' && error instanceof Error && error.stack
      ? `\n${error.stack}`
      : `\n${t('(set STEPWISE_DEBUG=1 to see where it happened)')}`;
  return `stepwise: ${t('unexpected error: {error}', { error: `${code ? `${code}: ` : ''}${message}` })}${hint}`;
}

/**
 * Writes a command's --output file, cleaned like everything printed; says why it cannot (one
 * line, what to do) and returns false then.
 */
/** The file's status when a regular file is there (not through a link), else undefined. */
function statIfFile(path: string) {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const STANDARD_OUTPUT: ReadonlySet<string> = new Set([
  '/dev/stdout',
  '/dev/fd/1',
  '/proc/self/fd/1',
]);

export function writeOutputFile(
  command: string,
  path: string,
  text: string,
  options: { readonly crlf?: boolean } = {},
): boolean {
  // Cleaning removes carriage returns: a format that wants CRLF gets them after.
  const clean = cleanOutput(text);
  const data = options.crlf ? clean.replace(/\r?\n/g, '\r\n') : clean;
  // Standard output named as a file is standard output; no other device is written to.
  if (STANDARD_OUTPUT.has(path)) {
    process.stdout.write(data);
    return true;
  }
  const unwritable = unwritableReason(path);
  if (unwritable) {
    err(
      `stepwise ${command}: ${t('{file} {reason}: name a file to write', { file: path, reason: unwritable })}`,
    );
    return false;
  }
  // Written beside it and renamed into place: a symbolic link there is replaced, never written
  // through, and a failed write leaves the old file whole and no half-written one behind.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // A file that is there keeps its permissions, and one the person may not write is not replaced.
  const existing = statIfFile(path);
  if (existing && !writable(path)) {
    err(
      `stepwise ${command}: ${t('{file} is read-only: name another file, or make it writable', { file: path })}`,
    );
    return false;
  }
  try {
    writeFileSync(temporary, data, {
      flag: 'wx',
      ...(existing && { mode: existing.mode & 0o777 }),
    });
    renameSync(temporary, path);
    return true;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Its folder is not one (ENOTDIR): there is nothing to remove.
    }
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    err(
      `stepwise ${command}: ${t('cannot write {file} ({code}): check the folder exists and is writable', { file: path, code })}`,
    );
    return false;
  }
}
