import type { Guide } from '../../domain/guide/guide.js';
import { progressJson, progressText } from '../../domain/progress/progress-report.js';
import { EXIT, out, outJson } from '../io.js';
import { openStore } from '../open-progress.js';
import { userCalendar } from '../user-settings.js';

export function showProgress(guide: Guide, json: boolean): number {
  const record = openStore().read(guide.id);
  const now = new Date();
  const calendar = userCalendar();
  if (json) outJson(progressJson(guide, record, now, calendar));
  else out(progressText(guide, record, now, calendar));
  return EXIT.ok;
}
