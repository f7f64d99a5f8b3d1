import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { classifyName } from '../domain/sync/sync-names.js';

// A sync tool writes a device's file in bursts (a temporary file, then a rename): act once the
// burst is over.
const SETTLE_MS = 300;
/**
 * Folder events are not delivered for every sync tool and file system (network drives, some
 * FUSE mounts), so the folder is also looked at this often: changes show within seconds anyway.
 */
const POLL_MS = 2000;

/** The device files in the folder, with their sizes and times: what tells that one changed. */
function fingerprint(folder: string): string {
  try {
    return readdirSync(folder)
      .filter((name) => classifyName(name).kind !== 'other')
      .sort()
      .map((name) => {
        try {
          const stat = statSync(join(folder, name));
          return `${name} ${stat.size} ${stat.mtimeMs}`;
        } catch {
          return `${name} gone`;
        }
      })
      .join('\n');
  } catch {
    return 'unreadable';
  }
}

/** Calls back when a device's file in the sync folder changes; returns a function that stops. */
export function watchSyncFolder(folder: string, onChange: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let last = fingerprint(folder);
  const check = () => {
    timer = undefined;
    const now = fingerprint(folder);
    if (now === last) return;
    last = now;
    onChange();
  };
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
    timer.unref();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(folder, soon);
    watcher.on('error', () => watcher?.close());
  } catch {
    // Not watchable (missing now, or no events here): looking at it now and then is enough.
  }
  const poll = setInterval(check, POLL_MS);
  poll.unref();
  return () => {
    if (timer) clearTimeout(timer);
    clearInterval(poll);
    watcher?.close();
  };
}
