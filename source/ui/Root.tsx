import { useCallback, useEffect, useState } from 'react';
import type { Size } from '../state/ui-state.js';
import { App, type AppProps } from './App.js';
import { GuidePicker, type PickerEntry } from './GuidePicker.js';
import { ThemeContext, type Theme } from './theme.js';

/** One open guide: its store (which saves as the person works) and what to call around it. */
export type GuideSession = Pick<AppProps, 'store' | 'onStart' | 'subscribeGuide'> & {
  /** Saves anything still pending, when the person leaves the guide. */
  readonly close: () => void;
};

export type Library = {
  /** The guides with the person's progress on each, as of now. */
  readonly entries: () => readonly PickerEntry[];
  readonly open: (id: string) => GuideSession;
};

/**
 * The guide picker when there are several guides, and the app for the one chosen; `b` in the app
 * comes back. With one guide, or a guide named on the command line, the app alone.
 */
export function Root({
  theme,
  size: startSize,
  subscribeResize,
  library,
  session: first,
}: {
  readonly theme: Theme;
  readonly size: Size;
  readonly subscribeResize?: AppProps['subscribeResize'];
  readonly library?: Library;
  readonly session?: GuideSession;
}) {
  const [session, setSession] = useState<GuideSession | undefined>(first);
  const [size, setSize] = useState(startSize);
  // Read when the picker is shown, not on every frame: each entry reads saved progress.
  const [entries, setEntries] = useState(() => (first ? [] : (library?.entries() ?? [])));
  useEffect(() => subscribeResize?.(setSize), [subscribeResize]);
  const back = useCallback(() => {
    session?.close();
    setEntries(library?.entries() ?? []);
    setSession(undefined);
  }, [session, library]);

  if (session) {
    return (
      <App
        key={session.store.getState().guide.id}
        {...session}
        theme={theme}
        {...(subscribeResize && { subscribeResize })}
        {...(library && { onBack: back })}
      />
    );
  }
  return (
    <ThemeContext.Provider value={theme}>
      <GuidePicker
        entries={entries}
        size={size}
        onOpen={(id) => library && setSession(library.open(id))}
      />
    </ThemeContext.Provider>
  );
}
