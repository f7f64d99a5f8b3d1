// English forms of the messages that hold a count. Every other English message is its own key
// (translate.ts); a message here is keyed by its "other" form, as the code writes it.

import type { Catalog } from './translate.js';

export const EN_PLURALS: Catalog = {
  'the translation lacks {count} items of {original}, shown from it instead: {ids}': {
    one: 'the translation lacks {count} item of {original}, shown from it instead: {ids}',
    other: 'the translation lacks {count} items of {original}, shown from it instead: {ids}',
  },
};
