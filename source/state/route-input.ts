import type { AppAction } from './app-state.js';
import { isTyping, resolveAppKey } from './keymap.js';
import { mouseAction } from './mouse.js';
import type { Store } from './store.js';
import type { InputEvent } from '../domain/terminal/decode-input.js';

export type InputContext = {
  /** The moment a key is pressed, for the actions that record it. */
  readonly now: () => Date;
  /** Clicks and the wheel act; off with --no-mouse, even if a report arrives. */
  readonly mouse: boolean;
  /** A terminal's answer (its background colour) that came while the app ran. */
  readonly onAnswer?: (text: string) => void;
};

/** The keys that typed text stands for outside a text field: one per character. */
function keysOf(text: string): string[] {
  return [...text].map((character) => (character === ' ' ? 'space' : character));
}

/**
 * Carries one input event to the store, for the open guide or the picker alike. Each key sees the
 * state the one before it made: several keys can come in one read ("jj", a held arrow).
 */
export function routeInput(store: Store, event: InputEvent, context: InputContext): void {
  const dispatchKey = (name: string) => {
    const state = store.getState();
    const action: AppAction | undefined = resolveAppKey(state, name, context.now().toISOString());
    // Any other key in a guide puts a banner away, as reading it is done.
    if (action) store.dispatch(action);
    else if (state.guide) store.dispatch({ type: 'banner/dismiss' });
  };
  switch (event.kind) {
    case 'key':
      dispatchKey(event.name);
      return;
    case 'text': {
      if (isTyping(store.getState())) {
        store.dispatch({ type: 'field/type', text: event.text });
        return;
      }
      for (const name of keysOf(event.text)) dispatchKey(name);
      return;
    }
    case 'paste': {
      const state = store.getState();
      // A paste is text, never keys: into a text field, or (in a guide) refused with a word.
      if (state.guide || isTyping(state)) store.dispatch({ type: 'paste', text: event.text });
      return;
    }
    case 'mouse': {
      const guide = store.getState().guide;
      if (!context.mouse || !guide) return;
      const action = mouseAction(guide, store.derive, event.report);
      if (action) store.dispatch(action);
      return;
    }
    case 'answer':
      context.onAnswer?.(event.text);
      return;
    case 'unknown':
      // Nobody asked for it: swallowed whole, never keys.
      return;
  }
}
