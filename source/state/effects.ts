import type { ProgressChange } from '../domain/progress/progress.js';
import type { Place } from '../domain/progress/progress-file.js';

/**
 * What an action asks of the world, as a value: the store hands these to the one place that
 * carries them out (cli/run-app.tsx), so the reducer stays pure and every write has a reason.
 */
export type Effect =
  /** Save these changes to the guide's progress at once: the intent (a mark, a note), not a diff. */
  | {
      readonly type: 'save-progress';
      readonly guide: string;
      readonly changes: readonly ProgressChange[];
    }
  /** The place in the guide changed: saved once the person pauses, or on the way out. */
  | { readonly type: 'save-place'; readonly guide: string; readonly place: Place }
  | { readonly type: 'open-link'; readonly href: string }
  | { readonly type: 'copy'; readonly text: string; readonly what: string }
  /** Open a guide from the picker, at an item a search found if given. */
  | {
      readonly type: 'open-guide';
      readonly id: string;
      readonly at?: { readonly pane: 'faq' | 'steps'; readonly item: string };
    }
  /** Back to the picker, with every guide's progress as it is now. */
  | { readonly type: 'show-picker' }
  /** Ctrl-Z: give the terminal back to the shell until `fg`. */
  | { readonly type: 'suspend' }
  | { readonly type: 'quit' };

/** A new state and what it asks of the world. */
export type Update<S> = { readonly state: S; readonly effects: readonly Effect[] };

export const NO_EFFECTS: readonly Effect[] = [];
