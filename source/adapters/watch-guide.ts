import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { GuideUpdate } from '../domain/guide/guide.js';
import { formatProblem } from '../domain/guide/problem.js';
import { cleanLine } from '../domain/text/sanitize.js';
import type { ChunkMemo } from '../domain/guide/markdown-chunks.js';
import { loadGuideFile } from './guide-files.js';
import { currentLanguage, t } from '../domain/i18n/translate.js';

// Editors save in bursts (write, rename, touch): act once the burst is over.
const SETTLE_MS = 80;

/**
 * Calls back with each new version of a guide file, or with its first error while it has one.
 * Watches the folder, not the file, because many editors save by replacing the file.
 */
export function watchGuide(path: string, onUpdate: (update: GuideUpdate) => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  // Items whose text did not change since the last save are not parsed again.
  const memo: ChunkMemo = new Map();
  const reload = async () => {
    const loaded = await loadGuideFile(path, undefined, memo, currentLanguage());
    if (loaded.guide) {
      onUpdate({ guide: loaded.guide });
      return;
    }
    const problem = loaded.problems.find((candidate) => candidate.severity === 'error');
    const where = problem ? formatProblem(path, problem) : `${path}: ${t('cannot be read')}`;
    // The path is outside text too: cleaned before it can reach the status bar.
    onUpdate({ error: cleanLine(`${where} ${t('(showing the last good version)')}`) });
  };
  const watcher = watch(dirname(path), (_event, name) => {
    if (name !== null && name !== basename(path)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), SETTLE_MS);
  });
  watcher.on('error', () => {
    // The folder went away; the last good version stays on screen.
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
