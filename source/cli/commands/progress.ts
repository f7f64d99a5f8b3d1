import type { Guide } from '../../domain/guide/guide.js';
import { progressJson, progressText } from '../../domain/progress/progress-report.js';
import { EXIT, out, outJson } from '../io.js';
import { openStore } from '../open-progress.js';

export function showProgress(guide: Guide, json: boolean): number {
  const record = openStore().read(guide.id);
  const now = new Date();
  if (json) outJson(progressJson(guide, record, now));
  else out(progressText(guide, record, now));
  return EXIT.ok;
}
