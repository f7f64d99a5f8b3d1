import Fuse from 'fuse.js';
import { NO_LEXICON, SYNONYM_WEIGHT, type Lexicon } from './lexicon.js';
import type { Guide } from '../guide/guide.js';
import { plainText } from '../text/layout.js';
import { fold } from '../guide/slug.js';
import { ENGLISH, wordRulesFor, type WordRules } from './languages.js';
import { t } from '../i18n/translate.js';

/**
 * FAQ search that finds what people mean. People type questions in their own words, misspelt,
 * in any order, padded with "how do I". Matching the whole query against whole FAQs (fuse.js on its
 * own) loses the signal in the filler; instead each word is matched on its own:
 *
 * 1. the query is split into words and filler words are dropped;
 * 2. each word is looked up in the guide's vocabulary: exactly, as a prefix, by a shared stem (the
 *    Porter stemmer), fuzzily through fuse.js (typos of a letter or two), and, for less, through
 *    the words it may mean (a lexicon: "kid" for child, "how much" for cost) or a word it ends
 *    with ("smartphone" for phone);
 * 3. each matched word scores the items that use it, weighted by where (question or title most,
 *    keywords next, answer least) and by how rare the word is in the guide;
 * 4. the sums are ranked, with a bonus for items that match more of the query's words.
 */

export type SearchKind = 'faq' | 'step' | 'substep' | 'tip';

export type SearchDoc = {
  readonly kind: SearchKind;
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly keywords: readonly string[];
  /** The guide it is from, when several guides are searched at once. */
  readonly guide?: { readonly id: string; readonly title: string };
};

export type Range = { readonly start: number; readonly end: number };

export type SearchResult = {
  readonly doc: SearchDoc;
  /** 0 is a perfect match, 1 no match at all, as fuse.js counts. */
  readonly score: number;
  /** The parts of the title that the query matched: whole words or word prefixes. */
  readonly highlights: readonly Range[];
  /**
   * How much of the query the item answers, from 0 to 1: each of the query's words counts by how
   * surely it was found (a word found as it was typed counts 1, a guess at a typo less).
   */
  readonly coverage: number;
  /** How many of the query's words it holds as typed, or in another form of the word. */
  readonly sure: number;
};

/**
 * Whether a result answers its query rather than being a guess: it answers most of the query
 * (a slip of the fingers included), or a fair share with one of its words for sure.
 */
export function isCloseMatch(result: SearchResult | undefined): boolean {
  if (result === undefined) return false;
  return result.coverage >= 0.7 || (result.sure >= 1 && result.coverage >= 0.4);
}

type Field = 'title' | 'keywords' | 'body';
const FIELD_WEIGHT: Record<Field, number> = { title: 3, keywords: 2.2, body: 1 };
const RELEVANT_SHARE = 0.3;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function normalizeWord(word: string): string {
  return fold(word)
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** The English stem, so that "travelling" meets "travel" and "renewal" meets "renew". */
export const stem = (word: string): string => ENGLISH.stem(word);

/** The dictionary forms a typed word may have: "kids" may be "kid", "wiping" "wipe". */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.length > 3) {
    if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
    if (word.endsWith('es')) forms.push(word.slice(0, -2));
    if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
    for (const ending of ['ing', 'ed']) {
      if (!word.endsWith(ending)) continue;
      const base = word.slice(0, -ending.length);
      forms.push(base, `${base}e`);
      // "stopping" -> "stop"
      if (base.length > 2 && base.at(-1) === base.at(-2)) forms.push(base.slice(0, -1));
    }
  }
  return forms;
}

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: normalizeWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The words of a text as the index keeps them; one pass over the text, as indexes are large.
 * Questions that ask for an amount, a time or a number are kept as one term too, since each of
 * their words alone is filler ("how long does it take" is about time).
 */
function indexWords(text: string, rules: WordRules = ENGLISH): string[] {
  const folded = fold(text);
  const phrases = (folded.match(rules.questionPhrases) ?? []).map((phrase) =>
    phrase.replace(/\s+/, ' '),
  );
  return [
    ...(folded.match(WORD) ?? []).map((word) => word.replace(/['’]s$/, '').replace(/['’]/g, '')),
    ...phrases,
  ];
}

/**
 * The words of a query worth matching: filler removed, unless that would leave nothing. A
 * two-word phrase the lexicon knows ("how much", "sign in") is kept as one.
 */
export function queryWords(
  query: string,
  lexicon: Lexicon = NO_LEXICON,
  rules: WordRules = ENGLISH,
): string[] {
  const all = words(query).map((entry) => entry.word);
  const tokens: string[] = [];
  for (let at = 0; at < all.length; at += 1) {
    const pair = `${all[at]} ${all[at + 1] ?? ''}`;
    if (at + 1 < all.length && lexicon.hasPhrase(pair)) {
      tokens.push(pair);
      at += 1;
    } else tokens.push(all[at] ?? '');
  }
  const meaningful = tokens.filter((word) => !rules.stopWords.has(word));
  // A question has a few words; a pasted page would cost seconds and find nothing better.
  return [...new Set(meaningful.length > 0 ? meaningful : tokens)].slice(0, MAX_QUERY_WORDS);
}

/** The most words of a query that are matched; past them, a query is not a question. */
export const MAX_QUERY_WORDS = 32;

/** A query as it is quoted back in a message: short, and never a secret it may hold. */
export function quotedQuery(query: string, secret: boolean): string {
  if (secret) return t('your search');
  const chars = [...query.replace(/\s+/g, ' ').trim()];
  return `"${chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('')}"`;
}

type Posting = Map<number, number>;

export type SearchIndex = {
  readonly docs: readonly SearchDoc[];
  readonly postings: ReadonlyMap<string, Posting>;
  readonly byStem: ReadonlyMap<string, readonly string[]>;
  readonly idf: ReadonlyMap<string, number>;
  readonly vocabulary: Fuse<string>;
  readonly terms: readonly string[];
  /** The language the items are written in, and so how their words and a query's are read. */
  readonly rules: WordRules;
};

/** Built once per guide: the vocabulary with its fuse.js index, and which items use each word. */
export function buildIndex(docs: readonly SearchDoc[], language?: string): SearchIndex {
  const rules = wordRulesFor(language);
  const postings = new Map<string, Posting>();
  docs.forEach((doc, index) => {
    const fields: [Field, string][] = [
      ['title', doc.title],
      ['keywords', doc.keywords.join(' ')],
      ['body', doc.body],
    ];
    for (const [field, text] of fields) {
      // A word counts once per field: a long answer must not outweigh a short question.
      const distinct = new Set(indexWords(text, rules));
      for (const word of distinct) {
        if (rules.stopWords.has(word)) continue;
        const posting = postings.get(word) ?? new Map<number, number>();
        posting.set(index, (posting.get(index) ?? 0) + FIELD_WEIGHT[field]);
        postings.set(word, posting);
      }
    }
  });
  const terms = [...postings.keys()];
  const byStem = new Map<string, string[]>();
  for (const term of terms) {
    const key = rules.stem(term);
    byStem.set(key, [...(byStem.get(key) ?? []), term]);
  }
  const idf = new Map(
    terms.map((term) => [term, Math.log(1 + docs.length / (postings.get(term)?.size ?? 1))]),
  );
  const options = {
    includeScore: true,
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 2,
  };
  const vocabulary = new Fuse(terms, options, Fuse.createIndex([], terms));
  return { docs, postings, byStem, idf, vocabulary, terms, rules };
}

export type TermMatch = {
  readonly term: string;
  readonly similarity: number;
  readonly prefixOnly: boolean;
};

/** A word of the guide for a word from the lexicon: itself, or one with the same stem. */
function termsFor(index: SearchIndex, word: string): readonly string[] {
  const same = index.byStem.get(index.rules.stem(word)) ?? [];
  return index.postings.has(word) && !same.includes(word) ? [word, ...same] : same;
}

/** The guide's words that a typed word may mean, each with how sure that is (1 = certain). */
function matchWord(
  index: SearchIndex,
  word: string,
  cache: WordCache,
  lexicon: Lexicon,
): TermMatch[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const found = new Map<string, TermMatch>();
  const add = (term: string, similarity: number, prefixOnly = false) => {
    const previous = found.get(term);
    if (!previous || previous.similarity < similarity)
      found.set(term, { term, similarity, prefixOnly });
  };
  // Words the typed one may mean, for less than the word itself ("kids" -> kid -> child); only
  // for a word the guide does not use itself: when it does, its own word is the better guide.
  // A phrase ("how much") is always read for what it asks about, as it is filler in a text too.
  const phrase = word.includes(' ');
  const known = !phrase && (index.postings.has(word) || index.byStem.has(index.rules.stem(word)));
  for (const form of known ? [] : phrase ? [word] : baseForms(word)) {
    for (const related of lexicon.related(form)) {
      for (const term of termsFor(index, related.word)) add(term, related.weight);
    }
  }
  if (phrase) {
    // The phrase itself in a text counts no more than what it asks about.
    if (index.postings.has(word)) add(word, SYNONYM_WEIGHT);
    const matches = [...found.values()];
    cache.set(word, matches);
    return matches;
  }
  // A compound the guide does not use may end with a word it does: "smartphone", "passcode".
  if (word.length >= 7 && !index.postings.has(word)) {
    for (const term of index.terms) {
      if (term.length >= 4 && term.length <= word.length - 3 && word.endsWith(term)) {
        add(term, COMPOUND_WEIGHT);
      }
    }
  }
  if (index.postings.has(word)) add(word, 1);
  for (const term of index.byStem.get(index.rules.stem(word)) ?? []) add(term, 0.9);
  if (word.length >= 2) {
    // A word still being typed: the shorter the prefix, the less sure; and a word that is
    // already whole ("custom") more likely means itself than a longer one ("customer").
    const whole = index.postings.has(word) ? 0.5 : 1;
    for (const term of index.terms) {
      if (term.length > word.length && term.startsWith(word)) {
        add(term, whole * Math.min(0.85, 0.45 + word.length * 0.1), true);
      }
    }
  }
  // Two letters swapped ("lsot") is one slip of the fingers, but two edits to fuse.js.
  for (let at = 0; at + 1 < word.length && word.length >= 4; at += 1) {
    const swapped = `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
    if (swapped !== word && index.postings.has(swapped)) add(swapped, 0.75);
  }
  if (word.length >= 4) {
    for (const result of index.vocabulary.search(word, { limit: 12 })) {
      const term = result.item;
      const score = result.score ?? 1;
      // Fuse also finds the word inside longer ones; keep only words of about the same length.
      if (Math.abs(term.length - word.length) > 2) continue;
      if (term[0] !== word[0] && term[1] !== word[1]) continue;
      add(term, Math.max(0.3, 0.8 - score * 1.2));
    }
  }
  const matches = [...found.values()];
  cache.set(word, matches);
  return matches;
}

/** Word ranges in a title to highlight: words (or the typed prefix of words) the query matched. */
function highlightsIn(
  title: string,
  matches: readonly TermMatch[][],
  typed: readonly string[],
): Range[] {
  const ranges: Range[] = [];
  for (const entry of words(title)) {
    typed.forEach((word, position) => {
      const match = matches[position]?.find((candidate) => candidate.term === entry.word);
      if (!match) return;
      const end = match.prefixOnly ? entry.start + word.length : entry.end;
      if (!ranges.some((range) => range.start === entry.start))
        ranges.push({ start: entry.start, end });
    });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Word matches kept between searches of one index, keyed by the typed word. */
export type WordCache = Map<string, TermMatch[]>;

export type SearchOptions = {
  readonly limit?: number;
  readonly kinds?: readonly SearchKind[];
  /** Related words to search through; the guide's own words only without one. */
  readonly lexicon?: Lexicon;
};

/** How much a compound counts through the word it ends with. */
const COMPOUND_WEIGHT = 0.45;

/**
 * Ranks the indexed items for a query, best first. `cache` keeps word matches between calls, so
 * typing a query letter by letter only looks up the word being typed.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
  cache: WordCache = new Map(),
): SearchResult[] {
  const lexicon = options.lexicon ?? NO_LEXICON;
  const typed = queryWords(query, lexicon, index.rules);
  if (typed.length === 0) return [];
  const matches = typed.map((word) => matchWord(index, word, cache, lexicon));
  const scores = new Map<number, { total: number; covered: number; sure: number }>();
  let best = 0;
  typed.forEach((_word, position) => {
    // For each item, the best of the terms this word may mean.
    const perDoc = new Map<number, { value: number; similarity: number; sure: boolean }>();
    for (const match of matches[position] ?? []) {
      const weight = match.similarity * (index.idf.get(match.term) ?? 0);
      // Whether the item holds the word as typed, or in another form of it.
      const sure = match.similarity >= 0.9;
      for (const [doc, fieldWeight] of index.postings.get(match.term) ?? []) {
        const value = weight * fieldWeight;
        const previous = perDoc.get(doc);
        if (!previous || previous.value < value) {
          perDoc.set(doc, { value, similarity: match.similarity, sure: sure || !!previous?.sure });
        } else if (sure) previous.sure = true;
      }
    }
    best += Math.max(0, ...[...perDoc.values()].map((entry) => entry.value));
    for (const [doc, { value, similarity, sure }] of perDoc) {
      const entry = scores.get(doc) ?? { total: 0, covered: 0, sure: 0 };
      entry.total += value;
      if (sure) entry.sure += 1;
      // A word found only as a weak guess covers the query only a little.
      entry.covered += similarity;
      scores.set(doc, entry);
    }
  });
  const kinds = options.kinds;
  const ranked = [...scores]
    .filter(([doc]) => !kinds || kinds.includes(index.docs[doc]?.kind ?? 'faq'))
    .map(([doc, { total, covered, sure }]) => {
      const coverage = covered / typed.length;
      return { doc, coverage, sure, value: total * (0.4 + 0.6 * coverage * coverage) };
    })
    .sort((a, b) => b.value - a.value || a.doc - b.doc);
  const top = ranked[0]?.value ?? 0;
  const ceiling = Math.max(best, top, Number.EPSILON);
  // Items far behind the best are noise: a word every FAQ shares, or a weak guess.
  const relevant = ranked.filter(({ value }) => value >= top * RELEVANT_SHARE);
  return relevant
    .slice(0, options.limit ?? relevant.length)
    .flatMap(({ doc, value, coverage, sure }) => {
      const item = index.docs[doc];
      if (!item) return [];
      return [
        {
          doc: item,
          score: Math.round((1 - value / ceiling) * 1000) / 1000,
          highlights: highlightsIn(item.title, matches, typed),
          coverage: Math.round(coverage * 1000) / 1000,
          sure,
        },
      ];
    });
}

/** The searchable items of a guide: its FAQs, and with `all` its steps, sub-steps and tips. */
export function guideDocs(guide: Guide, all = false): SearchDoc[] {
  const faqs = guide.faqs.map((faq): SearchDoc => ({
    kind: 'faq',
    id: faq.id,
    title: faq.question,
    body: plainText(faq.answer.blocks),
    keywords: faq.keywords,
  }));
  if (!all) return faqs;
  const tasks = guide.steps.flatMap((step) => [
    {
      kind: 'step' as const,
      id: step.id,
      title: step.title,
      body: plainText(step.body.blocks),
      keywords: step.keywords ?? [],
    },
    ...step.substeps.map((sub) => ({
      kind: 'substep' as const,
      id: sub.id,
      title: sub.title,
      body: plainText(sub.body.blocks),
      keywords: sub.keywords ?? [],
    })),
  ]);
  const tips = guide.tips.map((tip) => ({
    kind: 'tip' as const,
    id: tip.id,
    title: tip.title,
    body: plainText(tip.body.blocks),
    keywords: tip.keywords ?? [],
  }));
  return [...faqs, ...tasks, ...tips];
}

/** Every guide's questions and steps in one index, each naming its guide: search everywhere. */
export function libraryIndex(guides: readonly Guide[]): SearchIndex {
  // One language's rules for all: that of the guides, when they share one.
  const languages = new Set(guides.map((guide) => guide.language ?? 'en'));
  return buildIndex(
    guides.flatMap((guide) =>
      guideDocs(guide, true)
        .filter((doc) => doc.kind !== 'tip')
        .map((doc) => ({ ...doc, guide: { id: guide.id, title: guide.title } })),
    ),
    languages.size === 1 ? [...languages][0] : 'en',
  );
}

/** A guide's index: its questions, or with `all` its steps and tips too. */
export function indexFor(guide: Guide, all = false): SearchIndex {
  return buildIndex(guideDocs(guide, all), guide.language);
}

/**
 * Words people may type for a FAQ that the FAQ does not use: the lexicon's synonyms of its
 * question's words, for an author to add as keywords. Empty when the FAQ already has keywords.
 */
export function keywordSuggestions(
  faq: { readonly question: string; readonly keywords: readonly string[]; readonly answer: string },
  lexicon: Lexicon,
  limit = 6,
  rules: WordRules = ENGLISH,
): string[] {
  if (faq.keywords.length > 0) return [];
  const used = new Set(
    [...indexWords(faq.question, rules), ...indexWords(faq.answer, rules)].map(rules.stem),
  );
  const suggestions: string[] = [];
  for (const word of queryWords(faq.question, lexicon, rules)) {
    // Everyday words only: WordNet's rarer senses ("tease" for card) would mislead an author.
    for (const candidate of lexicon.everyday(word)) {
      if (candidate.includes(' ')) continue;
      if (used.has(rules.stem(candidate)) || suggestions.includes(candidate)) continue;
      suggestions.push(candidate);
    }
  }
  return suggestions.slice(0, limit);
}
