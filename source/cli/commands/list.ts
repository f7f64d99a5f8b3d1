import { loadLibrary } from '../../adapters/guide-files.js';
import type { GuideCache } from '../../adapters/guide-cache.js';
import { EXIT, err, out, outJson, shadowedGuide, skippedGuide } from '../io.js';
import { t } from '../../domain/i18n/translate.js';

export async function listGuides(
  dirs: readonly string[],
  json: boolean,
  cache?: GuideCache,
): Promise<number> {
  const { guides, failed, shadowed } = await loadLibrary(dirs, cache);
  const rows = guides.map(({ guide, path }) => ({
    id: guide.id,
    title: guide.title,
    steps: guide.steps.length,
    substeps: guide.steps.reduce((sum, step) => sum + step.substeps.length, 0),
    faqs: guide.faqs.length,
    path,
  }));
  for (const { path } of failed) err(skippedGuide(path));
  for (const entry of shadowed) err(shadowedGuide(entry));
  if (json) {
    outJson({ guides: rows });
    return EXIT.ok;
  }
  if (rows.length === 0) {
    out(t('No guides found.'));
    return EXIT.ok;
  }
  const idWidth = Math.max(2, ...rows.map((row) => row.id.length));
  // Each count's column is as wide as its heading, in the interface's language.
  const steps = t('STEPS');
  const faqs = t('FAQS');
  out(`${'ID'.padEnd(idWidth)}  ${steps.padStart(5)}  ${faqs.padStart(4)}  ${t('TITLE')}`);
  for (const row of rows) {
    out(
      `${row.id.padEnd(idWidth)}  ${String(row.steps).padStart(Math.max(5, steps.length))}  ${String(row.faqs).padStart(Math.max(4, faqs.length))}  ${row.title}`,
    );
  }
  return EXIT.ok;
}
