import { useEffect } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import { Screen } from './Screen.js';
import { useStore } from './store-context.js';

export type AppProps = {
  /** Tells the app about new versions of its guide file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (listener: (update: GuideUpdate) => void) => () => void;
};

/** The open guide: the screen draws what the store holds; keys reach the store through Root. */
export function App({ subscribeGuide }: AppProps) {
  const store = useStore();
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
