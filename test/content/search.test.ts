import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  indexFor,
  isCloseMatch,
  queryWords,
  search,
  type SearchDoc,
} from '../../source/domain/search/search.js';
import { amexGuide } from '../helpers/guides.js';
import { builtInScore, spanishGuide, spanishScore } from '../helpers/relevance.js';
import { combinedLexicon, NO_LEXICON, parseLexicon } from '../../source/domain/search/lexicon.js';
import { SPANISH } from '../../source/domain/search/languages.js';
import { buildHandKeptLexicon } from '../../scripts/lexicon.js';
import { ROOT } from '../helpers/terminal.js';

const guide = amexGuide();
const faqIndex = indexFor(guide);
const top = (query: string) => search(faqIndex, query)[0]?.doc.id;

describe('FAQ relevance', () => {
  it.each([
    ['reset pin online', 'faq.reset-online'],
    ['pin by text', 'faq.text-message'],
    ['chnage pin', 'faq.change'],
    ['lost pin', 'faq.lost'],
    ['suplementary card', 'faq.supplementary'],
    ['travel', 'faq.travel'],
    ['custom pin', 'faq.custom'],
    ['mobile app', 'faq.mobile-app'],
    ['activate', 'faq.activate'],
    ['online shopping', 'faq.online-purchases'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('puts the right FAQ first for nearly all of a larger set of phrasings', () => {
    const phrasings = JSON.parse(
      readFileSync(join(ROOT, 'test', 'fixtures', 'search-phrasings.json'), 'utf8'),
    ) as Record<string, string[]>;
    const misses: string[] = [];
    let total = 0;
    for (const [id, queries] of Object.entries(phrasings)) {
      for (const query of queries) {
        total += 1;
        if (top(query) !== id) misses.push(`${query} -> ${top(query)} (want ${id})`);
      }
    }
    expect(total).toBeGreaterThan(180);
    expect(misses.length / total, misses.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('forgives two swapped letters', () => {
    expect(top('lsot pin')).toBe('faq.lost');
    expect(top('chnage')).toBe('faq.change');
  });

  it('drops filler words but keeps a query made only of them', () => {
    expect(queryWords('How do I get my PIN by text?')).toEqual(['pin', 'text']);
    expect(queryWords('how do i')).toEqual(['how', 'do', 'i']);
  });

  it('finds words that are only in the answer, in any order', () => {
    expect(top('cirrus plus atm')).toBe('faq.travel');
    expect(top('text pin by')).toBe('faq.text-message');
  });

  it('finds nothing for nonsense, and leaves out FAQs that only share a common word', () => {
    expect(search(faqIndex, 'xyzzy')).toEqual([]);
    expect(search(faqIndex, 'chnage pin').map((r) => r.doc.id)).toEqual(['faq.change']);
  });

  it('ranks by score, best (lowest) first', () => {
    const results = search(faqIndex, 'card pin online');
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]!.score).toBeLessThan(results.at(-1)!.score);
    for (let i = 1; i < results.length; i += 1) {
      expect(results[i]!.score).toBeGreaterThanOrEqual(results[i - 1]!.score);
    }
  });

  it('searches steps, sub-steps and tips too when asked', () => {
    const results = search(indexFor(guide, true), 'phishing');
    expect(results[0]?.doc).toMatchObject({ kind: 'tip', id: 'tip.phishing' });
  });
});

describe('highlights', () => {
  const highlighted = (query: string) => {
    const [result] = search(faqIndex, query);
    return result?.highlights.map(({ start, end }) => result.doc.title.slice(start, end));
  };

  it('marks whole words, including close misspellings', () => {
    expect(highlighted('chnage pin')).toEqual(['change', 'PIN']);
    expect(highlighted('suplementary')).toEqual(['supplementary']);
  });

  it('marks only the typed part of a word still being typed', () => {
    expect(highlighted('supple')).toEqual(['supple']);
  });

  it('never marks scattered single letters', () => {
    for (const query of ['a', 'c', 'x y z', 'pn', 'mobile app', 'travel abroad']) {
      const [result] = search(faqIndex, query);
      for (const { start, end } of result?.highlights ?? []) {
        const text = result!.doc.title.slice(start, end);
        expect(text.length, `${query}: "${text}"`).toBeGreaterThanOrEqual(2);
        expect(/^[\p{L}\p{N}]+$/u.test(text), text).toBe(true);
        const before = result!.doc.title[start - 1] ?? ' ';
        expect(/[\p{L}\p{N}]/u.test(before), `${query}: starts mid-word`).toBe(false);
      }
    }
  });
});

describe('index', () => {
  it('weights the question over the answer', () => {
    const docs: SearchDoc[] = [
      { kind: 'faq', id: 'in-answer', title: 'Something', body: 'about a mailer', keywords: [] },
      { kind: 'faq', id: 'in-question', title: 'The mailer', body: 'details', keywords: [] },
    ];
    expect(search(buildIndex(docs), 'mailer')[0]?.doc.id).toBe('in-question');
  });
});

describe('whole-guide relevance', () => {
  const wholeIndex = indexFor(guide, true);
  const set = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'search-whole-guide.json'), 'utf8'),
  ) as Record<string, string[]>;

  it('answers questions whose answers are steps and tips: top-1 10 of 12, top-3 11 of 12', () => {
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const [query, ids] of Object.entries(set)) {
      const results = search(wholeIndex, query).map((result) => result.doc.id);
      if (ids.includes(results[0] ?? '')) top1 += 1;
      else misses.push(`${query} -> ${results.slice(0, 3).join(', ')} (want ${ids.join(' or ')})`);
      if (results.slice(0, 3).some((id) => ids.includes(id))) top3 += 1;
    }
    expect(Object.keys(set)).toHaveLength(12);
    expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(10);
    expect(top3, misses.join('\n')).toBeGreaterThanOrEqual(11);
  });

  it('tells a match from a guess', () => {
    expect(isCloseMatch(search(wholeIndex, 'phone number to call')[0])).toBe(true);
    expect(isCloseMatch(search(wholeIndex, 'chnage pin')[0])).toBe(true);
    // Only near spellings of the guide's words ("cost" for "lost"), or a word of five.
    expect(isCloseMatch(search(wholeIndex, 'how much does it cost')[0])).toBe(false);
    expect(isCloseMatch(search(wholeIndex, 'best pizza near me')[0])).toBe(false);
    expect(search(wholeIndex, 'weather tomorrow')).toEqual([]);
  });

  it('counts nearly every phrasing of the FAQ set as a match, not a guess', () => {
    const phrasings = JSON.parse(
      readFileSync(join(ROOT, 'test', 'fixtures', 'search-phrasings.json'), 'utf8'),
    ) as Record<string, string[]>;
    const queries = Object.values(phrasings).flat();
    const guesses = queries.filter((query) => !isCloseMatch(search(wholeIndex, query)[0]));
    expect(guesses.length / queries.length, guesses.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

describe('Spanish relevance', () => {
  // The hand-kept list as the build makes it into dist/lexicon.es.txt.
  const spanishLexicon = () =>
    combinedLexicon(parseLexicon(buildHandKeptLexicon('lexicon-extra.es.txt')), NO_LEXICON);

  it('puts the right FAQ first as often in Spanish as in English, with its lexicon', () => {
    const spanish = spanishScore(spanishLexicon());
    const english = builtInScore();
    expect(spanish.total).toBeGreaterThanOrEqual(60);
    expect(spanish.top1 / spanish.total, spanish.misses.join('\n')).toBeGreaterThanOrEqual(
      english.top1 / english.total,
    );
  });

  it('finds nine in ten of a set written after the tuning, never tuned on', () => {
    const heldOut = spanishScore(spanishLexicon(), undefined, 'search-phrasings.es-2.json');
    expect(heldOut.total).toBe(80);
    expect(heldOut.top1 / heldOut.total, heldOut.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it("finds nearly all of them on the guide's words alone", () => {
    const spanish = spanishScore();
    expect(spanish.top1 / spanish.total, spanish.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads words with or without accents, in any of their forms', () => {
    const index = indexFor(spanishGuide());
    const first = (query: string) => search(index, query)[0]?.doc.id;
    expect(first('olvidé mi PIN')).toBe('faq.lost');
    expect(first('olvide mi pin')).toBe('faq.lost');
    expect(first('OLVIDÉ')).toBe('faq.lost');
    expect(first('viajando al extranjero')).toBe('faq.travel');
    expect(first('tarjetas adicionales')).toBe('faq.supplementary');
    expect(queryWords('¿Cómo cambio mi PIN?', NO_LEXICON, SPANISH)).toEqual(['cambio', 'pin']);
  });
});
