import { EventEmitter } from 'node:events';
import { readTerminalInput } from '../../source/adapters/terminal-input.js';

/**
 * A keyboard for component tests: what is written goes through the app's one input reader and
 * decoder, as a terminal's bytes do.
 */
export function fakeKeyboard() {
  const stream = new EventEmitter();
  const input = readTerminalInput(stream);
  return {
    subscribe: input.subscribe,
    write: (text: string) => {
      stream.emit('data', text);
    },
    close: input.close,
  };
}
