import { describe, expect, it } from 'vitest';
import { wordSimilarity } from '../src/retrieval/titles.js';

describe('word similarity of typed and title words', () => {
  it('scores a typo near 1 and different words low, and at a least similarity asked gives 0 below it', () => {
    expect(wordSimilarity('modles', 'models')).toBeCloseTo(1 - 1 / 6);
    expect(wordSimilarity('modles', 'models', 0.75)).toBeCloseTo(1 - 1 / 6);
    expect(wordSimilarity('models', 'tables')).toBeCloseTo(1 - 4 / 6);
    expect(wordSimilarity('models', 'tables', 0.75)).toBe(0);
    // The same letters in another order are still far apart.
    expect(wordSimilarity('listen', 'silent')).toBeLessThan(0.75);
    expect(wordSimilarity('listen', 'silent', 0.5)).toBe(wordSimilarity('listen', 'silent') >= 0.5 ? wordSimilarity('listen', 'silent') : 0);
    // A word a longer one starts with.
    expect(wordSimilarity('transform', 'transformers')).toBe(0.8);
    expect(wordSimilarity('transform', 'transformers', 0.85)).toBe(0);
  });
});
