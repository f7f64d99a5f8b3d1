import Fuse from 'fuse.js';

/** Ids that look like what was typed, best first, for "did you mean" messages. */
export function closeMatches(candidates: readonly string[], typed: string, limit = 3): string[] {
  const fuse = new Fuse(candidates, { threshold: 0.45, ignoreLocation: true });
  return fuse
    .search(typed)
    .slice(0, limit)
    .map((result) => result.item);
}

/** Edits (insert, delete, change, swap two neighbours) between two short words. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known word a mistyped command or option most likely meant, if any is close enough. */
export function nearestWord(typed: string, known: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const word of known) {
    const edits = distance(typed.toLowerCase(), word.toLowerCase());
    if (!best || edits < best.edits) best = { word, edits };
  }
  const allowed = Math.max(1, Math.floor(typed.replace(/^-+/, '').length / 3));
  return best && best.edits <= allowed ? best.word : undefined;
}
