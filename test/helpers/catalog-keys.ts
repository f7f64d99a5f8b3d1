import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every message key of the source: the first argument of t(...) or msg(...) when it is written out
// as a string ('...', "..." or `...` without ${}), with the file and line it is on.

export type FoundKey = { readonly key: string; readonly where: string };

const CALL = /\b(?:t|msg)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function sourceKeys(root: string): FoundKey[] {
  const found: FoundKey[] = [];
  for (const file of files(join(root, 'source'))) {
    // The catalogs themselves, and the function that reads them.
    if (/[\\/]i18n[\\/](en|es|translate)\.ts$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(CALL)) {
      const raw = match[1] ?? match[2] ?? match[3] ?? '';
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ key: unescape(raw), where: `${relative(root, file)}:${line}` });
    }
  }
  return found;
}

/** The {name} placeholders of a message, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}
