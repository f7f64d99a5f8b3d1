// Search on guides nobody tuned: articles imported with `stepwise import` and no editing, asked
// everyday questions. The figures are printed for the closing note and `npm run bench`.
import { describe, expect, it } from 'vitest';
import { lazyLexicon } from '../../source/adapters/lexicon-file.js';
import { builtInScore, importedScore } from '../helpers/relevance.js';

const lexicon = lazyLexicon();

describe('search on guides nobody tuned', () => {
  it('answers nearly every everyday question on imported guides, all within the top three', () => {
    const without = importedScore();
    const score = importedScore(lexicon);
    console.log(
      `imported guides: top-1 ${score.top1}/${score.total}, top-3 ${score.top3}/${score.total} (without the lexicon: ${without.top1}, ${without.top3})`,
    );
    expect(score.total).toBeGreaterThanOrEqual(48);
    expect(score.top1 / score.total, score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(score.top3 / score.total, score.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    // The lexicon is what makes the difference.
    expect(score.top1 - without.top1).toBeGreaterThanOrEqual(3);
  });

  it('loses nothing on the hand-tuned built-in guide: every phrasing first', () => {
    const score = builtInScore(lexicon);
    console.log(`built-in guide: top-1 ${score.top1}/${score.total}, top-3 ${score.top3}/${score.total}`);
    expect(score.misses).toEqual([]);
  });
});
