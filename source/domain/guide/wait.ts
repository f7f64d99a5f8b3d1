import type { Wait, WaitUnit } from './guide.js';
import { t } from '../i18n/translate.js';

// Spaces only: `\s` would also let a newline, a vertical tab or a form feed into the wait's text.
const WAIT_PATTERN = /^(\d{1,3})(?: *(?:-|–|to) *(\d{1,3}))? +(business +days?|days?|weeks?)$/i;

/** Parses "5-10 business days", "3 days" or "1-2 weeks"; anything else is an author error. */
export function parseWait(text: string): Wait | string {
  const match = WAIT_PATTERN.exec(text.trim().replace(/\t/g, ' '));
  if (!match) {
    return t(
      'malformed wait "{text}": write it like "5-10 business days", "3 days" or "1-2 weeks"',
      { text },
    );
  }
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (max < min) {
    return t('malformed wait "{text}": the first number must not be larger than the second', {
      text,
    });
  }
  const word = (match[3] ?? '').toLowerCase();
  const unit: WaitUnit = word.startsWith('business')
    ? 'business-days'
    : word.startsWith('week')
      ? 'weeks'
      : 'days';
  return { min, max, unit, text: text.trim() };
}

/** How long a wait takes, in the interface's language: "5-10 business days", "de 5 a 10 días hábiles". */
export function waitLength(wait: Wait): string {
  const params = { min: wait.min, max: wait.max, count: wait.max };
  const same = wait.min === wait.max;
  switch (wait.unit) {
    case 'business-days':
      return same ? t('{max} business days', params) : t('{min}-{max} business days', params);
    case 'weeks':
      return same ? t('{max} weeks', params) : t('{min}-{max} weeks', params);
    default:
      return same ? t('{max} days', params) : t('{min}-{max} days', params);
  }
}
