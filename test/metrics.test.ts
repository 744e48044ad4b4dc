import { describe, expect, it } from 'vitest';
import { mean, ndcgAt, percentile, recallAt, rocAuc } from '../src/eval/metrics.js';

describe('eval metrics', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e'];

  it('recall@k is the share of the relevant titles among the first k', () => {
    expect(recallAt(ranked, ['b', 'e', 'x'], 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(ranked, ['b', 'e', 'x'], 5)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(ranked, ['a'], 1)).toBe(1);
    expect(recallAt(ranked, ['x'], 5)).toBe(0);
    expect(recallAt(ranked, [], 5)).toBe(0);
  });

  it('nDCG@k matches a hand-computed example', () => {
    // Relevant at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5) = 0.6309298 + 0.4306766 = 1.0616063;
    // ideal (both at the top) = 1 + 1/log2(3) = 1.6309298; nDCG = 0.6509209.
    expect(ndcgAt(ranked, ['b', 'd'], 4)).toBeCloseTo(0.6509209, 6);
    expect(ndcgAt(['b', 'd', 'a'], ['b', 'd'], 4)).toBe(1);
    // Three relevant titles but k = 2: the ideal counts two; one hit at rank 1 gives 1 / 1.6309298.
    expect(ndcgAt(['b', 'a'], ['b', 'd', 'e'], 2)).toBeCloseTo(0.6131472, 6);
    // A relevant title past k counts for nothing.
    expect(ndcgAt(ranked, ['e'], 4)).toBe(0);
    expect(ndcgAt(ranked, [], 4)).toBe(0);
  });

  it('ROC AUC is the chance a positive scores above a negative, ties counting half', () => {
    // Pairs (p, n): 0.9 beats all three; 0.5 beats 0.1 and ties 0.5 (1.5); 0.2 beats 0.1 (1): 5.5 of 9.
    expect(rocAuc([0.9, 0.5, 0.2], [0.5, 0.1, 0.7])).toBeCloseTo(5.5 / 9, 12);
    expect(rocAuc([2, 3], [0, 1])).toBe(1);
    expect(rocAuc([0, 1], [2, 3])).toBe(0);
    expect(rocAuc([1], [])).toBe(0);
  });

  it('mean and nearest-rank percentile', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBe(0);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(percentile([], 50)).toBe(0);
  });
});
