import type { BoxProps } from 'ink';
import { roleWord, statesInWords, type AriaState, type Role } from '../state/reader.js';

/**
 * The role and states of a box for a screen reader, as Ink writes them in front of it, in the
 * interface's language: "listitem: (selected)" in English, "elemento: (seleccionado)" in Spanish.
 * Ink writes any role and state names it is given; its types list the English ones only.
 */
export function aria(role: Role, state?: AriaState): Pick<BoxProps, 'aria-role' | 'aria-state'> {
  return {
    'aria-role': roleWord(role) as BoxProps['aria-role'],
    ...(state && { 'aria-state': statesInWords(state) as BoxProps['aria-state'] }),
  };
}
