import { describe, expect, it } from 'vitest';
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
  ])('%s is fine', (text) => {
    expect(findSecret(text)).toBeUndefined();
  });
});
