import { lexiconFor } from '../../adapters/lexicon-file.js';
import type { Guide } from '../../domain/guide/guide.js';
import { findSecret, privacyWarning } from '../../domain/privacy/privacy.js';
import {
  indexFor,
  isCloseMatch,
  libraryIndex,
  search,
  type SearchIndex,
  type SearchResult,
  quotedQuery,
} from '../../domain/search/search.js';
import { EXIT, err, out, outJson, outputWidth } from '../io.js';
import { t } from '../../domain/i18n/translate.js';

function excerpt(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text;
}

type Options = { json: boolean; limit?: string };

/** The query and the limit, or a usage error already said. */
function readQuery(words: readonly string[], options: Options) {
  const query = words.join(' ').trim();
  if (query === '') {
    err(`stepwise search: ${t('say what to look for, e.g. stepwise search "lost pin"')}`);
    return undefined;
  }
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    err(
      `stepwise search: ${t('--limit takes a whole number from 1 up, not "{value}"', { value: String(options.limit) })}`,
    );
    return undefined;
  }
  const secret = findSecret(query);
  if (secret) err(`stepwise: ${privacyWarning(secret)}`);
  return { query, limit };
}

function print(query: string, results: readonly SearchResult[], json: boolean): number {
  const close = isCloseMatch(results[0]);
  if (json) {
    outJson({
      query,
      close,
      results: results.map(({ doc, score, coverage }) => ({
        kind: doc.kind,
        id: doc.id,
        title: doc.title,
        score,
        coverage,
        ...(doc.guide && { guide: doc.guide.id, guideTitle: doc.guide.title }),
      })),
    });
    return EXIT.ok;
  }
  if (results.length === 0) {
    out(
      t('No matches for {query}. Try fewer words, or check the spelling.', {
        query: quotedQuery(query, findSecret(query) !== undefined),
      }),
    );
    return EXIT.ok;
  }
  const width = outputWidth();
  const shown = close ? results : results.slice(0, 3);
  if (!close) {
    out(
      t('Nothing answers {query} well. The closest guesses:', {
        query: quotedQuery(query, findSecret(query) !== undefined),
      }),
    );
  }
  shown.forEach(({ doc }, index) => {
    const kind =
      doc.kind === 'faq'
        ? ''
        : ` [${doc.kind === 'substep' ? t('sub-step') : doc.kind === 'step' ? t('step') : t('tip')}]`;
    const from = doc.guide ? ` · ${doc.guide.title}` : '';
    out(`${index + 1}. ${doc.title}${kind}${from}`);
    out(`   ${excerpt(doc.body, width - 3)}`);
  });
  return EXIT.ok;
}

function run(index: SearchIndex, words: readonly string[], options: Options): number {
  const read = readQuery(words, options);
  if (!read) return EXIT.usage;
  const results = search(index, read.query, {
    limit: read.limit,
    lexicon: lexiconFor(index.rules.language),
  });
  return print(read.query, results, options.json);
}

/** `stepwise search <query...> [--json] [--limit N] [--faq]`: the whole guide, or its FAQ. */
export function searchCommand(
  guide: Guide,
  words: readonly string[],
  options: Options & { faq: boolean },
): number {
  return run(indexFor(guide, !options.faq), words, options);
}

/** `stepwise search --everywhere <query...>`: every guide's FAQ and steps at once. */
export function searchEverywhere(
  guides: readonly { guide: Guide }[],
  words: readonly string[],
  options: Options,
): number {
  return run(libraryIndex(guides.map(({ guide }) => guide)), words, options);
}
