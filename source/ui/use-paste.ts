import { useCallback, useRef } from 'react';
import { useRawInput } from './use-raw-input.js';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

export type PasteInput =
  { readonly kind: 'marker' } | { readonly kind: 'text'; readonly text: string };

/**
 * With bracketed paste on, the terminal wraps pasted text in markers, so a paste can never be
 * taken for keys (a pasted "q" must not quit). This watches the raw input and says, for the input
 * about to be handled, whether it is a marker or pasted text. It must be called before `useInput`,
 * so that its listener hears each piece of input first.
 */
export function usePaste(): () => PasteInput | undefined {
  const pasting = useRef(false);
  // Set from a paste's end until the current chunk of input is over: a person cannot type in the
  // same instant, so what follows an end marker in one chunk is more of the paste (a pasted end
  // marker must not turn the rest into keys).
  const justEnded = useRef(false);
  const current = useRef<PasteInput | undefined>(undefined);
  useRawInput((data) => {
    // An Esc typed just before a paste reaches Ink together with the marker ("ESC ESC [200~").
    const marker = data.endsWith(PASTE_START)
      ? PASTE_START
      : data.endsWith(PASTE_END)
        ? PASTE_END
        : undefined;
    if (marker !== undefined && data.length <= marker.length + 1) {
      pasting.current = marker === PASTE_START;
      current.current = { kind: 'marker' };
      if (marker === PASTE_END) {
        justEnded.current = true;
        // Ink hands over every event of a chunk in one synchronous loop.
        queueMicrotask(() => {
          justEnded.current = false;
        });
      }
    } else {
      current.current =
        pasting.current || justEnded.current ? { kind: 'text', text: data } : undefined;
    }
  });
  return useCallback(() => {
    const input = current.current;
    current.current = undefined;
    return input;
  }, []);
}
