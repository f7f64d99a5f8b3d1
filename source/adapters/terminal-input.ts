import type { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import {
  createInputDecoder,
  PENDING_MS,
  type InputEvent,
} from '../domain/terminal/decode-input.js';

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
  const legacyMouse = legacyMouseReader();
  let listener: ((event: InputEvent) => void) | undefined;
  const early: InputEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  let timerFor: number | undefined;
  let reading = false;

  const deliver = (events: readonly InputEvent[]) => {
    for (const event of events) {
      if (listener) listener(event);
      else early.push(event);
    }
  };
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    timerFor = undefined;
  };
  // A wait runs from the start of what is waiting: more reads of the same sequence do not
  // lengthen it (a key typed after Alt-] cannot keep an "answer" open), more of a paste does.
  const schedule = () => {
    const wait = decoder.pendingMs();
    const id = decoder.pendingId();
    const held = legacyMouse.holding();
    if (wait === undefined && !held) return stopTimer();
    if (timer && id !== undefined && id === timerFor) return;
    stopTimer();
    timerFor = id;
    timer = setTimeout(() => {
      timer = undefined;
      timerFor = undefined;
      deliver(decoder.feed(text.write(legacyMouse.release())));
      deliver(decoder.flush());
    }, wait ?? PENDING_MS.escape);
  };
  const onData = (chunk: Buffer | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    deliver(decoder.feed(text.write(legacyMouse.read(bytes))));
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
    stopTimer();
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

const X10_START = Buffer.from('\u001b[M');

/**
 * A legacy (X10) mouse report is ESC [ M and three raw bytes, the column and row plus 32, which
 * past column 95 are no UTF-8 at all and could swallow the next key when decoded as text. Each
 * report is rewritten, before decoding, into the decimal form rxvt uses (ESC [ b ; x ; y M), which
 * the decoder reads. A report cut off at the end of a read is held for the next one.
 */
function legacyMouseReader() {
  let held = Buffer.alloc(0);
  return {
    read(chunk: Buffer): Buffer {
      const bytes = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
      held = Buffer.alloc(0);
      const parts: Buffer[] = [];
      let from = 0;
      for (let at = bytes.indexOf(X10_START); at !== -1; at = bytes.indexOf(X10_START, from)) {
        const report = bytes.subarray(at + 3, at + 6);
        if ([...report].some((byte) => byte < 0x20)) {
          // Not a report: ESC [ M is a sequence of its own, and what follows is other input.
          parts.push(bytes.subarray(from, at + 3));
          from = at + 3;
          continue;
        }
        if (report.length < 3) {
          held = Buffer.from(bytes.subarray(at));
          parts.push(bytes.subarray(from, at));
          return Buffer.concat(parts);
        }
        const [button = 32, col = 32, row = 32] = report;
        parts.push(
          bytes.subarray(from, at),
          Buffer.from(`\u001b[${button};${col - 32};${row - 32}M`),
        );
        from = at + 6;
      }
      parts.push(bytes.subarray(from));
      return parts.length === 1 ? (parts[0] ?? bytes) : Buffer.concat(parts);
    },
    holding: () => held.length > 0,
    /** What was held, when no more came: passed on as it is. */
    release(): Buffer {
      const bytes = held;
      held = Buffer.alloc(0);
      return bytes;
    },
  };
}
