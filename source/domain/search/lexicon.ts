// Words that may mean the same as another, for search: "kid" for child, "telephone" for phone,
// "how much" for cost. The lexicon is data made at build time (scripts/lexicon.js); this reads it.
// A match through a related word counts for less than the word itself or a typo of it.

export type Related = { readonly word: string; readonly weight: number };

export type Lexicon = {
  /** The words and phrases a word or a two-word phrase may mean, most likely first. */
  readonly related: (wordOrPhrase: string) => readonly Related[];
  /** Whether the lexicon knows this two-word phrase ("how much"), to read it as one. */
  readonly hasPhrase: (phrase: string) => boolean;
  /** The everyday words a word may mean (the hand-kept list's), to suggest as keywords. */
  readonly everyday: (word: string) => readonly string[];
};

/** How much a match through the lexicon counts, against 1 for the word itself. */
export const SYNONYM_WEIGHT = 0.5;
export const BROADER_WEIGHT = 0.35;

/** No lexicon: search matches the guide's own words only. */
export const NO_LEXICON: Lexicon = {
  related: () => [],
  hasPhrase: () => false,
  everyday: () => [],
};

/**
 * The lexicon from its text: "word<TAB>everyday words<TAB>synonyms<TAB>broader words" per line,
 * lists joined with commas (an entry may be a two-word phrase such as "how much"). Lines are split when
 * first read and each word's list when first asked for, so a search reads only what it uses.
 */
/** A list of the lexicon's words, those that are words or two-word phrases. */
function words(list: string, weight: number): Related[] {
  return list
    .split(',')
    .filter((other) => /^[a-z]{2,}(?: [a-z]{2,})?$/.test(other))
    .map((other) => ({ word: other, weight }));
}

export function parseLexicon(text: string): Lexicon {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const parsed = new Map<string, readonly Related[]>();
  return {
    related(word) {
      const known = parsed.get(word);
      if (known) return known;
      const rest = lines.get(word);
      if (rest === undefined) return [];
      const [common = '', synonyms = '', broader = ''] = rest.split('\t');
      const related = [
        ...words(common, SYNONYM_WEIGHT),
        ...words(synonyms, SYNONYM_WEIGHT),
        ...words(broader, BROADER_WEIGHT),
      ];
      parsed.set(word, related);
      return related;
    },
    hasPhrase: (phrase) => phrase.includes(' ') && lines.has(phrase),
    everyday: (word) =>
      words((lines.get(word) ?? '').split('\t')[0] ?? '', SYNONYM_WEIGHT).map(
        (related) => related.word,
      ),
  };
}

/** Two lexicons as one: the first's related words first (a language's own list before English's). */
export function combinedLexicon(first: Lexicon, second: Lexicon): Lexicon {
  return {
    related: (word) => [...first.related(word), ...second.related(word)],
    hasPhrase: (phrase) => first.hasPhrase(phrase) || second.hasPhrase(phrase),
    everyday: (word) => [...first.everyday(word), ...second.everyday(word)],
  };
}
