import type { Guide } from '../../domain/guide/guide.js';
import { progressJson, progressText } from '../../domain/progress/progress-report.js';
import { EXIT, out } from '../io.js';
import { openStore } from '../open-progress.js';

export function showProgress(guide: Guide, json: boolean): number {
  const record = openStore().read(guide.id);
  const now = new Date();
  out(
    json
      ? JSON.stringify(progressJson(guide, record, now), null, 2)
      : progressText(guide, record, now),
  );
  return EXIT.ok;
}
