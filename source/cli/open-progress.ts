import { join } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { loadSaving, ProgressStore, type SaveResult } from '../adapters/progress-store.js';
import { err } from './io.js';

export const progressPath = () => join(appPaths().config, 'progress.json');

/**
 * Opens saved progress for a command; a problem with the file is told on stderr, never fatal. A
 * command that only reads leaves a damaged file exactly as it is.
 */
export function openStore(
  options: { readonly readOnly?: boolean } = { readOnly: true },
): ProgressStore {
  const store = ProgressStore.open(appPaths().config, new Date(), options);
  if (store.notice) err(`stepwise: ${store.notice}`);
  return store;
}

/** Opens saved progress for a command that changes it, with the code that saves loaded. */
export async function openStoreToChange(): Promise<ProgressStore> {
  await loadSaving();
  return openStore({ readOnly: false });
}

/** After a change: true, and said on stderr, when it could not be saved. */
export function reportSaveProblem(store: ProgressStore, result: SaveResult): boolean {
  if (result.saved) return false;
  // Already said when the store was opened.
  if (result.reason !== store.notice) err(`stepwise: ${result.reason}`);
  return true;
}
