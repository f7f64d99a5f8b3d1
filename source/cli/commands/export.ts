import type { Guide } from '../../domain/guide/guide.js';
import { checklist } from '../../domain/progress/progress-report.js';
import { EXIT, err, out, writeOutputFile } from '../io.js';
import { openStore } from '../open-progress.js';
import { userCalendar } from '../user-settings.js';
import { t } from '../../domain/i18n/translate.js';

/** `stepwise export [--output file]`: the guide as a Markdown checklist with the person's marks. */
export function exportChecklist(guide: Guide, output: string | undefined): number {
  const text = checklist(guide, openStore().read(guide.id), new Date(), userCalendar());
  if (output === undefined) {
    out(text);
    return EXIT.ok;
  }
  if (!writeOutputFile('export', output, text)) return EXIT.failure;
  err(t('Wrote {file}', { file: output }));
  return EXIT.ok;
}
