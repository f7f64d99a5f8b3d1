// What a person must never type into stepwise, in one place: for the search box's warning and for
// anything else that takes their text. The rules look for the shape of a secret next to its
// name, so that everyday numbers (a year, a date, a phone number, a reference) pass.

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

/** 13 to 19 digits, alone or grouped by spaces, dashes, dots or underscores. */
const CARD_CANDIDATE = /(?<![\d.\-_/])\d(?:[ .\-_/]?\d){12,18}(?![\d.\-_/])/g;
/** Four to six digits that are not part of a date, a phone number or a longer number. */
const CODE = String.raw`(?<![\d/.\-])\d{4,6}(?![\d/.\-])`;
/** Right after the word PIN ("PIN 4821", "my pin is 482193", "PINs: 4821"), or just before it. */
const PIN_NEXT = new RegExp(
  String.raw`\bpins?(?![a-z])(?:\s*(?:is|was|number|no\.?|code|[:=#-]))*\s*${CODE}|${CODE}\s*(?:is|was)?\s*(?:my|the|your)?\s*(?:new\s+)?pins?\b`,
  'i',
);
/** A few words after the word PIN ("new pin will be 4821"), unless the number reads as a year. */
const PIN_NEAR = new RegExp(String.raw`\bpins?\b[^\d\n]{0,40}?(${CODE})`, 'gi');
const YEAR = /^(19|20)\d\d$/;
/** Three or four digits next to the name of a card's security code. */
const SECURITY_CODE =
  /\b(?:cvv2?|cvc2?|cid|csc|security code)\b(?:\s*(?:is|was|code|[:=#-]))*\s*\d{3,4}\b/i;
/** A US Social Security number: 123-45-6789, or nine digits next to SSN. */
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b|\bssn\b\D{0,12}\d{9}\b/i;

/** Which secret the text seems to hold, if any. */
export function findSecret(typed: string): Secret | undefined {
  // Full-width digits and letters ("４１１１", "ＰＩＮ") are the same secret, and so is one with
  // invisible characters between its digits.
  const text = typed.normalize('NFKC').replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '');
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    if (passesLuhn(match[0].replace(/\D/g, ''))) return 'card number';
  }
  if (PIN_NEXT.test(text)) return 'PIN';
  for (const match of text.matchAll(PIN_NEAR)) {
    if (!YEAR.test(match[1] ?? '')) return 'PIN';
  }
  if (SECURITY_CODE.test(text)) return 'security code';
  if (SSN.test(text)) return 'Social Security number';
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
