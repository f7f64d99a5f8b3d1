import { writeFileSync } from 'node:fs';
import { unwritableReason } from '../../adapters/read-file.js';
import type { Guide } from '../../domain/guide/guide.js';
import { checklist } from '../../domain/progress/progress-report.js';
import { EXIT, err, out } from '../io.js';
import { openStore } from '../open-progress.js';
import { userCalendar } from '../user-settings.js';

/** `stepwise export [--output file]`: the guide as a Markdown checklist with the person's marks. */
export function exportChecklist(guide: Guide, output: string | undefined): number {
  const text = checklist(guide, openStore().read(guide.id), new Date(), userCalendar());
  if (output === undefined) {
    out(text);
    return EXIT.ok;
  }
  const unwritable = unwritableReason(output);
  if (unwritable) {
    err(`stepwise export: ${output} ${unwritable}: name a file to write`);
    return EXIT.failure;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    err(
      `stepwise export: cannot write ${output} (${code}): check the folder exists and is writable`,
    );
    return EXIT.failure;
  }
  err(`Wrote ${output}`);
  return EXIT.ok;
}
