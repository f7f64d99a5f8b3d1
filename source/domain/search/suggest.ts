import Fuse from 'fuse.js';

/** Ids that look like what was typed, best first, for "did you mean" messages. */
export function closeMatches(candidates: readonly string[], typed: string, limit = 3): string[] {
  const fuse = new Fuse(candidates, { threshold: 0.45, ignoreLocation: true });
  return fuse
    .search(typed)
    .slice(0, limit)
    .map((result) => result.item);
}
