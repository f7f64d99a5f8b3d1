import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder that ships beside package.json (content/, dist/), found by walking up from this file,
 * for source and bundle alike; undefined when no such folder is found.
 */
export function packageFolder(
  name: string,
  from = fileURLToPath(import.meta.url),
): string | undefined {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, name)))
      return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A file the build puts in dist/ beside the bundle: the holiday table, the lexicon. */
export function distFile(name: string): string {
  return join(packageFolder('dist') ?? resolve('dist'), name);
}
