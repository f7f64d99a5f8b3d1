import type { ProgressStore } from '../adapters/progress-store.js';
import type { Guide } from '../domain/guide/guide.js';
import type { Place } from '../domain/progress/progress-file.js';
import {
  applyChanges,
  visited,
  withPlace,
  type ProgressChange,
} from '../domain/progress/progress.js';

/** How long the person must pause before the place they moved to is saved. */
export const PLACE_PAUSE_MS = 2000;

export type Saver = {
  /** Saves what the person did (a mark, a note, a route) at once. */
  readonly saveChanges: (guide: string, changes: readonly ProgressChange[]) => void;
  /** Saves the place once the person has paused, unless it is the place already saved. */
  readonly savePlaceSoon: (guide: string, place: Place) => void;
  /** Saves the place now (leaving the guide, suspending, quitting). */
  readonly flushPlace: () => void;
  /** Tries again the changes that could not be saved yet (a busy file, saving not loaded). */
  readonly retry: () => void;
  /** Everything not yet saved, now: on the way out. */
  readonly flushAll: () => void;
  /** Why changes the person made are still unsaved, if they are. */
  readonly unsavedReason: () => string | undefined;
  /** The changes to a guide not saved yet: shown on top of what is read back. */
  readonly unsavedChanges: (guide: string) => readonly ProgressChange[];
};

function samePlace(a: Place | undefined, b: Place): boolean {
  if (!a || a.pane !== b.pane || a.scroll !== b.scroll) return false;
  const keys = new Set([...Object.keys(a.selected), ...Object.keys(b.selected)]);
  for (const key of keys) {
    if (a.selected[key as Place['pane']] !== b.selected[key as Place['pane']]) return false;
  }
  return true;
}

/**
 * Writes progress for the app: changes at once, each applied to the latest file under its lock
 * (so marks made meanwhile by another copy stay), and the place only after a pause. A change the
 * file was too busy for is kept and saved with the next write, never dropped; `onNotice` says why
 * saving fails, and that it works again. Every write also notes the visit: when the guide was last
 * used and which items it had.
 */
export function createSaver(
  progress: ProgressStore,
  guideOf: (id: string) => Guide | undefined,
  onNotice: (notice: string | undefined) => void,
  options: { readonly pauseMs?: number; readonly clock?: () => Date } = {},
): Saver {
  const pauseMs = options.pauseMs ?? PLACE_PAUSE_MS;
  const clock = options.clock ?? (() => new Date());
  const unsaved = new Map<string, readonly ProgressChange[]>();
  let lastFailure: string | undefined;
  const savedPlaces = new Map<string, Place | undefined>();
  let pending: { readonly guide: string; readonly place: Place } | undefined;
  let timer: NodeJS.Timeout | undefined;

  const write = (guide: string, changes: readonly ProgressChange[], place?: Place) => {
    const at = clock().toISOString();
    const result = progress.update(guide, (latest) => {
      const changed = applyChanges(latest, changes, at);
      return visited(place ? withPlace(changed, place) : changed, at, guideOf(guide));
    });
    if (result.saved) {
      unsaved.delete(guide);
      if (place) savedPlaces.set(guide, place);
    } else {
      if (changes.length > 0) unsaved.set(guide, changes);
      // A place that could not be saved is tried again with the next write, unless the person
      // has moved on since.
      if (place && !pending) pending = { guide, place };
      lastFailure = result.reason;
    }
    onNotice(result.saved ? result.warning : result.reason);
    return result.saved;
  };

  const flushPlace = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const next = pending;
    pending = undefined;
    if (!next) return;
    const saved = savedPlaces.has(next.guide)
      ? savedPlaces.get(next.guide)
      : progress.read(next.guide).place;
    if (samePlace(saved, next.place)) return;
    write(next.guide, unsaved.get(next.guide) ?? [], next.place);
  };

  const retry = () => {
    for (const [guide, changes] of [...unsaved]) write(guide, changes);
  };

  return {
    saveChanges(guide, changes) {
      write(guide, [...(unsaved.get(guide) ?? []), ...changes]);
    },
    savePlaceSoon(guide, place) {
      if (pending && pending.guide !== guide) flushPlace();
      pending = { guide, place };
      if (timer) clearTimeout(timer);
      timer = setTimeout(flushPlace, pauseMs);
      timer.unref();
    },
    flushPlace,
    retry,
    flushAll() {
      flushPlace();
      retry();
    },
    unsavedReason() {
      return unsaved.size > 0 ? lastFailure : undefined;
    },
    unsavedChanges(guide) {
      return unsaved.get(guide) ?? [];
    },
  };
}
