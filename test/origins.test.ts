import { describe, expect, it } from 'vitest';
import { askedFor } from '../src/retrieval/requirements/asked.js';
import { askedOrigins, comesFrom } from '../src/retrieval/requirements/origins.js';

describe('venues and labs asked for', () => {
  it('reads a venue or lab the papers are asked to come from, and leaves the rest of the query', () => {
    expect(askedOrigins('neurips papers on model merging')).toEqual({ origins: [{ name: 'neurips', kind: 'venue' }], rest: 'papers on model merging' });
    expect(askedOrigins('was it accepted at ICLR 2024?')).toEqual({ origins: [{ name: 'iclr', kind: 'venue' }], rest: 'was it accepted?' });
    expect(askedOrigins('any emnlp paper about dialect robustness').rest).toBe('any paper about dialect robustness');
    expect(askedOrigins('papers on model merging from google')).toEqual({ origins: [{ name: 'google', kind: 'lab' }], rest: 'papers on model merging' });
    expect(askedOrigins("deepmind's work on rlhf")).toEqual({ origins: [{ name: 'deepmind', kind: 'lab' }], rest: 'work on rlhf' });
    expect(askedOrigins('work by microsoft research on phi models').origins).toEqual([{ name: 'microsoft research', kind: 'lab' }]);
  });

  it('leaves a lab or venue word that is not where papers come from', () => {
    for (const q of ['meta learning papers', 'data from google search results', 'apple server model params', 'is this fair to minorities', 'the ACL anthology', 'meta-learning for few-shot tasks']) {
      expect(askedOrigins(q)).toEqual({ origins: [], rest: q });
    }
  });

  it('reads an author asked for by name, and not words that are no name', () => {
    expect(askedOrigins('papers by geoffrey hinton on knowledge distillation')).toEqual({ origins: [{ name: 'geoffrey hinton', kind: 'author' }], rest: 'papers on knowledge distillation' });
    expect(askedOrigins("hinton's work on distillation")).toEqual({ origins: [{ name: 'hinton', kind: 'author' }], rest: 'work on distillation' });
    expect(askedOrigins('anything by percy liang about evaluation?').rest).toBe('anything about evaluation?');
    for (const q of ['papers by the team on rlhf', 'work from other groups on merging', 'papers by humans on art', "the model's work on math"]) {
      expect(askedOrigins(q)).toEqual({ origins: [], rest: q });
    }
  });

  it("reads a venue's year as its edition, not a date to check", () => {
    expect(askedFor('iclr 2024 papers on agents')).toEqual({ years: [], origins: [{ name: 'iclr', kind: 'venue' }], rest: 'papers on agents' });
    expect(askedFor('deepmind papers from 2023 on rlhf')).toEqual({ years: [2023], origins: [{ name: 'deepmind', kind: 'lab' }], rest: 'papers on rlhf' });
  });

  it('says a paper comes from a venue its text names, from a lab its title or authors name, and from its authors', () => {
    const paper = { title: 'Notes on the CVPR 2023 Tutorial', abstract: "We build on Meta's LLaMA.", authors: ['Ada Zebra (Google DeepMind)'] };
    expect(comesFrom(paper, { name: 'cvpr', kind: 'venue' })).toBe(true);
    expect(comesFrom(paper, { name: 'neurips', kind: 'venue' })).toBe(false);
    // Naming a lab's model is not coming from it.
    expect(comesFrom(paper, { name: 'meta', kind: 'lab' })).toBe(false);
    expect(comesFrom(paper, { name: 'google deepmind', kind: 'lab' })).toBe(true);
    expect(comesFrom(paper, { name: 'ada zebra', kind: 'author' })).toBe(true);
    expect(comesFrom(paper, { name: 'zebra', kind: 'author' })).toBe(true);
    expect(comesFrom(paper, { name: 'bo zebra', kind: 'author' })).toBe(false);
  });
});
