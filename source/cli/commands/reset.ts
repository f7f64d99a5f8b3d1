import { createInterface } from 'node:readline/promises';
import type { Guide } from '../../domain/guide/guide.js';
import { cleanLine } from '../../domain/text/sanitize.js';
import { EXIT, err, out } from '../io.js';
import { applyChanges } from '../../domain/progress/progress.js';
import { openStoreToChange, reportSaveProblem } from '../open-progress.js';
import { t } from '../../domain/i18n/translate.js';

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    // "y" or "yes", and in Spanish "s" or "sí".
    return /^(y(es)?|s[ií]?)$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** `stepwise reset [--yes]`: asks on a terminal; refuses to guess without one. */
export async function reset(guide: Guide, yes: boolean): Promise<number> {
  if (!yes) {
    if (!process.stdin.isTTY) {
      err(
        `stepwise reset: ${t('not on a terminal, so not asking: add --yes to reset without asking')}`,
      );
      return EXIT.failure;
    }
    const question = t('Reset all progress on "{guide}"? [y/N]', { guide: guide.title });
    if (!(await confirm(cleanLine(`${question} `)))) {
      out(t('Nothing was reset.'));
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
  out(t('Progress on "{guide}" was reset.', { guide: guide.title }));
  return EXIT.ok;
}
