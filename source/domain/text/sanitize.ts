// Text from outside (a guide, a file name, the progress file, the cache) is untrusted: an escape
// sequence in it could write to the clipboard, retitle the window, move the cursor or hide text once
// it reaches the terminal. It is cleaned twice: where it enters the model (`cleanDeep`, after every
// decoding such as YAML escapes has happened) and where it is printed (`cleanOutput`).

const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
/**
 * C0 controls but tab and newline, DEL, C1 (U+0080-U+009F), bidi overrides, isolates and marks,
 * the zero-width no-break space, and halves of surrogate pairs that stand alone.
 */
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A numeric character reference ("&#x1b;", "&#155;"), which Markdown decodes later. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;
/** What breaks a line or jumps a column: never inside a title, a label or an id. */
const LINE_BREAKS = /[\t\n\u2028\u2029]+/g;

/**
 * Every character that a step of `sanitize` can remove or change (tab and newline stay), and the
 * start of a numeric reference. Nearly all text has none of them, and then one scan is enough.
 */
const MAY_CHANGE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]|&#/;

/** The raw file before parsing: sequences removed whole, line endings made LF, lines kept. */
export function sanitize(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROLS, '')
    .replace(NUMERIC_REFERENCE, (reference, hex?: string, decimal?: string) => {
      // A reference to a control is removed before anything can decode it, here or later.
      const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
      const character = code > 0x10ffff ? '' : String.fromCodePoint(code);
      return code === 0 || character.replace(CONTROLS, '') !== character ? '' : reference;
    });
}

/** Text that may span lines (Markdown, a paragraph, a code block): tabs and newlines stay. */
export function cleanText(text: string): string {
  return sanitize(text).replace(/[\u2028\u2029]/g, '\n');
}

/** Text that must stay on one line (a title, a label, an id, a message, a path). */
export function cleanLine(text: string): string {
  return sanitize(text).replace(LINE_BREAKS, ' ');
}

/** Fields of the guide model that hold running text; every other string is one line. */
const MULTILINE_KEYS: ReadonlySet<string> = new Set(['markdown', 'text']);

/**
 * Cleans every string inside a value built from outside data, whatever its type: the walk follows
 * the data, not a list of fields, so a field added later is cleaned too. Strings are single-line
 * unless their key is one of the running-text fields. Object keys are cleaned as lines. Plain data
 * with nothing to clean comes back as it is (nothing is copied); with something, as a copy.
 */
export function cleanDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    return (MULTILINE_KEYS.has(key) ? cleanText(value) : cleanLine(value)) as T;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const clean = cleanDeep(item, key);
      if (!Object.is(clean, item)) (copy ??= [...value])[index] = clean;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.getPrototypeOf(record) !== Object.prototype) {
      // Anything but plain data (a Map, a Date, a null-prototype object) becomes a plain copy.
      return Object.fromEntries(
        Object.entries(record).map(([name, inner]) => [cleanLine(name), cleanDeep(inner, name)]),
      ) as T;
    }
    const names = Object.keys(record);
    // Made from the first key or value that cleaning changes; the ones before it were clean.
    let cleaned: [string, unknown][] | undefined;
    names.forEach((name, index) => {
      const cleanName = cleanLine(name);
      const inner = cleanDeep(record[name], name);
      if (cleaned === undefined && (cleanName !== name || !Object.is(inner, record[name]))) {
        cleaned = names.slice(0, index).map((clean) => [clean, record[clean]]);
      }
      cleaned?.push([cleanName, inner]);
    });
    // Object.fromEntries defines properties, so a key such as "__proto__" stays a plain key.
    return cleaned === undefined ? value : (Object.fromEntries(cleaned) as T);
  }
  return value;
}

/** The last gate before the terminal for plain command output: lines and tabs stay, nothing else. */
export function cleanOutput(text: string): string {
  return cleanText(text);
}

/** True when the text holds anything that `cleanOutput` would remove. */
export function hasControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text) || /[\u2028\u2029]/.test(text);
}
