import { useCallback, useRef } from 'react';
import { useRawInput } from './use-raw-input.js';

/**
 * Esc pressed just before another key reaches Ink as one sequence ("\x1b3"), which Ink 6 reports as
 * the key alone: the Esc would be lost. This watches the raw input and says, for the key about to
 * be handled, whether an Esc came first. It must be called before `useInput`, so that its listener
 * hears each piece of input first.
 */
export function useEscapePrefix(): () => boolean {
  const escaped = useRef(false);
  useRawInput((data) => {
    // ESC [ and ESC O start arrow and function keys; ESC and a character is Esc, then it.
    const next = data.charCodeAt(1);
    escaped.current =
      data.length === 2 &&
      data[0] === '\u001b' &&
      next >= 0x20 &&
      data[1] !== '[' &&
      data[1] !== 'O';
  });
  return useCallback(() => {
    const was = escaped.current;
    escaped.current = false;
    return was;
  }, []);
}
