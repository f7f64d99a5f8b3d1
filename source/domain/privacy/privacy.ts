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

import { msg, t } from '../i18n/translate.js';

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
/**
 * Three or more digit words or single digits in a row, one of them a word: a number spelled out
 * ("four eight two one", "4 eight 2 one").
 */
const SPELLED = new RegExp(
  String.raw`\b(?=(?:\d[\s,-]+)*(?:${DIGIT_WORD})\b)(?:${DIGIT_WORD}|\d)(?:[\s,-]+(?:${DIGIT_WORD}|\d)){2,}\b`,
  'g',
);
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
};
/** Numbers of two digits in words: "forty-eight", "twenty one", "cuarenta y ocho", "trece". */
const PAIRS = new RegExp(
  String.raw`(?<![\p{L}])(?:(${Object.keys(TENS).join('|')})(?:(?:[\s-]+|\s+y\s+)(${DIGIT_WORD}))?|(${Object.keys(TEENS).join('|')}))(?![\p{L}])`,
  'gu',
);
/** Three or more single letters spaced or dotted: "p i n", "c.v.v.", "s.s.n.". */
const SPACED_LETTERS = /\b[a-z](?:[ .-]\s?[a-z]){2,}\b\.?/g;

/** The text in one form: lower case, digits 0-9, numbers and letter runs joined. */
export function normalizeForSecrets(typed: string): string {
  return (
    typed
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '')
      // Every dash and minus is a hyphen: "4111—1111", "pin – 4821", "123 − 45".
      .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, '-')
      .replace(/\p{Nd}/gu, asciiDigit)
      // So are other marks set between digits: "4_8_2_1", "4·8·2·1", "4111|1111".
      .replace(/(?<=\d)\s?[_·•|]\s?(?=\d)/g, '-')
      .toLowerCase()
      .replace(PAIRS, (_whole, tens?: string, unit?: string, teen?: string) =>
        teen !== undefined
          ? String(TEENS[teen] ?? '')
          : String((TENS[tens ?? ''] ?? 0) + Number(DIGIT_WORDS[unit ?? ''] ?? 0)),
      )
      .replace(SPELLED, (run) =>
        run
          .split(/[\s,-]+/)
          .map((word) => DIGIT_WORDS[word] ?? (/^\d$/.test(word) ? word : ''))
          .join(''),
      )
      .replace(SPACED_LETTERS, (run) => run.replace(/[ .-]/g, ''))
  );
}

/** 13 to 19 digits, alone or grouped by spaces, dashes, dots, slashes or underscores. */
const CARD_CANDIDATE = /(?<![a-z\d]|\d\.)\d(?:[ .,\-_/]{0,3}\d){12,18}(?!\w)/g;

/** Words that name a PIN, in English and in Spanish (NIP, clave). */
const PIN_WORD =
  /\b(?:personal identification number|pin|pins|nip|clave|contraseña|contrasena|contraseña de la tarjeta|n[uú]mero de identificaci[oó]n personal|atm code|code for the atm|c[oó]digo del cajero)(?![\p{L}])/gu;
/** Words that name a card's security code. */
const CODE_WORD =
  /\b(?:cvv2?|cvc2?|ccv|cid|csc|card verification value|(?:card )?security (?:code|#)|sec code|code on the back|c[oó]d\. de seguridad|(?:\d|three|four)[ -]?digits? (?:security )?(?:code|number)|c[oó]digo de seguridad|c[oó]digo de (?:3|4|tres|cuatro) d[ií]gitos|(?:the )?(?:3|4|three|four) digits (?:printed|on)|(?:los )?(?:3|4|tres|cuatro) d[ií]gitos (?:del|de|impresos|al|atr[aá]s))/g;
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
    // Single digits between dots: "4.8.2.1" (not a decimal or a version, which has longer groups).
    const dotted = /^\d(?:\.\d){2,}(?![\w.,:/]\d|\w)/.exec(text)?.[0];
    const count = (grouped ?? dotted)?.replace(/\D/g, '').length ?? 0;
    return count >= fewest && count <= most;
  };
/** "1234 Main St": a house number, not a PIN. */
const ADDRESS_AFTER =
  /^\d+\s+(?:[\p{L}.]+\s+){0,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|hwy|highway|calle|av|avenida|col|colonia|main)\b/u;
const PIN_VALUE = { test: (text: string) => digitsOf(4, 6)(text) && !ADDRESS_AFTER.test(text) };
const CODE_VALUE = { test: digitsOf(3, 4) };
const SSN_VALUE = /^\d{3}\s*[-.]?\s*\d{2}\s*[-.]?\s*\d{4}(?![\w]|[.,:/]\d)/;

/**
 * What may stand between the name of a secret and its value: "is", "my new", "will be", "to",
 * "changed to", punctuation and arrows; in Spanish "es", "de mi tarjeta", "cambié a". Any other
 * word (case, reference, ticket, zip, mailer, agent ...) means the number is something else.
 */
const LINK_WORDS: ReadonlySet<string> = new Set(
  (
    'is was were are will be been to as my the your new temporary temp code number num no now ' +
    "it's its it on back front of card amex here changed change set reset updated update chose " +
    'chosen picked selected became made ' +
    'es era fue será sera de del mi tu su la el a nuevo nueva tarjeta acceso cajero secreta ' +
    'secreto personal numérica numerica actual ahora quedó quedo cambié cambie cambió cambio ' +
    'puse elegí elegi from ' +
    // What a card's security code is described by: "the 4 digits printed above ... on the front are".
    'printed above below side are son del frente atrás atras reverso impresos arriba abajo los las'
  ).split(' '),
);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}']*/gu;
const LINK_MARKS = /^[\s:=#>()[\]"'`*.,/\-→⇒]*$/u;

/** Whether only linking words and marks stand between a name and a number. */
function linksOnly(between: string): boolean {
  if (!LINK_MARKS.test(between.replace(WORD, ''))) return false;
  return (between.match(WORD) ?? []).every((word) => LINK_WORDS.has(word));
}

/** A number the words call something else: a case, a reference, a zip code, an agent. */
const OTHER_NUMBER =
  /\b(?:case|ref|reference|ticket|confirmation|conf|agent|id|zip|postal|order|tracking|claim|request|ext|extension|account|mailer|letter|invoice|receipt|serial|model|part|sku|item|transaction|booking|referencia|pedido|caso|factura|recibo|folio|orden|guía|guia|rastreo|confirmación|confirmacion)\b/;
/** The same words just before a number ("ref 48213", "invoice 123-45-6789"): it is that, not a secret. */
const CALLED_OTHER = new RegExp(
  String.raw`${OTHER_NUMBER.source}\.?(?:\s*(?:no\.?|number|num|#|n[uú]mero|de))?\s*[:#=-]?\s*$`,
);
/** Words that name a card number as something else (an Amex card's number is its "account" number, so not that). */
const CALLED_OTHER_CARD =
  /\b(?:order|tracking|confirmation|conf|reference|ref|invoice|receipt|case|ticket|claim|serial|imei|transaction|booking|pedido|orden|rastreo|guía|guia|referencia|factura|folio|caso)\b(?:\s*(?:no\.?|number|num|#|n[uú]mero|de))?\s*[:#=-]?\s*$/;

/**
 * Whether a value follows one of the names in the text, with nothing but linking words between:
 * "pin is 4821", "security code on the back is 123". "PIN ... : 482193" counts too, unless the
 * words in between name the number as something else.
 */
type Value = { readonly test: (text: string) => boolean };

function named(text: string, name: RegExp, value: Value, most = 70): boolean {
  for (const match of text.matchAll(name)) {
    const after = match.index + match[0].length;
    for (let gap = 0; gap <= most && after + gap < text.length; gap += 1) {
      const rest = text.slice(after + gap);
      if (!/^\d/.test(rest) || /\d$/.test(text.slice(0, after + gap))) continue;
      const between = text.slice(after, after + gap);
      const linked =
        linksOnly(between) ||
        (/[:=]\s*$/.test(between) && !/[,;!?]/.test(between) && !OTHER_NUMBER.test(between)) ||
        // "PIN they set is 7395", "el NIP que me asignaron es 4821": in one clause, the words
        // lead to "is" and the number, and none of them names it as something else.
        (gap <= 70 &&
          /(?:^|\s)(?:is|was|are|were|es|era|fue|será|sera|quedó|quedo)\s*:?\s*$/.test(between) &&
          !/[.;!?]/.test(between) &&
          // The words just before the number name it ("the PIN letter's case number is ..."):
          !OTHER_NUMBER.test(between.split(/\s+/).slice(-4).join(' ')));
      if (linked && value.test(rest)) return true;
    }
  }
  return false;
}

/** "4821 is my pin", "4821 (pin)": a value just before the name, joined by "is", "my", "new" or nothing. */
function namedAfter(text: string, name: RegExp, value: Value): boolean {
  for (const match of text.matchAll(name)) {
    const before = text.slice(0, match.index);
    const found =
      /(\d[\d .-]*\d)\s*(?:(?:is|was|=|:|-|<-|←|es|era|fue|for|as|como|para)\s*)?(?:(?:my|the|your|new|amex|card|mi|el|la|su|nuevo|nueva)\s+)*[([]?\s*$/.exec(
        before,
      );
    const told =
      found ??
      // "7395 was set as the new PIN", "7395 is what they set as my PIN": in one clause.
      /(\d[\d .-]*\d)\s+(?:is|was|es|fue|era)\b([^.;!?\d]{0,40})$/.exec(before);
    if (
      told !== found &&
      told &&
      (OTHER_NUMBER.test(told[2] ?? '') ||
        /\b(?:card|tarjeta|number|n[uú]mero)\b/.test(told[2] ?? ''))
    ) {
      continue;
    }
    if (!told || !value.test(told[1] ?? '')) continue;
    const ahead = before.slice(0, told.index);
    // Part of a longer number, or a number the words before it call something else ("ref 48213").
    if (/\d[\w.,:/]$/.test(ahead) || CALLED_OTHER.test(ahead)) continue;
    return true;
  }
  return false;
}

/**
 * Whether 13-19 digits could be a payment card's number: a card network's prefix and length, and
 * the check digit. An order or tracking number of that length passes the check one time in ten.
 */
function couldBeCard(digits: string, checked = true): boolean {
  const length = digits.length;
  const prefix = (count: number) => Number(digits.slice(0, count));
  const network =
    ((prefix(2) === 34 || prefix(2) === 37) && length === 15) ||
    (digits.startsWith('4') && [13, 16, 19].includes(length)) ||
    (((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720)) &&
      length === 16) ||
    ((digits.startsWith('6') || digits.startsWith('5')) && length >= 12) ||
    ((prefix(2) === 36 ||
      prefix(2) === 38 ||
      prefix(2) === 39 ||
      (prefix(3) >= 300 && prefix(3) <= 305)) &&
      length >= 14) ||
    (prefix(4) >= 3528 && prefix(4) <= 3589 && length >= 16);
  return network && (!checked || passesLuhn(digits));
}

/** Words that name a card's number. */
const CARD_NAME =
  /\b(?:card(?: number| no\.?| #)?|account number|n[uú]mero de (?:la |mi )?tarjeta|tarjeta)\b/g;

/**
 * A card number given in pieces after its name, with words between them ("card number starts
 * 3782 822463 and ends 10005"): the groups of digits that follow, up to the end of the sentence,
 * read together.
 */
function splitCardAfterName(text: string): boolean {
  for (const match of text.matchAll(CARD_NAME)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 100);
    const sentence = rest.split(/[;!?]|\.(?!\d)/)[0] ?? '';
    let digits = '';
    // Named as a card's number outright, a mistyped check digit does not make it less of one.
    const named = /number|n[uú]mero/.test(match[0]);
    for (const group of sentence.match(/\d+/g) ?? []) {
      digits += group;
      if (digits.length >= 13 && digits.length <= 19 && couldBeCard(digits, !named)) return true;
      if (digits.length > 19) break;
    }
  }
  return false;
}

/**
 * Texts already judged: the same notes are read from every device's file of a sync folder, and a
 * judgement is pure. Bounded: emptied when full.
 */
const judged = new Map<string, Secret | null>();
const MAX_JUDGED = 20_000;

/** Which secret the text seems to hold, if any. */
export function findSecret(typed: string): Secret | undefined {
  const known = judged.get(typed);
  if (known !== undefined) return known ?? undefined;
  const secret = judge(typed);
  if (judged.size >= MAX_JUDGED) judged.clear();
  judged.set(typed, secret ?? null);
  return secret;
}

function judge(typed: string): Secret | undefined {
  const text = normalizeForSecrets(typed);
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    if (CALLED_OTHER_CARD.test(text.slice(0, match.index))) continue;
    if (couldBeCard(match[0].replace(/\D/g, ''))) return 'card number';
  }
  if (splitCardAfterName(text)) return 'card number';
  if (named(text, CODE_WORD, CODE_VALUE, 60) || namedAfter(text, CODE_WORD, CODE_VALUE)) {
    return 'security code';
  }
  if (named(text, SSN_WORD, SSN_VALUE, 20)) return 'Social Security number';
  // 123-45-6789 needs no name: that shape with its separators is nothing else, unless the words
  // before it call it something else ("invoice 123-45-6789").
  for (const match of text.matchAll(
    /(?<![\w-])(?!000|666|9\d\d)\d{3}([-. /])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g,
  )) {
    if (!CALLED_OTHER.test(text.slice(0, match.index))) return 'Social Security number';
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
  return `⚠ ${t("That looks like a {secret}. stepwise never needs one: don't type it here.", { secret: secretName(secret) })}`;
}

const SECRET_NAMES: Readonly<Record<Secret, string>> = {
  'card number': msg('card number'),
  PIN: msg('PIN'),
  'security code': msg('security code'),
  'Social Security number': msg('Social Security number'),
};

/** What a secret is called, in the interface's language. */
export const secretName = (secret: Secret): string => t(SECRET_NAMES[secret]);
