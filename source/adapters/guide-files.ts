import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Guide } from '../domain/guide/guide.js';
import type { ChunkMemo } from '../domain/guide/markdown-chunks.js';
import type { Problem } from '../domain/guide/problem.js';
import type { GuideCache } from './guide-cache.js';
import { currentLanguage, t } from '../domain/i18n/translate.js';
import {
  TRANSLATION_FILE,
  translatedGuide,
  translationFileName,
  translationLanguage,
} from '../domain/guide/translation.js';
import { isReadFailure, readRegularFile } from './read-file.js';
import { packageFolder } from './package-files.js';

export type LoadedGuide = {
  readonly path: string;
  readonly guide?: Guide;
  readonly problems: readonly Problem[];
};

const fileProblem = (message: string, line = 1): Problem => ({ severity: 'error', line, message });

/** Decodes a file's bytes as UTF-8 text, or says why it is not text and on which line. */
export function decode(bytes: Buffer): string | Problem {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    return fileProblem(t('this is a binary file, not a Markdown guide'), line);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return fileProblem(t('the file is not valid UTF-8 text: save it as UTF-8'), line);
  }
}

/** Larger than any guide a person writes; a bigger file is refused before it is read. */
export const MAX_GUIDE_BYTES = 5 * 1024 * 1024;

/** Reads a guide file's text; only a regular file of sane size is read (see read-file.ts). */
export function readGuideText(path: string): string | Problem {
  const bytes = readRegularFile(path, MAX_GUIDE_BYTES);
  if (!isReadFailure(bytes)) return decode(bytes);
  switch (bytes.reason) {
    case 'missing':
      return fileProblem(t('file not found: check the path, or run "stepwise list"'));
    case 'folder':
      return fileProblem(t('this is a folder, not a guide file: name a .md file inside it'));
    case 'not-regular':
      return fileProblem(
        t('this is not a regular file (a device, a pipe or a socket): name a .md file'),
      );
    case 'too-large':
      return fileProblem(t('the file {problem}', { problem: bytes.message }));
    default:
      return bytes.message.includes('EACCES')
        ? fileProblem(t('permission denied: the file cannot be read'))
        : fileProblem(t('the file {problem}', { problem: bytes.message }));
  }
}

/**
 * Text up to this size is parsed in the process: it cannot cost much, and a worker costs a start.
 * Larger text is parsed in a worker with limits (parse-in-worker.ts).
 */
export const WORKER_FROM_CHARS = 64 * 1024;

/**
 * Reads and parses a guide, in the words of its translation into `language` when one sits beside it
 * (translation.ts). Without a language, the file as it is (lint reads files so).
 */
export async function loadGuideFile(
  path: string,
  cache?: GuideCache,
  memo?: ChunkMemo,
  language?: string,
): Promise<LoadedGuide> {
  const loaded = await loadOneFile(path, cache, memo);
  return language === undefined ? loaded : withTranslation(loaded, language, cache);
}

/**
 * The guide in a language's words, when its translation beside it reads and is of the same guide.
 * A translation that does not read leaves the guide in its own words; `lint` says why.
 */
async function withTranslation(
  loaded: LoadedGuide,
  language: string,
  cache?: GuideCache,
): Promise<LoadedGuide> {
  const { guide, path } = loaded;
  if (!guide || (guide.language ?? 'en') === language) return loaded;
  if (translationLanguage(basename(path)) !== undefined) return loaded;
  const file = join(dirname(path), translationFileName(basename(path), language));
  if (!existsSync(file)) return loaded;
  const translation = await loadOneFile(file, cache);
  if (!translation.guide || translation.guide.id !== guide.id) return loaded;
  return { ...loaded, guide: translatedGuide(guide, translation.guide, language) };
}

/** Reads and parses one file. The parser is loaded on first use: a cached guide never needs it. */
async function loadOneFile(
  path: string,
  cache?: GuideCache,
  memo?: ChunkMemo,
): Promise<LoadedGuide> {
  const text = readGuideText(path);
  if (typeof text !== 'string') return { path, problems: [text] };
  const cached = cache?.read(path, text);
  if (cached) return { path, ...cached };
  // A large file is parsed where a costly one can only use up a worker's memory and time.
  const inWorker =
    text.length > WORKER_FROM_CHARS
      ? (await import('./parse-in-worker.js')).parseInWorker(text)
      : undefined;
  const result = inWorker
    ? await inWorker
    : (await import('../domain/guide/parse-guide.js')).parseGuide(text, memo);
  cache?.write(path, text, result);
  return { path, ...result };
}

/** The guides that ship with stepwise sit in content/ beside package.json, for source and bundle alike. */
export function builtInContentDir(): string {
  return packageFolder('content') ?? resolve('content');
}

/** The guides of a folder; translations beside them ("guide.es.md") are not guides of their own. */
export function guideFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter(
        (name) =>
          name.endsWith('.md') && !name.startsWith('.') && translationLanguage(name) === undefined,
      )
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** The translations of guides in a folder ("guide.es.md"), for lint. */
export function translationFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.') && translationLanguage(name) !== undefined)
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** The guide a translation file translates: "guide.es.md" -> "guide.md" beside it. */
export function originalOf(path: string): string | undefined {
  const match = TRANSLATION_FILE.exec(basename(path));
  return match ? join(dirname(path), `${match[1]}.md`) : undefined;
}

function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.(md|markdown|txt)$/i.test(ref);
}

/**
 * Finds a guide by path or by id among the content folders. The file named after the id is tried
 * first so that opening the default guide reads one file, not the whole folder.
 */
export async function resolveGuide(
  ref: string,
  dirs: readonly string[],
  cache?: GuideCache,
  language: string = currentLanguage(),
): Promise<LoadedGuide> {
  if (looksLikePath(ref) || existsSync(ref)) return loadGuideFile(ref, cache, undefined, language);
  for (const dir of dirs) {
    const direct = join(dir, `${ref}.md`);
    if (existsSync(direct)) {
      const loaded = await loadGuideFile(direct, cache, undefined, language);
      if (loaded.guide?.id === ref) return loaded;
    }
  }
  for (const dir of dirs) {
    for (const file of guideFilesIn(dir)) {
      const loaded = await loadGuideFile(file, cache, undefined, language);
      if (loaded.guide?.id === ref) return loaded;
    }
  }
  const known = dirs.flatMap(guideFilesIn).map((file) => basename(file, '.md'));
  return {
    path: ref,
    problems: [
      fileProblem(
        `${t('no guide with id "{id}"', { id: ref })}${known.length ? ` ${t('(known: {ids})', { ids: known.join(', ') })}` : ''}; ${t('pass a file path or run "stepwise list"')}`,
        0,
      ),
    ],
  };
}

/** Reads a whole stream (standard input) as guide text, up to the same size limit as a file. */
export async function readStreamText(stream: NodeJS.ReadableStream): Promise<string | Problem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_GUIDE_BYTES) {
      return fileProblem(
        t('the input is too large (more than {value} MB)', {
          value: MAX_GUIDE_BYTES / 1024 / 1024,
        }),
      );
    }
    chunks.push(bytes);
  }
  return decode(Buffer.concat(chunks));
}

/**
 * Every guide of the content folders, the first of each id; and the files that failed, each to
 * be reported in one line while the others still open.
 */
export async function loadLibrary(
  dirs: readonly string[],
  cache?: GuideCache,
  language: string = currentLanguage(),
): Promise<{
  readonly guides: { guide: Guide; path: string }[];
  readonly failed: LoadedGuide[];
  /** Guides left out because an earlier one has their id (a built-in one may be replaced). */
  readonly shadowed: { readonly path: string; readonly id: string; readonly by: string }[];
}> {
  const loaded = await Promise.all(
    dirs.flatMap(guideFilesIn).map((file) => loadGuideFile(file, cache, undefined, language)),
  );
  const seen = new Map<string, string>();
  const builtIn = builtInContentDir();
  const shadowed: { path: string; id: string; by: string }[] = [];
  const guides = loaded.flatMap(({ guide, path }) => {
    if (!guide) return [];
    const by = seen.get(guide.id);
    if (by !== undefined) {
      if (dirname(path) !== builtIn) shadowed.push({ path, id: guide.id, by });
      return [];
    }
    seen.set(guide.id, path);
    return [{ guide, path }];
  });
  return { guides, failed: loaded.filter((entry) => !entry.guide), shadowed };
}
