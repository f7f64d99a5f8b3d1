import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file the build puts in dist/ beside the bundle (the holiday table, the lexicon): found from
 * the package root, for source and bundle alike.
 */
export function distFile(name: string, from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dist'))) {
      return join(dir, 'dist', name);
    }
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(from), name);
    dir = parent;
  }
}
