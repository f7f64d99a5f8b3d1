import type { Guide } from '../../domain/guide/guide.js';
import { findSecret, privacyWarning } from '../../domain/privacy/privacy.js';
import { indexFor, search } from '../../domain/search/search.js';
import { EXIT, err, out, outJson, outputWidth } from '../io.js';

function excerpt(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text;
}

/** `stepwise search <query...> [--json] [--limit N] [--all]`. */
export function searchCommand(
  guide: Guide,
  words: readonly string[],
  options: { json: boolean; limit?: string; all: boolean },
): number {
  const query = words.join(' ').trim();
  if (query === '') {
    err('stepwise search: say what to look for, e.g. stepwise search "lost pin"');
    return EXIT.usage;
  }
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    err(`stepwise search: --limit takes a whole number from 1 up, not "${options.limit}"`);
    return EXIT.usage;
  }
  const secret = findSecret(query);
  if (secret) err(`stepwise: ${privacyWarning(secret)}`);
  const results = search(indexFor(guide, options.all), query, { limit });
  if (options.json) {
    outJson({
      query,
      results: results.map(({ doc, score }) => ({
        kind: doc.kind,
        id: doc.id,
        title: doc.title,
        score,
      })),
    });
    return EXIT.ok;
  }
  if (results.length === 0) {
    out(`No matches for "${query}". Try fewer words, or check the spelling.`);
    return EXIT.ok;
  }
  const width = outputWidth();
  results.forEach(({ doc }, index) => {
    const kind = doc.kind === 'faq' ? '' : ` [${doc.kind === 'substep' ? 'sub-step' : doc.kind}]`;
    out(`${index + 1}. ${doc.title}${kind}`);
    out(`   ${excerpt(doc.body, width - 3)}`);
  });
  return EXIT.ok;
}
