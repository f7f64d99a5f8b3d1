import {
  combinedLexicon,
  NO_LEXICON,
  parseLexicon,
  type Lexicon,
} from '../domain/search/lexicon.js';
import { distFile } from './package-files.js';
import { isReadFailure, readRegularFile } from './read-file.js';

/** The lexicon is under 1 MB; anything far larger is not it. */
const MAX_LEXICON_BYTES = 16 * 1024 * 1024;

/**
 * The lexicon in dist/lexicon.txt, read on the first search that asks for a related word: opening
 * the app never reads it. Without the file, search matches the guide's own words only.
 */
export function lazyLexicon(path = distFile('lexicon.txt')): Lexicon {
  let loaded: Lexicon | undefined;
  const load = (): Lexicon => {
    if (loaded) return loaded;
    const bytes = readRegularFile(path, MAX_LEXICON_BYTES);
    loaded = isReadFailure(bytes) ? NO_LEXICON : parseLexicon(bytes.toString('utf8'));
    return loaded;
  };
  return {
    related: (word) => load().related(word),
    hasPhrase: (phrase) => phrase.includes(' ') && load().hasPhrase(phrase),
    everyday: (word) => load().everyday(word),
  };
}

/**
 * The lexicon for a language: English's from WordNet; Spanish's hand-kept list, then the English one
 * (a guide without a translation is read in English, and people type English words in Spanish too).
 */
export function lexiconFor(language: string | undefined): Lexicon {
  const english = lazyLexicon();
  if (language !== 'es') return english;
  return combinedLexicon(lazyLexicon(distFile('lexicon.es.txt')), english);
}
