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
  'Your progress is merged into {folder}, with {count} other devices seen there. Set the same folder on your other computers.':
    {
      one: 'Your progress is merged into {folder}, with {count} other device seen there. Set the same folder on your other computers.',
      other:
        'Your progress is merged into {folder}, with {count} other devices seen there. Set the same folder on your other computers.',
    },
  '{count} conflict copies merged': {
    one: '{count} conflict copy merged',
    other: '{count} conflict copies merged',
  },
  '{count} files': {
    one: '{count} file',
    other: '{count} files',
  },
  '{count} errors': {
    one: '{count} error',
    other: '{count} errors',
  },
  '{count} warnings': {
    one: '{count} warning',
    other: '{count} warnings',
  },
  'Progress changed on another device: {count} changes.': {
    one: 'Progress changed on another device: {count} change.',
    other: 'Progress changed on another device: {count} changes.',
  },
  "{count} changes are stamped more than {days} days ahead of this computer's clock: set aside until that computer saves a change with its clock right (it stamps them again then), or this clock reaches them":
    {
      one: "{count} change is stamped more than {days} days ahead of this computer's clock: set aside until that computer saves a change with its clock right (it stamps them again then), or this clock reaches them",
      other:
        "{count} changes are stamped more than {days} days ahead of this computer's clock: set aside until that computer saves a change with its clock right (it stamps them again then), or this clock reaches them",
    },
  'unknown metadata keys {keys}': {
    one: 'unknown metadata key {keys}',
    other: 'unknown metadata keys {keys}',
  },
  'the translation lacks {count} items of {original}, shown from it instead: {ids}': {
    one: 'the translation lacks {count} item of {original}, shown from it instead: {ids}',
    other: 'the translation lacks {count} items of {original}, shown from it instead: {ids}',
  },
  'Saved progress has {count} unreadable entries ({first}): left out here, and left in the file.': {
    one: 'Saved progress has {count} unreadable entry ({first}): left out here, and left in the file.',
    other:
      'Saved progress has {count} unreadable entries ({first}): left out here, and left in the file.',
  },
  'Saved progress had {count} unreadable entries ({first}): left out, the rest kept{kept}.': {
    one: 'Saved progress had {count} unreadable entry ({first}): left out, the rest kept{kept}.',
    other:
      'Saved progress had {count} unreadable entries ({first}): left out, the rest kept{kept}.',
  },
  '{count} unreadable entries left out ({first})': {
    one: '{count} unreadable entry left out ({first})',
    other: '{count} unreadable entries left out ({first})',
  },
};
