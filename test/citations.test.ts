import { describe, expect, it } from 'vitest';
import { checkCitations, type Source } from '../src/answer/citations.js';

const SOURCES: Source[] = [
  { n: 1, title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' },
  { n: 2, title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding' },
  { n: 3, title: 'Deep Residual Learning for Image Recognition', url: 'https://arxiv.org/abs/1512.03385' },
];

const nums = (sources: Source[]): number[] => sources.map((s) => s.n);

describe('checkCitations', () => {
  it('keeps valid citations and lists them in order of first citation', () => {
    const answer = 'Transformers rely on attention [1]. BERT pre-trains them [2], and ResNets [3] use skips [1].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([1, 2, 3]);
    expect(r.cited[0]).toBe(SOURCES[0]);
    expect(r.dropped).toBe(0);
  });

  it('handles lists, adjacent brackets and ranges', () => {
    const answer = 'Both matter [2, 3]. See also [3][1] and [1-2].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([2, 3, 1]);
    expect(r.dropped).toBe(0);

    const en = checkCitations('All three [1–3].', SOURCES);
    expect(en.text).toBe('All three [1–3].');
    expect(nums(en.cited)).toEqual([1, 2, 3]);
  });

  it('rewrites [Source n] to [n]', () => {
    const r = checkCitations('As shown in [Source 2] and [Sources 1, 3].', SOURCES);
    expect(r.text).toBe('As shown in [2] and [1, 3].');
    expect(nums(r.cited)).toEqual([2, 1, 3]);
  });

  it('does not treat (2) as a citation', () => {
    const r = checkCitations('There are two steps (2) and (7).', SOURCES);
    expect(r.text).toBe('There are two steps (2) and (7).');
    expect(r.cited).toEqual([]);
    expect(r.dropped).toBe(0);
  });

  it('removes out-of-range numbers and counts them', () => {
    const r = checkCitations('Attention helps [1, 7]. It was also claimed elsewhere [9]. Fine [4][2].', SOURCES);
    expect(r.text).toBe('Attention helps [1]. It was also claimed elsewhere. Fine [2].');
    expect(nums(r.cited)).toEqual([1, 2]);
    expect(r.dropped).toBe(3);
  });

  it('drops the invalid part of a range', () => {
    const r = checkCitations('Many papers [2-5] agree.', SOURCES);
    expect(r.text).toBe('Many papers [2, 3] agree.');
    expect(r.dropped).toBe(2);
  });

  it('removes an invented bracketed title', () => {
    const r = checkCitations(
      'Sparse attention scales well [Efficient Sparse Attention for Long Documents]. It also helps [1].',
      SOURCES,
    );
    expect(r.text).toBe('Sparse attention scales well. It also helps [1].');
    expect(r.text).not.toContain('Efficient Sparse');
    expect(nums(r.cited)).toEqual([1]);
    expect(r.dropped).toBe(1);
  });

  it('maps a bracketed source title to its number, ignoring case and punctuation', () => {
    const r = checkCitations(
      'Self-attention replaces recurrence [attention is all you need!]. Skips help [Deep Residual Learning, for Image Recognition].',
      SOURCES,
    );
    expect(r.text).toBe('Self-attention replaces recurrence [1]. Skips help [3].');
    expect(nums(r.cited)).toEqual([1, 3]);
    expect(r.dropped).toBe(0);
  });

  it('maps an unambiguous short title before a colon', () => {
    const r = checkCitations('Masked language modelling [BERT] works.', SOURCES);
    expect(r.text).toBe('Masked language modelling [2] works.');
    expect(nums(r.cited)).toEqual([2]);
  });

  it('handles "[Source n: Title]" and mixed lists', () => {
    const r = checkCitations('Attention [Source 1: Attention Is All You Need] and [3; Some Invented Paper Title].', SOURCES);
    expect(r.text).toBe('Attention [1] and [3].');
    expect(nums(r.cited)).toEqual([1, 3]);
    expect(r.dropped).toBe(1);
  });

  it('removes invented titles in markdown links and quoted "see" references', () => {
    const r = checkCitations(
      'Residuals help [3] (see "Very Deep Networks Without Tears"). Also [A Made Up Survey Paper](https://example.com/x).',
      SOURCES,
    );
    expect(r.text).toBe('Residuals help [3]. Also.');
    expect(r.text).not.toMatch(/Tears|Made Up/);
    expect(r.dropped).toBe(2);
  });

  it('maps a quoted source title after "see" to its number', () => {
    const r = checkCitations('Residual connections help (see "Deep Residual Learning for Image Recognition").', SOURCES);
    expect(r.text).toBe('Residual connections help (see [3]).');
    expect(nums(r.cited)).toEqual([3]);
  });

  it('maps a link to a source URL', () => {
    const r = checkCitations('See [the Transformer paper](https://arxiv.org/abs/1706.03762/).', SOURCES);
    expect(r.text).toBe('See the Transformer paper [1].');
    expect(nums(r.cited)).toEqual([1]);
  });

  it('leaves short non-citation brackets and intervals alone', () => {
    const answer =
      'The [CLS] token is pooled; scores lie in [0, 1] and [0.5, 2.0]; Vaswani et al. [2017] predict a [MASK] [2].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([2]);
    expect(r.dropped).toBe(0);
  });

  it('cleans whitespace and punctuation after removals', () => {
    const r = checkCitations(
      '[Some Invented Paper Title Here] Transformers work [8] , and scale [9][10].\nNew line [11]\n- item [12], then [1]',
      SOURCES,
    );
    expect(r.text).toBe('Transformers work, and scale.\nNew line\n- item, then [1]');
    expect(r.dropped).toBe(6);
    expect(nums(r.cited)).toEqual([1]);

    const inner = checkCitations('Deep nets (see [Some Invented Paper Title], [3]) and more [7], as noted.', SOURCES);
    expect(inner.text).toBe('Deep nets ([3]) and more, as noted.');
    expect(inner.dropped).toBe(2);
  });

  it('removes every citation when there are no sources', () => {
    const r = checkCitations('Nothing to cite [1] here [Some Invented Paper Title].', []);
    expect(r.text).toBe('Nothing to cite here.');
    expect(r.cited).toEqual([]);
    expect(r.dropped).toBe(2);
  });

  it('normalises 【1†source】 markers', () => {
    const r = checkCitations('Attention【1†source】 and residuals【3】.', SOURCES);
    expect(r.text).toBe('Attention[1] and residuals[3].');
    expect(nums(r.cited)).toEqual([1, 3]);
  });
});
