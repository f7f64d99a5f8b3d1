import { join } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { loadSaving, ProgressStore, type SaveResult } from '../adapters/progress-store.js';
import { SyncLink } from '../adapters/sync-link.js';
import { err } from './io.js';
import { syncFolder, syncFolderProblem } from './user-settings.js';
import { t } from '../domain/i18n/translate.js';

export const progressPath = () => join(appPaths().config, 'progress.json');

/** The link to the sync folder this run uses, if sync is on; a folder it cannot use is said. */
export function openSyncLink(): SyncLink | undefined {
  const folder = syncFolder();
  if (folder === undefined) return undefined;
  const problem = syncFolderProblem(folder);
  if (problem !== undefined) {
    err(
      `stepwise: ${t('not syncing: {problem} ("stepwise config set sync-dir <folder>")', { problem })}`,
    );
    return undefined;
  }
  // Turned off (or moved) while a copy of stepwise runs: it stops writing to this folder.
  return new SyncLink(folder, appPaths().config, () => syncFolder(process.env, true) === folder);
}

/** What the sync folder has to say, once: a new device id, files that could not be merged. */
export function syncNews(store: ProgressStore): string[] {
  const sync = store.sync;
  if (!sync) return [];
  const view = store.syncView();
  const news = [...sync.notices];
  for (const problem of view ? sync.newProblems(view) : []) {
    news.push(
      problem.file === '.'
        ? t(
            'the sync folder {folder} {problem}: progress is kept on this computer until it can be read',
            { folder: sync.folder, problem: problem.reason },
          )
        : problem.file === '*'
          ? t('the sync folder {folder} {problem}', {
              folder: sync.folder,
              problem: problem.reason,
            })
          : t('in the sync folder, {file} {problem}: left as it is', {
              file: problem.file,
              problem: problem.reason,
            }),
    );
  }
  return news;
}

/**
 * Opens saved progress for a command; a problem with the file is told on stderr, never fatal. A
 * command that only reads leaves a damaged file exactly as it is.
 */
export function openStore(
  options: { readonly readOnly?: boolean } = { readOnly: true },
): ProgressStore {
  const sync = openSyncLink();
  const store = ProgressStore.open(appPaths().config, new Date(), {
    ...options,
    ...(sync && { sync }),
  });
  if (store.notice) err(`stepwise: ${store.notice}`);
  return store;
}

/** Opens saved progress for a command that changes it, with the code that saves loaded. */
export async function openStoreToChange(): Promise<ProgressStore> {
  await loadSaving();
  const store = openStore({ readOnly: false });
  // Told by the command that writes, which records that it was told.
  for (const line of syncNews(store)) err(`stepwise: ${line}`);
  return store;
}

/** After a change: true, and said on stderr, when it could not be saved. */
export function reportSaveProblem(store: ProgressStore, result: SaveResult): boolean {
  if (result.saved) {
    if (result.warning !== undefined) err(`stepwise: ${result.warning}`);
    return false;
  }
  // Already said when the store was opened.
  if (result.reason !== store.notice) err(`stepwise: ${result.reason}`);
  return true;
}
