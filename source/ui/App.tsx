import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import type { Progress } from '../domain/progress/progress.js';
import { resolveKey } from '../state/keymap.js';
import { reduce } from '../state/reducer.js';
import type { Size, UiState } from '../state/ui-state.js';
import { keyNames } from './key-name.js';
import { useEscapePrefix } from './use-escape-prefix.js';
import { usePaste } from './use-paste.js';
import { Screen } from './Screen.js';
import { ThemeContext, type Theme } from './theme.js';

export type AppProps = {
  readonly initial: UiState;
  readonly theme: Theme;
  /** Tells the app when the terminal changes size; returns how to stop listening. */
  readonly subscribeResize?: (listener: (size: Size) => void) => () => void;
  /**
   * Called after every change of what the person has done, to save it at once. Returns why it
   * could not be saved, for the screen to show, or undefined once saving works.
   */
  readonly onProgress?: (progress: Progress) => string | undefined;
  /** Called once the first frame is drawn; returns a notice to show, such as a failed save. */
  readonly onStart?: () => string | undefined;
  readonly onChange?: (state: UiState) => void;
  /** Called when the person asks to go back to the guide picker. */
  readonly onBack?: () => void;
  /** Tells the app about new versions of its guide file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (listener: (update: GuideUpdate) => void) => () => void;
  readonly clock?: () => Date;
};

export function App({
  initial,
  theme,
  subscribeResize,
  onProgress,
  onStart,
  onChange,
  onBack,
  subscribeGuide,
  clock,
}: AppProps) {
  const [state, dispatch] = useReducer(reduce, initial);
  const { exit } = useApp();
  const current = useRef(state);
  current.current = state;

  const escapedFirst = useEscapePrefix();
  const pasted = usePaste();
  const handleInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      const now = (clock?.() ?? new Date()).toISOString();
      const paste = pasted();
      const names = paste ? [] : keyNames(input, key, current.current.searchFocused);
      if (paste?.kind === 'text') {
        current.current = reduce(current.current, { type: 'paste', text: paste.text });
        dispatch({ type: 'paste', text: paste.text });
      }
      for (const name of escapedFirst() ? ['escape', ...names] : names) {
        const action = resolveKey(current.current, name, now);
        if (!action) {
          if (current.current.banner !== undefined) dispatch({ type: 'banner/dismiss' });
          continue;
        }
        const before = current.current;
        // Applied here first so the next key of a chunk sees the state this one made, and so a
        // change of progress is saved before the screen can show it.
        current.current = reduce(before, action);
        dispatch(action);
        if (current.current.progress !== before.progress) {
          // A failed save shows why until one succeeds again (a busy file is retried next time).
          const notice = onProgress?.(current.current.progress);
          if (notice !== current.current.notice) {
            current.current = reduce(current.current, { type: 'notice', text: notice });
            dispatch({ type: 'notice', text: notice });
          }
        }
      }
    },
    [clock, onProgress, escapedFirst, pasted],
  );
  useInput(handleInput);

  useEffect(
    () => subscribeResize?.((size) => dispatch({ type: 'resize', size })),
    [subscribeResize],
  );

  useEffect(() => {
    const notice = onStart?.();
    if (notice !== undefined) {
      current.current = reduce(current.current, { type: 'notice', text: notice });
      dispatch({ type: 'notice', text: notice });
    }
    // Once, when the guide opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Where the person is (pane, selection, scroll) is reported after each change; the CLI saves it.
  useEffect(() => {
    onChange?.(state);
  }, [state, onChange]);

  useEffect(
    () =>
      subscribeGuide?.((update) =>
        dispatch(
          'guide' in update
            ? { type: 'guide/reload', guide: update.guide }
            : { type: 'guide/error', message: update.error },
        ),
      ),
    [subscribeGuide],
  );

  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);

  useEffect(() => {
    if (state.leaving) onBack?.();
  }, [state.leaving, onBack]);

  return (
    <ThemeContext.Provider value={theme}>
      <Screen state={state} />
    </ThemeContext.Provider>
  );
}
