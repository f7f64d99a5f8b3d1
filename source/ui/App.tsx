import { useInput } from 'ink';
import { useCallback, useEffect } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import { resolveKey } from '../state/keymap.js';
import { mouseAction } from '../state/mouse.js';
import { useMouse } from './use-mouse.js';
import { keyNames } from './key-name.js';
import { useEscapePrefix } from './use-escape-prefix.js';
import { usePaste } from './use-paste.js';
import { useUnknownSequence } from './use-unknown-sequence.js';
import { Screen } from './Screen.js';
import { useStore } from './store-context.js';

export type AppProps = {
  /** Called once the first frame is drawn; returns a notice to show, such as a failed save. */
  readonly onStart?: () => string | undefined;
  /** Tells the app about new versions of its guide file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (listener: (update: GuideUpdate) => void) => () => void;
  readonly clock?: () => Date;
  /** Clicks and the wheel act; off with --no-mouse, even if a report arrives. */
  readonly mouse?: boolean;
};

/** The open guide: keys become actions for the store, and the screen draws what it holds. */
export function App({ onStart, subscribeGuide, clock, mouse = false }: AppProps) {
  const store = useStore();
  const escapedFirst = useEscapePrefix();
  const pasted = usePaste();
  const unknownSequence = useUnknownSequence();
  useMouse((event) => {
    if (!mouse) return;
    const guide = store.getState().guide;
    const action = guide && mouseAction(guide, store.derive, event);
    if (action) store.dispatch(action);
  });
  const handleInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      const now = (clock?.() ?? new Date()).toISOString();
      const paste = pasted();
      if (paste?.kind === 'text') store.dispatch({ type: 'paste', text: paste.text });
      // A sequence Ink does not know is no key, and never text.
      if (!paste && unknownSequence(input)) return;
      const open = store.getState().guide;
      const typing = open !== undefined && (open.searchFocused || open.overlay === 'note');
      const names = paste ? [] : keyNames(input, key, typing);
      for (const name of escapedFirst() ? ['escape', ...names] : names) {
        const guide = store.getState().guide;
        if (!guide) return;
        // Each key sees the state the one before it made: the store reduces synchronously.
        store.dispatch(resolveKey(guide, name, now) ?? { type: 'banner/dismiss' });
      }
    },
    [clock, store, escapedFirst, pasted, unknownSequence],
  );
  useInput(handleInput);

  useEffect(() => {
    const notice = onStart?.();
    if (notice !== undefined) store.dispatch({ type: 'notice', text: notice });
    // Once, when the guide opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(
    () =>
      subscribeGuide?.((update) =>
        store.dispatch(
          'guide' in update
            ? { type: 'guide/reload', guide: update.guide }
            : { type: 'guide/error', message: update.error },
        ),
      ),
    [subscribeGuide, store],
  );
  return <Screen />;
}
