import { useApp, type SuspendTerminal } from 'ink';
import { useEffect, useMemo, useRef } from 'react';
import type { GuideUpdate } from '../domain/guide/guide.js';
import type { InputEvent } from '../domain/terminal/decode-input.js';
import { routeInput } from '../state/route-input.js';
import type { Store } from '../state/store.js';
import type { Size } from '../state/ui-state.js';
import { App } from './App.js';
import { GuidePicker } from './GuidePicker.js';
import { StoreContext, useAppState } from './store-context.js';
import { ThemeContext, type Theme } from './theme.js';

export type RootProps = {
  readonly store: Store;
  readonly theme: Theme;
  /** The terminal's input, decoded: the one source of keys, pastes, clicks and answers. */
  readonly subscribeInput?: (listener: (event: InputEvent) => void) => () => void;
  /** Tells the app when the terminal changes size; returns how to stop listening. */
  readonly subscribeResize?: (listener: (size: Size) => void) => () => void;
  /** New versions of a guide's file (watch mode); returns how to stop. */
  readonly subscribeGuide?: (id: string, listener: (update: GuideUpdate) => void) => () => void;
  /** What "now" is when something is marked done; the system clock unless a test sets one. */
  readonly clock?: () => Date;
  /** Clicks and the wheel act (the terminal reports them only then). */
  readonly mouse?: boolean;
  /** An answer from the terminal (OSC, such as its background colour) that came while the app ran. */
  readonly onTerminalAnswer?: (answer: string) => void;
  /** Hands over Ink's way to give the terminal away for a while (Ctrl-Z), for the effects. */
  readonly onTerminal?: (terminal: { readonly suspendTerminal: SuspendTerminal }) => void;
};

function Screens({
  store,
  subscribeInput,
  subscribeResize,
  subscribeGuide,
  clock,
  mouse,
  onTerminalAnswer,
  onTerminal,
}: Omit<RootProps, 'theme'>) {
  const state = useAppState();
  const { suspendTerminal } = useApp();
  useEffect(() => {
    onTerminal?.({ suspendTerminal });
  }, [onTerminal, suspendTerminal]);
  // The latest props, for the one input subscription made below.
  const context = useRef({ clock, mouse, onTerminalAnswer });
  context.current = { clock, mouse, onTerminalAnswer };
  useEffect(
    () =>
      subscribeInput?.((event) =>
        routeInput(store, event, {
          now: () => context.current.clock?.() ?? new Date(),
          mouse: context.current.mouse ?? false,
          onAnswer: (text) => context.current.onTerminalAnswer?.(text),
        }),
      ),
    [subscribeInput, store],
  );
  useEffect(
    () => subscribeResize?.((size) => store.dispatch({ type: 'resize', size })),
    [subscribeResize, store],
  );
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
  return <App key={id} {...(watch && { subscribeGuide: watch })} />;
}

/**
 * The guide picker when there are several guides, and the app for the one chosen; `b` in the app
 * comes back. Both read the one store, and the one input subscription feeds both: which shows is
 * state like any other.
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
