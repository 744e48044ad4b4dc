import { describe, expect, it } from 'vitest';
import { shortenings, spelledOut, typedShortenings } from '../src/retrieval/query/shortenings.js';

const lexicon = `# models
large language models: llms | chatbots
# shortenings typed in chat
recommendation: rec | recs
sequential recommendation: seq rec
attention: attn
# ---- ordinary words of the abstracts ----
training: teaching the model`;

describe('shortenings typed in chat', () => {
  it("reads the lexicon's section of them, longest first, and nothing of its other sections", () => {
    expect(shortenings(lexicon).map((s) => [s.typed, s.word])).toEqual([
      ['seq rec', 'sequential recommendation'],
      ['recs', 'recommendation'],
      ['attn', 'attention'],
      ['rec', 'recommendation'],
    ]);
    expect(shortenings('llms: chatbots')).toEqual([]);
  });

  it('finds those a text types as whole words, in any case, with their terms', () => {
    const from = shortenings(lexicon);
    expect(typedShortenings('Multi-task REC models with sparse attn', from).map((t) => [t.shortening.typed, t.terms])).toEqual([
      ['attn', ['attn']],
      ['rec', ['rec']],
    ]);
    expect(typedShortenings('records and recipes, attns', from)).toEqual([]);
    // ... but not a word of chat too: "any recs on lora?" asks for papers.
    expect(typedShortenings('any recs on lora?', from)).toEqual([]);
  });

  it('writes each as the word it stands for, every time it is typed', () => {
    const from = shortenings(lexicon);
    expect(spelledOut('seq rec vs rec: which Rec model?', from.filter((s) => ['seq rec', 'rec'].includes(s.typed)))).toBe(
      'sequential recommendation vs recommendation: which recommendation model?',
    );
  });

  it('lists the shipped lexicon\'s shortenings ("rec", "attn", "params", "seg", "conv")', () => {
    const shipped = new Map(shortenings().map((s) => [s.typed, s.word]));
    expect(shipped.get('rec')).toBe('recommendation');
    expect(shipped.get('attn')).toBe('attention');
    expect(shipped.get('params')).toBe('parameters');
    expect(shipped.get('seg')).toBe('segmentation');
    expect(shipped.get('srl')).toBe('semantic role labeling');
    expect(shipped.get('conv')).toBe('convolutional');
  });
});
