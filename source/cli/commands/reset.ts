import { createInterface } from 'node:readline/promises';
import type { Guide } from '../../domain/guide/guide.js';
import { cleanLine } from '../../domain/text/sanitize.js';
import { EXIT, err, out } from '../io.js';
import { applyChanges } from '../../domain/progress/progress.js';
import { openStoreToChange, reportSaveProblem } from '../open-progress.js';

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** `stepwise reset [--yes]`: asks on a terminal; refuses to guess without one. */
export async function reset(guide: Guide, yes: boolean): Promise<number> {
  if (!yes) {
    if (!process.stdin.isTTY) {
      err('stepwise reset: not on a terminal, so not asking: add --yes to reset without asking');
      return EXIT.failure;
    }
    if (!(await confirm(cleanLine(`Reset all progress on "${guide.title}"? [y/N] `)))) {
      out('Nothing was reset.');
      return EXIT.ok;
    }
  }
  const store = await openStoreToChange();
  if (
    reportSaveProblem(
      store,
      // The contact log is not progress: it stays, as the app's reset keeps it. The record stays
      // too, saying when it was reset, so that a sync folder learns of the reset, and when.
      store.update(guide.id, (record) =>
        applyChanges(record, [{ type: 'reset' }], new Date().toISOString()),
      ),
    )
  )
    return EXIT.failure;
  out(`Progress on "${guide.title}" was reset.`);
  return EXIT.ok;
}
