import * as z from 'zod/mini';
import { ID_PATTERN } from './slug.js';
import { msg } from '../i18n/translate.js';

// Apart from slug.ts so that reading progress at start-up never loads the schema library.

/** An id in front matter or metadata, with the words an author needs when it is wrong. */
export const ID_SCHEMA = z
  .string()
  .check(
    z.regex(
      ID_PATTERN,
      msg(
        'must be a slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
      ),
    ),
  );
