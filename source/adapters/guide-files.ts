import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Guide } from '../domain/guide/guide.js';
import type { ChunkMemo } from '../domain/guide/markdown-chunks.js';
import type { Problem } from '../domain/guide/problem.js';
import type { GuideCache } from './guide-cache.js';

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
    return fileProblem('this is a binary file, not a Markdown guide', line);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return fileProblem('the file is not valid UTF-8 text: save it as UTF-8', line);
  }
}

/** Larger than any guide a person writes; a bigger file is refused before it is read. */
export const MAX_GUIDE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a guide file's text. Only a regular file of sane size is read: a device (/dev/zero), a
 * FIFO or a huge file gets a one-line problem instead of a hang or gigabytes of memory.
 */
export function readGuideText(path: string): string | Problem {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) {
      return fileProblem('this is a folder, not a guide file: name a .md file inside it');
    }
    // Non-blocking, so that opening a FIFO cannot hang; the type is checked on the open file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return fileProblem(
        'this is not a regular file (a device, a pipe or a socket): name a .md file',
      );
    }
    if (stat.size > MAX_GUIDE_BYTES) {
      return fileProblem(
        `the file is too large (${(stat.size / 1024 / 1024).toFixed(1)} MB; guides are at most ${MAX_GUIDE_BYTES / 1024 / 1024} MB)`,
      );
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return decode(bytes.subarray(0, read));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return fileProblem('file not found: check the path, or run "stepwise list"');
    if (code === 'EACCES') return fileProblem('permission denied: the file cannot be read');
    return fileProblem(`cannot read the file (${code ?? (error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads and parses a guide. The parser is loaded on first use: a cached guide never needs it. */
export async function loadGuideFile(
  path: string,
  cache?: GuideCache,
  memo?: ChunkMemo,
): Promise<LoadedGuide> {
  const text = readGuideText(path);
  if (typeof text !== 'string') return { path, problems: [text] };
  const cached = cache?.read(path, text);
  if (cached) return { path, ...cached };
  const { parseGuide } = await import('../domain/guide/parse-guide.js');
  const result = parseGuide(text, memo);
  cache?.write(path, text, result);
  return { path, ...result };
}

/** The guides that ship with stepwise sit in content/ beside package.json, for source and bundle alike. */
export function builtInContentDir(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) {
      return join(dir, 'content');
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve('content');
    dir = parent;
  }
}

export function guideFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
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
): Promise<LoadedGuide> {
  if (looksLikePath(ref) || existsSync(ref)) return loadGuideFile(ref, cache);
  for (const dir of dirs) {
    const direct = join(dir, `${ref}.md`);
    if (existsSync(direct)) {
      const loaded = await loadGuideFile(direct, cache);
      if (loaded.guide?.id === ref) return loaded;
    }
  }
  for (const dir of dirs) {
    for (const file of guideFilesIn(dir)) {
      const loaded = await loadGuideFile(file, cache);
      if (loaded.guide?.id === ref) return loaded;
    }
  }
  const known = dirs.flatMap(guideFilesIn).map((file) => basename(file, '.md'));
  return {
    path: ref,
    problems: [
      fileProblem(
        `no guide with id "${ref}"${known.length ? ` (known: ${known.join(', ')})` : ''}; pass a file path or run "stepwise list"`,
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
      return fileProblem(`the input is too large (more than ${MAX_GUIDE_BYTES / 1024 / 1024} MB)`);
    }
    chunks.push(bytes);
  }
  return decode(Buffer.concat(chunks));
}
