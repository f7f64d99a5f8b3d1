import type { Guide } from '../../domain/guide/guide.js';
import { checklist } from '../../domain/progress/progress-report.js';
import { EXIT, err, out, writeOutputFile } from '../io.js';
import { openStore } from '../open-progress.js';
import { userCalendar } from '../user-settings.js';

/** `stepwise export [--output file]`: the guide as a Markdown checklist with the person's marks. */
export function exportChecklist(guide: Guide, output: string | undefined): number {
  const text = checklist(guide, openStore().read(guide.id), new Date(), userCalendar());
  if (output === undefined) {
    out(text);
    return EXIT.ok;
  }
  if (!writeOutputFile('export', output, text)) return EXIT.failure;
  err(`Wrote ${output}`);
  return EXIT.ok;
}
