// Search figures: index build time and per-keystroke latency at 100 and 10,000 FAQs, typing
// realistic queries letter by letter. Bundled and run by run.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import {
  buildIndex,
  guideDocs,
  search,
  type WordCache,
} from '../../source/domain/search/search.js';
import type { Guide } from '../../source/domain/guide/guide.js';
import { combinedLexicon, parseLexicon } from '../../source/domain/search/lexicon.js';
import {
  builtInScore,
  importedScore,
  spanishScore,
  wholeGuideScore,
} from '../helpers/relevance.js';

const QUERIES = [
  'how do i reset my pin online',
  'chnage pin',
  'lost my pin what now',
  'suplementary card pin',
  'can i get my pin by text message',
  'pin for travel abroad',
  'mobile app view pin',
  'activate new card',
  'online shopping security code',
  'custom pin choose my own',
];

// A small seeded generator, so every run measures the same guide.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticGuide(size: number, seedText: string): Guide {
  const next = random(size);
  const base = [...new Set(seedText.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  // Real words from the guide plus made-up ones, so the vocabulary grows with the FAQ count.
  const made = Array.from({ length: Math.max(size / 2, 50) }, (_, i) => {
    const syllables = [
      'ka',
      'lo',
      'mer',
      'tin',
      'sa',
      'vor',
      'pel',
      'dri',
      'zu',
      'nam',
      'quel',
      'bro',
    ];
    return Array.from(
      { length: 2 + (i % 3) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join('');
  });
  const words = [...base, ...made];
  const pick = () => words[Math.floor(next() * words.length)] ?? 'pin';
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const faqs = Array.from({ length: size }, (_, i) => {
    const question = `How do I ${pick()} my ${pick()} ${pick()} for ${pick()}?`;
    return `### ${question}\n<!-- {id: faq.n${i}, keywords: [${pick()}, ${pick()}]} -->\n\n${sentence(18)}. ${sentence(14)}.\n`;
  });
  const text = `---\nid: synthetic\ntitle: Synthetic\n---\n## Steps\n### One\n\nText.\n\n## FAQ\n\n${faqs.join('\n')}`;
  const { guide, problems } = parseGuide(text);
  if (!guide)
    throw new Error(`synthetic guide does not parse: ${JSON.stringify(problems.slice(0, 3))}`);
  return guide;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

export function runSearchBench(root: string): void {
  const seedText = readFileSync(join(root, 'content', 'amex-pin.md'), 'utf8');
  // The lexicon as the app reads it, on the first search: its load is measured on its own.
  const loadStarted = performance.now();
  const lexicon = parseLexicon(readFileSync(join(root, 'dist', 'lexicon.txt'), 'utf8'));
  lexicon.related('telephone');
  const lexiconLoad = performance.now() - loadStarted;
  const lexiconBytes = readFileSync(join(root, 'dist', 'lexicon.txt')).length;
  console.log(
    `lexicon            ${(lexiconBytes / 1024).toFixed(0)} KB in the package, read and split on the first search in ${lexiconLoad.toFixed(1)} ms`,
  );
  // Spanish reads its hand-kept list first, then the English lexicon, as the app does.
  const spanish = combinedLexicon(
    parseLexicon(readFileSync(join(root, 'dist', 'lexicon.es.txt'), 'utf8')),
    lexicon,
  );
  for (const [name, score] of [
    ['built-in guide', builtInScore(lexicon, root)],
    ['built-in guide, Spanish', spanishScore(spanish, root)],
    ['built-in guide, Spanish, no lexicon', spanishScore(undefined, root)],
    [
      'built-in guide, Spanish held-out set',
      spanishScore(spanish, root, 'search-phrasings.es-2.json'),
    ],
    ['built-in guide, whole guide', wholeGuideScore(lexicon, root)],
    ['imported guides', importedScore(lexicon, root)],
    ['imported guides, no lexicon', importedScore(undefined, root)],
  ] as const) {
    console.log(
      `relevance          ${name.padEnd(36)} top-1 ${score.top1}/${score.total} (${Math.round((score.top1 / score.total) * 100)}%)   top-3 ${score.top3}/${score.total} (${Math.round((score.top3 / score.total) * 100)}%)`,
    );
  }
  for (const size of [100, 10_000]) {
    const guide = syntheticGuide(size, seedText);
    const docs = guideDocs(guide);
    const builds: number[] = [];
    let index = buildIndex(docs);
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      index = buildIndex(docs);
      builds.push(performance.now() - started);
    }
    const keystrokes: number[] = [];
    for (const query of QUERIES) {
      // One word cache per typed query, as one search box session has.
      const cache: WordCache = new Map();
      for (let length = 1; length <= query.length; length += 1) {
        const started = performance.now();
        search(index, query.slice(0, length), { limit: 50, lexicon }, cache);
        keystrokes.push(performance.now() - started);
      }
    }
    console.log(
      `FAQ search at ${size.toLocaleString('en')} FAQs (${index.terms.length.toLocaleString('en')} distinct words), lexicon on`,
    );
    console.log(
      `  index build      median ${percentile(builds, 0.5).toFixed(1)} ms   (target <= 500 ms at 10,000)`,
    );
    console.log(
      `  per keystroke    p50 ${percentile(keystrokes, 0.5).toFixed(2)} ms   p95 ${percentile(keystrokes, 0.95).toFixed(2)} ms   max ${Math.max(...keystrokes).toFixed(1)} ms   (${keystrokes.length} keystrokes; target p95 <= 16 ms)`,
    );
  }
}
