import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSecret } from '../../source/domain/privacy/privacy.js';

describe('what must never be typed', () => {
  it.each([
    ['4111 1111 1111 1111', 'card number'],
    ['4111-1111-1111-1111', 'card number'],
    ['3782-822463-10005', 'card number'],
    ['card 378282246310005 please', 'card number'],
    ['6011111111111117', 'card number'],
    ['my pin is 1234', 'PIN'],
    ['PIN: 482193', 'PIN'],
    ['4821 is my pin', 'PIN'],
    ['cvv 123', 'security code'],
    ['CID 1234', 'security code'],
    ['security code: 987', 'security code'],
    ['ssn 123-45-6789', 'Social Security number'],
    ['123-45-6789', 'Social Security number'],
    // Other ways of writing the same thing.
    ['４１１１ １１１１ １１１１ １１１１', 'card number'],
    ['4111.1111.1111.1111', 'card number'],
    ['4111_1111_1111_1111', 'card number'],
    ['new pin will be 4821', 'PIN'],
    ['PINs: 4821', 'PIN'],
    ['the PIN they gave me over the phone: 482193', 'PIN'],
    ['ＰＩＮ ４８２１', 'PIN'],
    ['pin 2026', 'PIN'],
  ])('%s is a %s', (text, secret) => {
    expect(findSecret(text)).toBe(secret);
  });

  it.each([
    ['2026'],
    ['123456'],
    ['reference 48213577'],
    ['called on 2026-11-25'],
    ['call 1-800-528-4800'],
    ['+1 (800) 528-4800'],
    ['4111 1111 1111 1112'],
    ['lost pin'],
    ['pin 12'],
    ['5-10 business days'],
    ['spoke to agent 4521, ref 99812234'],
    ['PIN mailer asked for on 2026-11-25'],
    ['the pin mailer should come by 10.12.2026'],
    ['new PIN letter expected in 2026'],
    ['pin reminder, case 1-800-528-4800'],
  ])('%s is fine', (text) => {
    expect(findSecret(text)).toBeUndefined();
  });
});

// Phrasings written by a reviewer who had not read the rules: secrets in disguise, and everyday
// notes of a contact log that only look like secrets.
type Phrasing = { text: string; secret: string | null; why: string };
const PHRASINGS: Phrasing[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'privacy-phrasings.json'), 'utf8'),
);

describe("the reviewer's phrasings", () => {
  it('has at least 100, both ways', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(100);
    expect(PHRASINGS.filter((entry) => entry.secret === null).length).toBeGreaterThanOrEqual(50);
    expect(PHRASINGS.filter((entry) => entry.secret !== null).length).toBeGreaterThanOrEqual(50);
  });

  it.each(PHRASINGS.map((entry) => [entry.text, entry.secret, entry.why] as const))(
    '%s: %s (%s)',
    (text, secret) => {
      expect(findSecret(text) ?? null).toBe(secret);
    },
  );
});

describe('more ways of writing a PIN', () => {
  it.each([
    ['my pin is 48 21', 'PIN'],
    ['pin: 482 193', 'PIN'],
    ['pin 4821 5309 are my two guesses', 'PIN'],
    ['security code is 12 3', 'security code'],
  ])('%s is a %s', (text, secret) => {
    expect(findSecret(text)).toBe(secret);
  });

  it.each([['pin reset at 10:45'], ['pin mailer on 5/12/26'], ['pin 12.5 hours']])(
    '%s is fine',
    (text) => {
      expect(findSecret(text)).toBeUndefined();
    },
  );
});

/**
 * A second table: the misses and false refusals a hostile try-out found, and 156 phrasings a
 * reviewer wrote without reading the rules, aimed at the hard classes (dashes and arrows, verbs
 * between, the number first, digits written oddly, codes described in words, numbers the words
 * call something else).
 */
const SECOND: readonly { text: string; secret: string | null; why: string }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'privacy-phrasings-2.json'), 'utf8'),
);

describe("the second reviewer's phrasings", () => {
  it('has at least 150, both ways', () => {
    expect(SECOND.filter((entry) => entry.secret === null).length).toBeGreaterThanOrEqual(70);
    expect(SECOND.filter((entry) => entry.secret !== null).length).toBeGreaterThanOrEqual(80);
  });

  it.each(SECOND.map((entry) => [entry.text, entry.secret, entry.why] as const))(
    '%s: %s (%s)',
    (text, secret) => {
      expect(findSecret(text) ?? null).toBe(secret);
    },
  );
});
