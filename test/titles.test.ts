import { describe, expect, it } from 'vitest';
import { TitleIndex, wordSimilarity } from '../src/retrieval/titles.js';

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

describe('title lookup with the typed lookup already made', () => {
  const titles = new TitleIndex([
    { id: 'a', title: 'Beam Decoding with Controlled Patience' },
    { id: 'b', title: 'Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models' },
  ]);

  it('reads past a word the corpus lacks from the typed lookup given, without making it again', () => {
    const typed = titles.lookup('beam decoding patience vijayakumar');
    expect(typed.resolved).toBeNull();
    const corpusWords = new Set(['beam', 'decoding', 'patience']);
    expect(titles.lookup('beam decoding patience vijayakumar', { corpusWords, typed }).resolved?.id).toBe('a');
    // The lookup given is the one returned when it resolved.
    const given = { resolved: { id: 'b', title: 'Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models', score: 1 }, candidates: [] };
    expect(titles.lookup('beam decoding with controlled patience', { typed: given })).toBe(given);
  });
});

describe('titles by the words they open with', () => {
  const index = new TitleIndex([
    { id: 'a', title: 'Less is More: Summarizing Patch Tokens' },
    { id: 'b', title: 'Less Is More -- Fewer Examples for Instruction Tuning' },
    { id: 'c', title: 'Selective Attention: Enhancing Transformer through Principled Context Control' },
    { id: 'd', title: 'Harnessing Diversity for Important Data Selection' },
  ]);

  it('finds every title whose head, before a colon or a dash, is the words given, whatever their case', () => {
    expect(index.opening('less is more').map((e) => e.id)).toEqual(['a', 'b']);
    expect(index.opening('Selective Attention').map((e) => e.id)).toEqual(['c']);
  });

  it('finds no title for words only inside a title or only part of its head', () => {
    expect(index.opening('data selection')).toEqual([]);
    expect(index.opening('selective')).toEqual([]);
  });
});
