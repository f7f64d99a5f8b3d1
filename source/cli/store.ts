import { join } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { FileProgressStore } from '../adapters/progress-store.js';
import { err } from './io.js';

export const progressPath = () => join(appPaths().config, 'progress.json');

/** Opens saved progress for a command; a problem with the file is told on stderr, never fatal. */
export function openStore(): FileProgressStore {
  const store = FileProgressStore.open(appPaths().config);
  if (store.notice) err(`stepwise: ${store.notice}`);
  return store;
}

/** After a change: true, and said on stderr, when it could not be saved. */
export function reportSaveProblem(
  store: FileProgressStore,
  noticeBefore: string | undefined,
): boolean {
  if (store.canSave) return false;
  if (store.notice !== noticeBefore) err(`stepwise: ${store.notice}`);
  return true;
}
