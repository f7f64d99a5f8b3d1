import type { LoadedGuide } from '../adapters/guide-files.js';
import type { Guide } from '../domain/guide.js';
import { formatProblem } from '../domain/problem.js';

export const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
export const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

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
    `stepwise: cannot open ${loaded.path}: fix the problems above (try "stepwise lint ${loaded.path}")`,
  );
  return undefined;
}
