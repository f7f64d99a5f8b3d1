import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';

/**
 * Hears each piece of input as Ink parsed it from the terminal, before any `useInput` handler
 * registered after it: what the input hooks below need and `useInput` does not say (an Esc just
 * before a key, a paste's markers, a sequence Ink did not know).
 */
export function useRawInput(listen: (data: string) => void): void {
  const { internal_eventEmitter: events } = useStdin();
  const latest = useRef(listen);
  latest.current = listen;
  useEffect(() => {
    const handler = (data: string) => latest.current(data);
    events?.on('input', handler);
    return () => {
      events?.off('input', handler);
    };
  }, [events]);
}
