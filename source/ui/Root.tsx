import { useApp } from 'ink';
import { useEffect, useMemo } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import type { Store } from '../state/store.js';
import type { Size } from '../state/ui-state.js';
import { App } from './App.js';
import { GuidePicker } from './GuidePicker.js';
import { StoreContext, useAppState } from './store-context.js';
import { ThemeContext, type Theme } from './theme.js';
import { useRawInput } from './use-raw-input.js';

export type RootProps = {
  readonly store: Store;
  readonly theme: Theme;
  /** Tells the app when the terminal changes size; returns how to stop listening. */
  readonly subscribeResize?: (listener: (size: Size) => void) => () => void;
  /** Called once a guide's first frame is drawn; returns a notice to show, such as a failed save. */
  readonly onGuideShown?: (id: string) => string | undefined;
  /** New versions of a guide's file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (id: string, listener: (update: GuideUpdate) => void) => () => void;
  /** What "now" is when something is marked done; the system clock unless a test sets one. */
  readonly clock?: () => Date;
  /** Clicks and the wheel act (the terminal reports them only then). */
  readonly mouse?: boolean;
  /** An answer from the terminal (OSC, such as its background colour) that came while the app ran. */
  readonly onTerminalAnswer?: (answer: string) => void;
};

function Screens({
  store,
  subscribeResize,
  onGuideShown,
  subscribeGuide,
  clock,
  mouse,
  onTerminalAnswer,
}: Omit<RootProps, 'theme'>) {
  const state = useAppState();
  const { exit } = useApp();
  useRawInput((data) => {
    if (data.startsWith('\u001b]')) onTerminalAnswer?.(data);
  });
  useEffect(
    () => subscribeResize?.((size) => store.dispatch({ type: 'resize', size })),
    [subscribeResize, store],
  );
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  const id = state.guide?.guide.id;
  // Stable for as long as the same guide is open, so the app subscribes once.
  const watch = useMemo(
    () =>
      subscribeGuide && id !== undefined
        ? (listener: (update: GuideUpdate) => void) => subscribeGuide(id, listener)
        : undefined,
    [subscribeGuide, id],
  );
  if (id === undefined) return <GuidePicker />;
  return (
    <App
      key={id}
      {...(onGuideShown && { onStart: () => onGuideShown(id) })}
      {...(watch && { subscribeGuide: watch })}
      {...(clock && { clock })}
      mouse={mouse ?? false}
    />
  );
}

/**
 * The guide picker when there are several guides, and the app for the one chosen; `b` in the app
 * comes back. Both read the one store: which shows is state like any other.
 */
export function Root({ theme, ...rest }: RootProps) {
  return (
    <StoreContext.Provider value={rest.store}>
      <ThemeContext.Provider value={theme}>
        <Screens {...rest} />
      </ThemeContext.Provider>
    </StoreContext.Provider>
  );
}
