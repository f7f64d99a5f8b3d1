import type { Guide } from '../domain/guide/guide.js';
import type { Lexicon } from '../domain/search/lexicon.js';
import {
  libraryIndex,
  search,
  type SearchResult,
  type WordCache,
} from '../domain/search/search.js';
import { rememberLast } from './memo.js';

/** At most this many results in the picker's search: more would not be read. */
export const LIBRARY_RESULTS = 50;

/**
 * Search across every guide of the picker, worked out once per query: the index is built once for
 * the guides, and word matches are kept between keystrokes.
 */
export function createLibrarySearch(): (
  guides: readonly Guide[],
  query: string,
  lexicon: Lexicon,
) => readonly SearchResult[] {
  const indexOf = rememberLast((guides: readonly Guide[]) => ({
    index: libraryIndex(guides),
    words: new Map() as WordCache,
  }));
  return rememberLast((guides: readonly Guide[], query: string, lexicon: Lexicon) => {
    if (query.trim() === '') return [];
    const { index, words } = indexOf(guides);
    return search(index, query, { limit: LIBRARY_RESULTS, lexicon }, words);
  });
}
