import { writeFileSync } from 'node:fs';
import type { Guide } from '../../domain/guide/guide.js';
import { checklist } from '../../domain/progress/progress-report.js';
import { EXIT, err, out } from '../io.js';
import { openStore } from '../store.js';

/** `stepwise export [--output file]`: the guide as a Markdown checklist with the person's marks. */
export function exportChecklist(guide: Guide, output: string | undefined): number {
  const text = checklist(guide, openStore().read(guide.id), new Date());
  if (output === undefined) {
    out(text);
    return EXIT.ok;
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
