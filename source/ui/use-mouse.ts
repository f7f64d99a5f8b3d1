import { parseMouse, type MouseEvent } from '../state/mouse.js';
import { useRawInput } from './use-raw-input.js';

/**
 * Hears the terminal's mouse reports (turned on with the alternate screen unless --no-mouse). Ink
 * passes each report on as a sequence it does not know, which the key handling ignores.
 */
export function useMouse(listen: (event: MouseEvent) => void): void {
  useRawInput((data) => {
    if (!data.startsWith('\u001b[<')) return;
    for (const event of parseMouse(data)) listen(event);
  });
}
