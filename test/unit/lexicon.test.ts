import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyLexicon } from '../../source/adapters/lexicon-file.js';
import { parseLexicon } from '../../source/domain/search/lexicon.js';
import {
  buildIndex,
  keywordSuggestions,
  queryWords,
  search,
  stem,
  type SearchDoc,
} from '../../source/domain/search/search.js';

const LEXICON = parseLexicon(
  [
    '# a header line is not an entry',
    // word, everyday words, other synonyms, broader words
    'kid\t\tchild,youngster\tjuvenile',
    'child\tkid\t\tjuvenile',
    'how much\tcost,fee\t\t',
    'cost\thow much,fee\t\t',
    'card\t\ttease\t',
    'fee\tcost\t\t',
    'telephone\tphone\t\t',
    'phone\ttelephone\t\t',
    'reboot\trestart\t\t',
    'restart\treboot\t\t',
  ].join('\n'),
);
const faq = (id: string, title: string, body = ''): SearchDoc => ({
  kind: 'faq',
  id,
  title,
  body,
  keywords: [],
});
const top = (docs: SearchDoc[], query: string) =>
  search(buildIndex(docs), query, { lexicon: LEXICON }).map((result) => result.doc.id);

describe('the lexicon', () => {
  it('reads synonyms before broader words, and phrases', () => {
    expect(LEXICON.related('kid')).toEqual([
      { word: 'child', weight: 0.5 },
      { word: 'youngster', weight: 0.5 },
      { word: 'juvenile', weight: 0.35 },
    ]);
    expect(LEXICON.related('how much').map((related) => related.word)).toEqual(['cost', 'fee']);
    expect(LEXICON.hasPhrase('how much')).toBe(true);
    expect(LEXICON.related('unknown')).toEqual([]);
    expect(LEXICON.related('constructor')).toEqual([]);
  });

  it('is read on the first search, not when it is set up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-lexicon-'));
    const file = join(dir, 'lexicon.txt');
    writeFileSync(file, 'kid\tchild\t\t\n');
    const lazy = lazyLexicon(file);
    rmSync(file);
    // The file was gone by the first search: nothing had been read before it.
    expect(lazy.related('kid')).toEqual([]);
    writeFileSync(file, 'kid\tchild\t\t\n');
    expect(lazyLexicon(file).related('kid')).toEqual([{ word: 'child', weight: 0.5 }]);
  });
});

describe('search through related words', () => {
  const docs = [
    faq('child', 'Does a card for a child cost anything?', 'Cards for children are free.'),
    faq('phone', 'Can I call by phone?', 'Yes, the phone line is open all day.'),
    faq('restart', 'What if the screen freezes?', 'Force a restart.'),
    faq('other', 'What do I need to bring?', 'Proof of address.'),
  ];

  it('finds an answer phrased in other words', () => {
    expect(top(docs, 'kid')[0]).toBe('child');
    expect(top(docs, 'kids')[0]).toBe('child');
    expect(top(docs, 'telephone')[0]).toBe('phone');
    expect(top(docs, 'reboot')[0]).toBe('restart');
    expect(top(docs, 'how much is it')[0]).toBe('child');
    // "smartphone" ends with a word the guide uses.
    expect(top(docs, 'smartphone')[0]).toBe('phone');
  });

  it('ranks a related word below the word itself and below a typo of it', () => {
    const both = [
      faq('synonym', 'Is there a fee?', 'A small fee.'),
      faq('exact', 'What does it cost?', 'It costs little.'),
    ];
    expect(top(both, 'cost')).toEqual(['exact']);
    expect(top([both[0]!, faq('typo', 'Is there a charge?', 'It costs little.')], 'cots')[0]).toBe(
      'typo',
    );
    const scores = search(buildIndex(both), 'how much', { lexicon: LEXICON });
    expect(scores.map((result) => result.doc.id).sort()).toEqual(['exact', 'synonym']);
  });

  it('does not go through the lexicon for a word the guide uses itself', () => {
    const guideWords = [faq('fee', 'Is there a fee?'), faq('cost', 'What does it cost?')];
    expect(top(guideWords, 'fee')).toEqual(['fee']);
  });

  it('reads a known two-word phrase as one word', () => {
    expect(queryWords('how much is a renewal', LEXICON)).toEqual(['how much', 'renewal']);
    expect(queryWords('how much is a renewal')).toEqual(['renewal']);
  });

  it('stems with the Porter stemmer', () => {
    expect(stem('renewal')).toBe(stem('renew'));
    expect(stem('travelling')).toBe(stem('travel'));
    expect(stem('changing')).toBe(stem('change'));
  });
});

describe('keywords an author could add', () => {
  it('suggests everyday words for the question that the FAQ does not use, never rare senses', () => {
    expect(
      keywordSuggestions(
        { question: 'Does a card for a child cost anything?', keywords: [], answer: 'No.' },
        LEXICON,
      ),
    ).toEqual(['kid', 'fee']);
    expect(
      keywordSuggestions({ question: 'Can a kid call?', keywords: ['child'], answer: '' }, LEXICON),
    ).toEqual([]);
  });
});
