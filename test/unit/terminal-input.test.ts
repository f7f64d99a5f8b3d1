// The one reader of the terminal: raw bytes to events, with waits that end.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTerminalInput } from '../../source/adapters/terminal-input.js';
import type { InputEvent } from '../../source/domain/terminal/decode-input.js';

function reader() {
  const stream = new EventEmitter();
  const input = readTerminalInput(stream);
  const events: InputEvent[] = [];
  input.subscribe((event) => events.push(event));
  return { send: (bytes: Buffer | string) => stream.emit('data', bytes), events };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the terminal reader', () => {
  it('reads an X10 mouse report past column 95, which is no UTF-8, and the key after it', () => {
    const { send, events } = reader();
    send(Buffer.from([0x1b, 0x5b, 0x4d, 0x20, 200 + 32, 5 + 32, 0x6a]));
    expect(events).toEqual([
      { kind: 'mouse', report: { button: 0, col: 200, row: 5, press: true } },
      { kind: 'text', text: 'j' },
    ]);
  });

  it('joins an X10 report split across reads', () => {
    const { send, events } = reader();
    send(Buffer.from([0x1b, 0x5b, 0x4d, 0x20, 0xc3]));
    send(Buffer.from([0xa0, 0x71]));
    expect(events).toEqual([
      { kind: 'mouse', report: { button: 0, col: 195 - 32, row: 160 - 32, press: true } },
      { kind: 'text', text: 'q' },
    ]);
  });

  it('joins a character split across reads', () => {
    const { send, events } = reader();
    send(Buffer.from([0xc3]));
    send(Buffer.from([0xa9]));
    expect(events).toEqual([{ kind: 'text', text: 'é' }]);
  });

  it('gives a lone Esc after a short wait', () => {
    const { send, events } = reader();
    send('\u001b');
    expect(events).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(events).toEqual([{ kind: 'key', name: 'escape' }]);
  });

  it('does not let keys typed after Alt-] keep a sequence open: its wait runs from its start', () => {
    const { send, events } = reader();
    send('\u001b]');
    for (let press = 0; press < 5; press += 1) {
      vi.advanceTimersByTime(200);
      send('j');
    }
    // Half a second after Alt-], what came is swallowed; the keys after that are keys.
    expect(events[0]).toMatchObject({ kind: 'unknown' });
    expect(events.filter((event) => event.kind === 'text').length).toBeGreaterThan(0);
  });

  it('keeps a paste open while more of it comes', () => {
    const { send, events } = reader();
    send('\u001b[200~first');
    for (let part = 0; part < 5; part += 1) {
      vi.advanceTimersByTime(800);
      send(' more');
    }
    send('\u001b[201~');
    expect(events).toEqual([{ kind: 'paste', text: 'first more more more more more' }]);
  });
});
