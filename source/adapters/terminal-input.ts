import type { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { createInputDecoder, type InputEvent } from '../domain/terminal/decode-input.js';

/** Where the keyboard's events go; returns how to stop. */
export type SubscribeInput = (listener: (event: InputEvent) => void) => () => void;

export type TerminalInput = {
  readonly subscribe: SubscribeInput;
  /** Gives the keyboard back to the terminal (Ctrl-Z): raw mode off, nothing read. */
  readonly pause: () => void;
  /** Takes it again (after `fg`). */
  readonly resume: () => void;
  /** Stops reading for good. */
  readonly close: () => void;
};

/** A stream of the terminal's input: stdin, or any emitter of 'data' in tests. */
type InputStream = Pick<EventEmitter, 'on' | 'off'> & {
  readonly isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
  resume?: () => unknown;
  pause?: () => unknown;
};

/**
 * The one owner of the terminal's input: reads it in raw mode, decodes it (UTF-8 split across
 * reads is joined first) and hands each event to the subscriber. What arrives before anyone
 * subscribes (a key pressed as the first frame shows) is kept for the first subscriber. A sequence
 * cut short is decided when nothing more has come for the decoder's wait.
 */
export function readTerminalInput(stream: InputStream): TerminalInput {
  const decoder = createInputDecoder();
  const text = new StringDecoder('utf8');
  let listener: ((event: InputEvent) => void) | undefined;
  const early: InputEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  let reading = false;

  const deliver = (events: readonly InputEvent[]) => {
    for (const event of events) {
      if (listener) listener(event);
      else early.push(event);
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const wait = decoder.pendingMs();
    if (wait === undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      deliver(decoder.flush());
    }, wait);
  };
  const onData = (chunk: Buffer | string) => {
    deliver(decoder.feed(typeof chunk === 'string' ? chunk : text.write(chunk)));
    schedule();
  };
  const setRaw = (mode: boolean) => {
    try {
      if (stream.isTTY) stream.setRawMode?.(mode);
    } catch {
      // The terminal may be gone (SIGHUP): nothing to set.
    }
  };
  const start = () => {
    if (reading) return;
    reading = true;
    setRaw(true);
    stream.on('data', onData);
    stream.resume?.();
  };
  const stop = () => {
    if (!reading) return;
    reading = false;
    stream.off('data', onData);
    stream.pause?.();
    setRaw(false);
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  start();
  return {
    subscribe(next) {
      listener = next;
      deliver(early.splice(0));
      return () => {
        if (listener === next) listener = undefined;
      };
    },
    pause: stop,
    resume: start,
    close: stop,
  };
}
