import { useCallback, useRef } from 'react';
import { useRawInput } from './use-raw-input.js';

/**
 * An escape sequence: CSI ("ESC ["), SS3 ("ESC O"), or a string sequence such as a terminal's
 * answer to a question (OSC "ESC ]", DCS "ESC P", APC "ESC _", PM "ESC ^"), and what follows.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCE = /^\u001b(?:\[|O|\]|P|_|\^)./s;

/**
 * Ink reports a sequence it does not know (a terminal's reply, a key of an unusual keyboard, a
 * colour code in a paste) as the text of the sequence without its ESC: "ESC [ q" would arrive as
 * "[" and "q", and "q" quits. This says, for the input about to be handled, whether it was such
 * a sequence. It must be called
 * before `useInput`, so that its listener hears each piece of input first.
 */
export function useUnknownSequence(): (text: string) => boolean {
  const last = useRef('');
  useRawInput((data) => {
    last.current = data;
  });
  // Unknown when Ink hands the sequence itself over as text; a key it knows, in any protocol
  // (kitty's "ESC [ 106 u" is a "j"), comes as its name or its character instead.
  return useCallback(
    (text: string) => text !== '' && SEQUENCE.test(last.current) && text === last.current.slice(1),
    [],
  );
}
