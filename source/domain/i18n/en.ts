// English forms of the messages that hold a count. Every other English message is its own key
// (translate.ts); a message here is keyed by its "other" form, as the code writes it.

import type { Catalog } from './translate.js';

export const EN_PLURALS: Catalog = {
  '{count} questions': {
    one: '{count} question',
    other: '{count} questions',
  },
  '{count} matches': {
    one: '{count} match',
    other: '{count} matches',
  },
  '{max} business days': {
    one: '{max} business day',
    other: '{max} business days',
  },
  '{min}-{max} business days': {
    one: '{min}-{max} business day',
    other: '{min}-{max} business days',
  },
  '{max} weeks': {
    one: '{max} week',
    other: '{max} weeks',
  },
  '{min}-{max} weeks': {
    one: '{min}-{max} week',
    other: '{min}-{max} weeks',
  },
  '{max} days': {
    one: '{max} day',
    other: '{max} days',
  },
  '{min}-{max} days': {
    one: '{min}-{max} day',
    other: '{min}-{max} days',
  },
  '{subject} is {count} days late: it was expected by {date}.': {
    one: '{subject} is {count} day late: it was expected by {date}.',
    other: '{subject} is {count} days late: it was expected by {date}.',
  },
  'Expect {subject} any day now, by {date} ({count} days left).': {
    one: 'Expect {subject} any day now, by {date} ({count} day left).',
    other: 'Expect {subject} any day now, by {date} ({count} days left).',
  },
  'Expect {subject} on {date} ({count} days left).': {
    one: 'Expect {subject} on {date} ({count} day left).',
    other: 'Expect {subject} on {date} ({count} days left).',
  },
  'Expect {subject} between {from} and {date} ({count} days left).': {
    one: 'Expect {subject} between {from} and {date} ({count} day left).',
    other: 'Expect {subject} between {from} and {date} ({count} days left).',
  },
  '{count} items removed': {
    one: '{count} item removed',
    other: '{count} items removed',
  },
  'stepwise: choose a guide, {count} guides': {
    one: 'stepwise: choose a guide, {count} guide',
    other: 'stepwise: choose a guide, {count} guides',
  },
  ', with its {count} sub-steps': {
    one: ', with its {count} sub-step',
    other: ', with its {count} sub-steps',
  },
  '{count} events: import it into your calendar app.': {
    one: '{count} event: import it into your calendar app.',
    other: '{count} events: import it into your calendar app.',
  },
  '{count} events written to {file}: import it into your calendar app.': {
    one: '{count} event written to {file}: import it into your calendar app.',
    other: '{count} events written to {file}: import it into your calendar app.',
  },
  'the translation lacks {count} items of {original}, shown from it instead: {ids}': {
    one: 'the translation lacks {count} item of {original}, shown from it instead: {ids}',
    other: 'the translation lacks {count} items of {original}, shown from it instead: {ids}',
  },
};
