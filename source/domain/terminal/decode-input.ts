/**
 * Turns what the terminal sends into events: keys, typed text, pastes, mouse reports, the
 * terminal's answers, and sequences nobody asked for. Pure: the adapter that reads stdin feeds it
 * text as it arrives and calls `flush` when nothing more has come for `pendingMs()`.
 *
 * Every escape sequence is either understood or swallowed whole: none of its letters may ever
 * become keys (a report's "q" would quit, its space would mark a step done).
 */

/** A mouse report: which button, where (1-based column and row), pressed or released. */
export type MouseReport = {
  readonly button: number;
  readonly col: number;
  readonly row: number;
  readonly press: boolean;
};

export type InputEvent =
  /** A key, by the name the key map uses: "up", "shift-tab", "ctrl-n", "escape", "q", "space". */
  | { readonly kind: 'key'; readonly name: string }
  /** Printable characters typed in one go: letters for a text field, or one key each. */
  | { readonly kind: 'text'; readonly text: string }
  /** Text pasted with bracketed paste on: never keys. */
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'mouse'; readonly report: MouseReport }
  /** A string sequence from the terminal (OSC, DCS, APC, PM), such as its background colour. */
  | { readonly kind: 'answer'; readonly text: string }
  /** A sequence the app has no use for (focus reports, unknown keys, a cut-off answer). */
  | { readonly kind: 'unknown'; readonly sequence: string };

const ESC = '\u001b';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

/** How long to wait for the rest of a sequence before deciding what the part that came is. */
export const PENDING_MS = {
  /** A lone ESC is the Esc key unless a sequence follows at once (as it does from a terminal). */
  escape: 50,
  /** The rest of a sequence or of a terminal's answer, which may come in a later read. */
  sequence: 500,
  /** The rest of a paste, which a terminal may send in many reads. */
  paste: 1000,
} as const;

/** Longest sequence worth waiting for: beyond it, what came is swallowed as unknown. */
const MAX_SEQUENCE = 4096;

// Keys sent as a CSI sequence ending in a letter: ESC [ A, or with modifiers ESC [ 1 ; 5 A.
const CSI_LETTER_KEYS: Readonly<Record<string, string>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  Z: 'shift-tab',
};

// Keys sent as ESC [ n ~ (vt220 style); 1 and 7 are Home, 4 and 8 End in different terminals.
const CSI_TILDE_KEYS: Readonly<Record<string, string>> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};

// Keys sent as ESC O x (SS3): arrows in application mode, Home, End, F1-F4.
const SS3_KEYS: Readonly<Record<string, string>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  P: 'f1',
  Q: 'f2',
  R: 'f3',
  S: 'f4',
};

/** The name of a control character typed alone, or undefined for one that is no key. */
function controlKey(code: number): string | undefined {
  if (code === 0x0d || code === 0x0a) return 'enter';
  if (code === 0x09) return 'tab';
  if (code === 0x08 || code === 0x7f) return 'backspace';
  if (code >= 0x01 && code <= 0x1a) return `ctrl-${String.fromCharCode(code + 0x60)}`;
  return undefined;
}

/** A key by its code point, as the kitty keyboard protocol sends it (ESC [ 106 u is "j"). */
function codepointKey(code: number, modifiers: number): string | undefined {
  const ctrl = modifiers > 0 && ((modifiers - 1) & 4) !== 0;
  if (code === 13) return 'enter';
  if (code === 9) return (modifiers - 1) & 1 ? 'shift-tab' : 'tab';
  if (code === 27) return 'escape';
  if (code === 127 || code === 8) return 'backspace';
  if (code === 32) return ctrl ? undefined : 'space';
  if (code < 32 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const character = String.fromCodePoint(code);
  return ctrl ? `ctrl-${character.toLowerCase()}` : character;
}

/**
 * A report in the older forms (X10, URXVT): the low two bits 3 mean "released" (which button is
 * not said); wheel notches (64 and up) are presses.
 */
function legacyReport(code: number, col: number, row: number): MouseReport {
  const release = (code & 3) === 3 && code < 64;
  return { button: release ? code & ~3 : code, col, row, press: !release };
}

/** What a whole CSI sequence (ESC [ params final) means. */
function csiEvent(sequence: string, params: string, final: string): InputEvent {
  // SGR mouse: ESC [ < b ; x ; y M (press) or m (release).
  const sgr = /^<(\d+);(\d+);(\d+)$/.exec(params);
  if (sgr && (final === 'M' || final === 'm')) {
    return {
      kind: 'mouse',
      report: {
        button: Number(sgr[1]),
        col: Number(sgr[2]),
        row: Number(sgr[3]),
        press: final === 'M',
      },
    };
  }
  // URXVT mouse: ESC [ b ; x ; y M, with the button offset by 32 as in X10.
  const urxvt = /^(\d+);(\d+);(\d+)$/.exec(params);
  if (urxvt && final === 'M') {
    return {
      kind: 'mouse',
      report: legacyReport(Number(urxvt[1]) - 32, Number(urxvt[2]), Number(urxvt[3])),
    };
  }
  const plain = /^(?:1?(?:;(\d+))?)?$/.exec(params);
  const letter = CSI_LETTER_KEYS[final];
  if (letter && plain) {
    // Shift with Tab's sequence is shift-tab; other modifiers on arrows change nothing here.
    return { kind: 'key', name: letter };
  }
  if (final === '~') {
    const tilde = /^(\d+)(?:;\d+)?$/.exec(params);
    const name = tilde ? CSI_TILDE_KEYS[tilde[1] ?? ''] : undefined;
    if (name) return { kind: 'key', name };
  }
  if (final === 'u') {
    const kitty = /^(\d+)(?::\d*)*(?:;(\d+)(?::\d+)?)?(?:;[\d:]*)?$/.exec(params);
    const name = kitty ? codepointKey(Number(kitty[1]), Number(kitty[2] ?? 1)) : undefined;
    if (name) return { kind: 'key', name };
  }
  return { kind: 'unknown', sequence };
}

type Parsed =
  | { readonly events: readonly InputEvent[]; readonly next: number }
  /** The sequence at this point is not whole yet: wait for more. */
  | { readonly pending: 'escape' | 'sequence' };

/** A CSI sequence at `at` (which holds ESC [): parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E. */
function parseCsi(input: string, at: number): Parsed {
  let index = at + 2;
  // Legacy X10 mouse: ESC [ M and three bytes (button, column and row, each plus 32), which may
  // be any characters at all: they are the report, never keys.
  if (input[index] === 'M') {
    const bytes = [...input.slice(index + 1, index + 4)];
    // Each of the three is 32 or more: a control character (an ESC) after "ESC [ M" means this
    // is no report, but a sequence of its own, followed by other input.
    if (bytes.some((character) => character < ' ')) {
      return {
        events: [{ kind: 'unknown', sequence: input.slice(at, index + 1) }],
        next: index + 1,
      };
    }
    if (bytes.length < 3) return { pending: 'sequence' };
    const [button, col, row] = bytes.map((character) => (character.codePointAt(0) ?? 32) - 32);
    return {
      events: [{ kind: 'mouse', report: legacyReport(button ?? 0, col ?? 0, row ?? 0) }],
      next: index + 4,
    };
  }
  // The Linux console's F1-F5: ESC [ [ A to E.
  if (input[index] === '[') {
    if (index + 1 >= input.length) return { pending: 'sequence' };
    return {
      events: [{ kind: 'unknown', sequence: input.slice(at, index + 2) }],
      next: index + 2,
    };
  }
  const paramsStart = index;
  while (index < input.length && /[\u0030-\u003f]/.test(input[index] ?? '')) index += 1;
  const paramsEnd = index;
  // rxvt's shifted keys end in "$" (ESC [ 7 $ is Shift-Home), a byte that elsewhere only leads
  // to a final one: after plain digits, it is the end.
  if (input[index] === '$' && /^\d+$/.test(input.slice(paramsStart, paramsEnd))) {
    const name = CSI_TILDE_KEYS[input.slice(paramsStart, paramsEnd)];
    const sequence = input.slice(at, index + 1);
    return {
      events: [name ? { kind: 'key', name } : { kind: 'unknown', sequence }],
      next: index + 1,
    };
  }
  while (index < input.length && /[\u0020-\u002f]/.test(input[index] ?? '')) index += 1;
  if (index >= input.length) return { pending: 'sequence' };
  const final = input[index] ?? '';
  const sequence = input.slice(at, index + 1);
  if (!/[\u0040-\u007e]/.test(final)) {
    // Not a well-formed sequence: swallow what was read as one, and go on from the odd byte.
    return { events: [{ kind: 'unknown', sequence: input.slice(at, index) }], next: index };
  }
  return {
    events: [csiEvent(sequence, input.slice(paramsStart, paramsEnd), final)],
    next: index + 1,
  };
}

/** A string sequence at `at` (OSC, DCS, APC, PM), up to BEL or ESC \. */
function parseString(input: string, at: number): Parsed {
  for (let index = at + 2; index < input.length; index += 1) {
    const character = input[index];
    if (character === '\u0007') {
      return { events: [{ kind: 'answer', text: input.slice(at, index + 1) }], next: index + 1 };
    }
    if (character === ESC) {
      if (index + 1 >= input.length) return { pending: 'sequence' };
      if (input[index + 1] === '\\') {
        return { events: [{ kind: 'answer', text: input.slice(at, index + 2) }], next: index + 2 };
      }
      // An ESC that does not end the string starts something else (a key): what came before was
      // an answer cut short, and is swallowed.
      return { events: [{ kind: 'unknown', sequence: input.slice(at, index) }], next: index };
    }
  }
  return { pending: 'sequence' };
}

/** An escape sequence, or the Esc key, at `at`. */
function parseEscape(input: string, at: number): Parsed {
  if (at + 1 >= input.length) return { pending: 'escape' };
  const kind = input[at + 1] ?? '';
  if (kind === '[') return parseCsi(input, at);
  if (kind === ']' || kind === 'P' || kind === '_' || kind === '^') return parseString(input, at);
  if (kind === 'O') {
    // Some terminals put a modifier between: ESC O 2 P is Shift-F1.
    let end = at + 2;
    while (end < input.length && /\d/.test(input[end] ?? '')) end += 1;
    if (end >= input.length) return { pending: 'sequence' };
    const name = SS3_KEYS[input[end] ?? ''];
    const sequence = input.slice(at, end + 1);
    return {
      events: [name ? { kind: 'key', name } : { kind: 'unknown', sequence }],
      next: end + 1,
    };
  }
  // Esc pressed just before another key (or Alt with it) reaches us as one: both are keys.
  return { events: [{ kind: 'key', name: 'escape' }], next: at + 1 };
}

export type InputDecoder = {
  /** Decodes what arrived; an incomplete sequence at the end waits for the next call. */
  feed(text: string): InputEvent[];
  /** How long to wait for more before `flush`; undefined when nothing is waiting. */
  pendingMs(): number | undefined;
  /**
   * Which wait this is: the same while one sequence is still incomplete over several reads, so
   * that its wait runs from its start and a key typed after it cannot keep it open.
   */
  pendingId(): number | undefined;
  /** Nothing more came: what is waiting is decided (a lone ESC is Esc; a cut-off sequence is swallowed). */
  flush(): InputEvent[];
};

export function createInputDecoder(): InputDecoder {
  let buffer = '';
  let waiting: 'escape' | 'sequence' | 'paste' | undefined;
  // Inside a bracketed paste: what has come of it so far.
  let paste: string | undefined;
  // Characters decided so far: where the waiting sequence starts names it.
  let consumed = 0;

  const decode = (): InputEvent[] => {
    const events: InputEvent[] = [];
    let index = 0;
    let text = '';
    const endText = () => {
      if (text !== '') events.push({ kind: 'text', text });
      text = '';
    };
    waiting = undefined;
    while (index < buffer.length) {
      if (paste !== undefined) {
        const end = buffer.indexOf(PASTE_END, index);
        if (end === -1) {
          // Keep a possible start of the end marker for the next read.
          const keep = markerStartLength(buffer, index, PASTE_END);
          paste += buffer.slice(index, buffer.length - keep);
          index = buffer.length - keep;
          waiting = 'paste';
          break;
        }
        // A person cannot type in the same instant a paste ends: what follows its end marker in
        // the same read is more of the paste (pasted text that holds an end marker of its own
        // must not turn the rest into keys).
        const rest = buffer.slice(end + PASTE_END.length).replaceAll(PASTE_END, '');
        events.push({ kind: 'paste', text: paste + buffer.slice(index, end) + rest });
        paste = undefined;
        index = buffer.length;
        continue;
      }
      const character = buffer[index] ?? '';
      const code = character.charCodeAt(0);
      if (character === ESC) {
        endText();
        if (buffer.startsWith(PASTE_START, index)) {
          paste = '';
          index += PASTE_START.length;
          continue;
        }
        const parsed = parseEscape(buffer, index);
        if ('pending' in parsed) {
          if (buffer.length - index > MAX_SEQUENCE) {
            events.push({ kind: 'unknown', sequence: buffer.slice(index) });
            index = buffer.length;
            break;
          }
          waiting = parsed.pending;
          break;
        }
        events.push(...parsed.events);
        index = parsed.next;
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        endText();
        const name = controlKey(code);
        if (name) events.push({ kind: 'key', name });
        index += 1;
        continue;
      }
      // C1 controls (U+0080-U+009F) are never text.
      if (code >= 0x80 && code <= 0x9f) {
        endText();
        index += 1;
        continue;
      }
      text += character;
      index += 1;
    }
    endText();
    consumed += index;
    buffer = buffer.slice(index);
    return events;
  };

  return {
    feed(chunk) {
      buffer += chunk;
      return decode();
    },
    pendingMs() {
      return waiting === undefined ? undefined : PENDING_MS[waiting];
    },
    pendingId() {
      return waiting === undefined ? undefined : consumed;
    },
    flush() {
      const events: InputEvent[] = [];
      if (paste !== undefined) {
        events.push({ kind: 'paste', text: paste + buffer });
        paste = undefined;
      } else if (waiting === 'escape' && buffer === ESC) {
        events.push({ kind: 'key', name: 'escape' });
      } else if (buffer !== '') {
        events.push({ kind: 'unknown', sequence: buffer });
      }
      consumed += buffer.length;
      buffer = '';
      waiting = undefined;
      return events;
    },
  };
}

/** How many characters at the end of `text` (from `from`) could begin `marker`. */
function markerStartLength(text: string, from: number, marker: string): number {
  for (let length = Math.min(marker.length - 1, text.length - from); length > 0; length -= 1) {
    if (marker.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
