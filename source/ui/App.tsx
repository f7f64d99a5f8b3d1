import { useApp, useInput } from 'ink';
import { useCallback, useEffect } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import { resolveKey } from '../state/keymap.js';
import type { Store } from '../state/store.js';
import type { Size } from '../state/ui-state.js';
import { keyNames } from './key-name.js';
import { useEscapePrefix } from './use-escape-prefix.js';
import { usePaste } from './use-paste.js';
import { Screen } from './Screen.js';
import { StoreContext, useUiState } from './store-context.js';
import { ThemeContext, type Theme } from './theme.js';

export type AppProps = {
  /** The store of the open guide; saving is one of its effects. */
  readonly store: Store;
  readonly theme: Theme;
  /** Tells the app when the terminal changes size; returns how to stop listening. */
  readonly subscribeResize?: (listener: (size: Size) => void) => () => void;
  /** Called once the first frame is drawn; returns a notice to show, such as a failed save. */
  readonly onStart?: () => string | undefined;
  /** Called when the person asks to go back to the guide picker. */
  readonly onBack?: () => void;
  /** Tells the app about new versions of its guide file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (listener: (update: GuideUpdate) => void) => () => void;
  readonly clock?: () => Date;
};

/** Keys become actions for the store; the screen renders what the store holds. */
function Keys({ store, clock }: Pick<AppProps, 'store' | 'clock'>) {
  const escapedFirst = useEscapePrefix();
  const pasted = usePaste();
  const handleInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      const now = (clock?.() ?? new Date()).toISOString();
      const paste = pasted();
      if (paste?.kind === 'text') store.dispatch({ type: 'paste', text: paste.text });
      const names = paste ? [] : keyNames(input, key, store.getState().searchFocused);
      for (const name of escapedFirst() ? ['escape', ...names] : names) {
        // Each key sees the state the one before it made: the store reduces synchronously.
        const action = resolveKey(store.getState(), name, now);
        store.dispatch(action ?? { type: 'banner/dismiss' });
      }
    },
    [clock, store, escapedFirst, pasted],
  );
  useInput(handleInput);
  return null;
}

function Lifecycle({
  store,
  subscribeResize,
  onStart,
  onBack,
  subscribeGuide,
}: Omit<AppProps, 'theme' | 'clock'>) {
  const { exit } = useApp();
  const state = useUiState();
  useEffect(
    () => subscribeResize?.((size) => store.dispatch({ type: 'resize', size })),
    [subscribeResize, store],
  );
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
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  useEffect(() => {
    if (state.leaving) onBack?.();
  }, [state.leaving, onBack]);
  return null;
}

export function App({ store, theme, clock, ...rest }: AppProps) {
  return (
    <StoreContext.Provider value={store}>
      <ThemeContext.Provider value={theme}>
        <Keys store={store} {...(clock && { clock })} />
        <Lifecycle store={store} {...rest} />
        <Screen />
      </ThemeContext.Provider>
    </StoreContext.Provider>
  );
}
