import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticle } from '../../source/domain/guide/import-article.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import type { Guide } from '../../source/domain/guide/guide.js';
import { indexFor, search, type SearchOptions } from '../../source/domain/search/search.js';
import type { Lexicon } from '../../source/domain/search/lexicon.js';
import { translatedGuide } from '../../source/domain/guide/translation.js';

// The two relevance sets: everyday phrasings for the hand-tuned built-in guide, and for guides
// imported with `stepwise import` from articles written for this purpose, with no editing at all.
// No import of the terminal helpers here: the bench bundles this file.

const DEFAULT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = (root: string) => join(root, 'test', 'fixtures');

export type Score = {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  readonly misses: readonly string[];
};

function readGuide(text: string, what: string): Guide {
  const { guide, problems } = parseGuide(text);
  if (!guide) throw new Error(`${what} has problems: ${JSON.stringify(problems)}`);
  return guide;
}

/** A guide exactly as `stepwise import` makes it from an article. */
export function importedGuide(file: string, root = DEFAULT_ROOT): Guide {
  const result = importArticle(readFileSync(join(fixtures(root), 'imported', file), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not import: ${result.error}`);
  return readGuide(result.markdown, `${file}, imported,`);
}

function score(
  cases: readonly { guide: Guide; id: string; query: string }[],
  lexicon: Lexicon | undefined,
): Score {
  const indexes = new Map<Guide, ReturnType<typeof indexFor>>();
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { guide, id, query } of cases) {
    const index = indexes.get(guide) ?? indexFor(guide);
    indexes.set(guide, index);
    const options: SearchOptions = lexicon ? { lexicon } : {};
    const ids = search(index, query, options).map((result) => result.doc.id);
    if (ids[0] === id) top1 += 1;
    else misses.push(`"${query}" -> ${ids[0] ?? 'nothing'} (want ${id})`);
    if (ids.slice(0, 3).includes(id)) top3 += 1;
  }
  return { total: cases.length, top1, top3, misses };
}

/** The built-in guide's set (test/fixtures/search-phrasings.json). */
export function builtInScore(lexicon?: Lexicon, root = DEFAULT_ROOT): Score {
  const guide = readGuide(
    readFileSync(join(root, 'content', 'amex-pin.md'), 'utf8'),
    'the built-in guide',
  );
  const phrasings = JSON.parse(
    readFileSync(join(fixtures(root), 'search-phrasings.json'), 'utf8'),
  ) as Record<string, string[]>;
  return score(
    Object.entries(phrasings).flatMap(([id, queries]) =>
      queries.map((query) => ({ guide, id, query })),
    ),
    lexicon,
  );
}

/** The built-in guide in Spanish, as the app shows it: the translation's words, the original's shape. */
export function spanishGuide(root = DEFAULT_ROOT): Guide {
  const read = (file: string) => readGuide(readFileSync(join(root, 'content', file), 'utf8'), file);
  return translatedGuide(read('amex-pin.md'), read('amex-pin.es.md'), 'es');
}

/**
 * A Spanish set on the built-in guide's translation: search-phrasings.es.json (the guide's keywords
 * were tuned on it, as the English guide's were on its set) or search-phrasings.es-2.json (written
 * blind afterwards and never tuned on: the honest figure).
 */
export function spanishScore(
  lexicon?: Lexicon,
  root = DEFAULT_ROOT,
  file = 'search-phrasings.es.json',
): Score {
  const guide = spanishGuide(root);
  const phrasings = JSON.parse(readFileSync(join(fixtures(root), file), 'utf8')) as Record<
    string,
    string[]
  >;
  return score(
    Object.entries(phrasings).flatMap(([id, queries]) =>
      queries.map((query) => ({ guide, id, query })),
    ),
    lexicon,
  );
}

/** The imported guides' set (test/fixtures/imported/phrasings.json). */
export function importedScore(lexicon?: Lexicon, root = DEFAULT_ROOT): Score {
  const sets = JSON.parse(
    readFileSync(join(fixtures(root), 'imported', 'phrasings.json'), 'utf8'),
  ) as Record<string, Record<string, string[]>>;
  return score(
    Object.entries(sets).flatMap(([file, phrasings]) => {
      const guide = importedGuide(file, root);
      return Object.entries(phrasings).flatMap(([id, queries]) =>
        queries.map((query) => ({ guide, id, query })),
      );
    }),
    lexicon,
  );
}

/**
 * The whole-guide set (test/fixtures/search-whole-guide.json): questions whose answers are steps
 * and tips, searched over the whole guide; any of the ids listed for a query counts.
 */
export function wholeGuideScore(lexicon?: Lexicon, root = DEFAULT_ROOT): Score {
  const guide = readGuide(
    readFileSync(join(root, 'content', 'amex-pin.md'), 'utf8'),
    'the built-in guide',
  );
  const set = JSON.parse(
    readFileSync(join(fixtures(root), 'search-whole-guide.json'), 'utf8'),
  ) as Record<string, string[]>;
  const index = indexFor(guide, true);
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const [query, wanted] of Object.entries(set)) {
    const ids = search(index, query, lexicon ? { lexicon } : {}).map((result) => result.doc.id);
    if (wanted.includes(ids[0] ?? '')) top1 += 1;
    else misses.push(`"${query}" -> ${ids[0] ?? 'nothing'} (want ${wanted.join(' or ')})`);
    if (ids.slice(0, 3).some((id) => wanted.includes(id))) top3 += 1;
  }
  return { total: Object.keys(set).length, top1, top3, misses };
}
