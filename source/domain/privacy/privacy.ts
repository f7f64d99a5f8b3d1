// What a person must never type into stepwise, in one place: for the search box's warning and for
// anything else that takes their text (notes above all).
//
// The text is first put in one form, so that no way of writing hides a secret: full-width and
// other scripts' digits become 0-9, spelled-out digits become digits ("four eight two one"),
// spaced or dotted letters join ("P I N", "c.v.v."), invisible characters go. Then each rule looks
// for the shape of a secret presented as that secret: a PIN is a number that the words around it
// give as the PIN ("my pin is 4821", "changed my PIN to 7391"), and a number that the words give
// as something else ("PIN mailer ordered, case 482135", "reference 55123", "zip 10001") passes.
// Card numbers are recognised by their shape and check digit wherever they are.

export type Secret = 'card number' | 'PIN' | 'security code' | 'Social Security number';

/** The Luhn check that every payment card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/** A digit of any script as 0-9: its place in its run of ten (Unicode keeps each script's 0-9 together). */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return char;
  let back = 0;
  while (back < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(code - back - 1))) back += 1;
  return String(back % 10);
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join('|');
/** Three or more digit words in a row: a number spelled out ("four eight two one"). */
const SPELLED = new RegExp(String.raw`\b(?:${DIGIT_WORD})(?:[\s,-]+(?:${DIGIT_WORD})){2,}\b`, 'g');
/** Three or more single letters spaced or dotted: "p i n", "c.v.v.", "s.s.n.". */
const SPACED_LETTERS = /\b[a-z](?:[ .]\s?[a-z]){2,}\b\.?/g;

/** The text in one form: lower case, digits 0-9, numbers and letter runs joined. */
export function normalizeForSecrets(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '')
    .replace(/\p{Nd}/gu, asciiDigit)
    .toLowerCase()
    .replace(SPELLED, (run) =>
      run
        .split(/[\s,-]+/)
        .map((word) => DIGIT_WORDS[word] ?? '')
        .join(''),
    )
    .replace(SPACED_LETTERS, (run) => run.replace(/[ .]/g, ''));
}

/** 13 to 19 digits, alone or grouped by spaces, dashes, dots, slashes or underscores. */
const CARD_CANDIDATE = /(?<!\w|\d\.)\d(?:[ .\-_/]{0,3}\d){12,18}(?!\w)/g;

/** Words that name a PIN, in English and in Spanish (NIP, clave). */
const PIN_WORD = /\b(?:personal identification number|pin|pins|nip|clave)\b/g;
/** Words that name a card's security code. */
const CODE_WORD =
  /\b(?:cvv2?|cvc2?|cid|csc|card verification value|(?:card )?security code|sec code|(?:\d|three|four)[ -]?digit (?:security )?code|c[oó]digo de seguridad)\b/g;
/** Words that name a Social Security number. */
const SSN_WORD = /\b(?:ssn|ss#|soc(?:ial)? sec(?:urity)?(?: number| no\.?)?|social|seguro social)/g;

/**
 * A number of `fewest` to `most` digits at the start of the text, written whole or in small groups
 * ("4821", "48 21", "4 8 2 1", "4-8-2-1"), and not the start of a decimal, a time or a date.
 */
const digitsOf =
  (fewest: number, most: number) =>
  (text: string): boolean => {
    const whole = /^\d+(?![\w.,:/]\d|\w)/.exec(text)?.[0];
    if (whole !== undefined && whole.length >= fewest && whole.length <= most) return true;
    const grouped = /^\d{1,3}(?:[ -]{1,3}\d{1,3})+(?![\w.,:/]\d|\w)/.exec(text)?.[0];
    const count = grouped?.replace(/\D/g, '').length ?? 0;
    return count >= fewest && count <= most;
  };
const PIN_VALUE = { test: digitsOf(4, 6) };
const CODE_VALUE = { test: digitsOf(3, 4) };
const SSN_VALUE = /^\d{3}[-. ]?\d{2}[-. ]?\d{4}(?![\w]|[.,:/]\d)/;

/**
 * What may stand between the name of a secret and its value: "is", "my new", "will be", "to",
 * punctuation; in Spanish "es", "de mi tarjeta". Any other word (case, reference, ticket, zip,
 * mailer, agent ...) means the number is something else.
 */
const BETWEEN =
  /^(?:[\s:=#>()"'*.-]|\b(?:is|was|will|be|to|my|the|your|new|temporary|temp|code|number|num|no|now|it's|its|on|back|front|of|card|amex|here|es|era|de|mi|tu|su|la|el|del|nuevo|nueva|tarjeta)\b)*$/;
/** A number the words call something else: a case, a reference, a zip code, an agent. */
const OTHER_NUMBER =
  /\b(?:case|ref|reference|ticket|confirmation|conf|agent|id|zip|postal|order|tracking|claim|request|ext|extension|account|mailer|letter|referencia|pedido|caso)\b/;

/**
 * Whether a value follows one of the names in the text, with nothing but linking words between:
 * "pin is 4821", "security code on the back is 123". "PIN ... : 482193" counts too, unless the
 * words in between name the number as something else.
 */
type Value = { readonly test: (text: string) => boolean };

function named(text: string, name: RegExp, value: Value, most = 30): boolean {
  for (const match of text.matchAll(name)) {
    const after = match.index + match[0].length;
    for (let gap = 0; gap <= most && after + gap < text.length; gap += 1) {
      const rest = text.slice(after + gap);
      if (!/^\d/.test(rest) || /\d$/.test(text.slice(0, after + gap))) continue;
      const between = text.slice(after, after + gap);
      const linked =
        BETWEEN.test(between) ||
        (/[:=]\s*$/.test(between) && !/[,;!?]/.test(between) && !OTHER_NUMBER.test(between));
      if (linked && value.test(rest)) return true;
    }
  }
  return false;
}

/** "4821 is my pin": a value just before the name, joined by "is", "my", "new" or nothing. */
function namedAfter(text: string, name: RegExp, value: Value): boolean {
  for (const match of text.matchAll(name)) {
    const before = text.slice(0, match.index);
    const found = /(\d[\d -]*\d)\s*(?:(?:is|was|=|:|-|es)\s*)?(?:(?:my|the|your|new|mi)\s+)*$/.exec(
      before,
    );
    if (found && value.test(found[1] ?? '') && !/\d[\w.,:/]$/.test(before.slice(0, found.index))) {
      return true;
    }
  }
  return false;
}

/** Which secret the text seems to hold, if any. */
export function findSecret(typed: string): Secret | undefined {
  const text = normalizeForSecrets(typed);
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    if (passesLuhn(match[0].replace(/\D/g, ''))) return 'card number';
  }
  if (named(text, CODE_WORD, CODE_VALUE) || namedAfter(text, CODE_WORD, CODE_VALUE)) {
    return 'security code';
  }
  if (named(text, SSN_WORD, SSN_VALUE, 20)) return 'Social Security number';
  // 123-45-6789 needs no name: that shape with its separators is nothing else.
  if (/(?<![\w-])(?!000|666|9\d\d)\d{3}([-. ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/.test(text)) {
    return 'Social Security number';
  }
  if (named(text, PIN_WORD, PIN_VALUE) || namedAfter(text, PIN_WORD, PIN_VALUE)) return 'PIN';
  return undefined;
}

export function looksSensitive(text: string): boolean {
  return findSecret(text) !== undefined;
}

/** What to say when someone starts to type a secret: once, the same everywhere. */
export function privacyWarning(secret: Secret): string {
  // Short, so that a narrow screen shows it whole: what it looks like, and not to type it.
  return `⚠ That looks like a ${secret}. stepwise never needs one: don't type it here.`;
}
