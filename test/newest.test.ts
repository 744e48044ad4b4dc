import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForNewest, contributionSentence } from '../src/answer/newest.js';
import { type Paper, newestFirst } from '../src/corpus/paper.js';
import { readEvalSet } from '../src/eval/dataset.js';
import { CORPUS } from './helpers/index.js';

describe('questions asking for the newest papers', () => {
  it('are told from questions about a topic', () => {
    for (const q of ["what's new this week?", 'any recent papers?', 'anything new?', 'whats trending', 'papers from this week', 'show me the latest arxiv preprints', 'what came out today']) {
      expect(asksForNewest(q), q).toBe(true);
    }
    for (const q of ['latest papers on llm agents', 'new methods for quantization', "what's new in diffusion models", 'new benchmarks', 'what is new about lora', 'papers']) {
      expect(asksForNewest(q), q).toBe(false);
    }
  });

  it('are none of the questions of the development sets nor of the bundled descriptions, which each name a topic', async () => {
    const questions: string[] = [];
    for (const set of ['dev', 'tune-users', 'holdout-users']) {
      questions.push(...(await readEvalSet(`eval/${set}.jsonl`)).flatMap((item) => ('question' in item ? [item.question] : [])));
    }
    const descriptions = (await readFile(path.join(CORPUS, 'papers.descriptions.jsonl'), 'utf8')).trim().split('\n');
    for (const line of descriptions) questions.push(...(JSON.parse(line) as { questions: string[] }).questions);
    expect(questions.length).toBeGreaterThan(5000);
    expect(questions.filter(asksForNewest)).toEqual([]);
  });
});

describe('the newest papers', () => {
  const paper = (title: string, published?: string): Paper => ({
    id: title.toLowerCase(),
    title,
    abstract: `Models are big. In this paper, we introduce ${title}, a method. Code is at https://github.com/x/y.`,
    addedAt: '2026-01-01T00:00:00Z',
    sources: ['test'],
    ...(published ? { published } : {}),
  });

  it('are the latest by publication date, papers without one left out', () => {
    const papers = [paper('B', '2026-06-17'), paper('Undated'), paper('C', '2026-06-18'), paper('A', '2026-06-18'), paper('Old', '2025-01-01')];
    expect(newestFirst(papers, 3).map((p) => p.title)).toEqual(['A', 'C', 'B']);
    expect(newestFirst([paper('Undated')], 3)).toEqual([]);
  });

  it('are each said in the sentence that says what the paper does', () => {
    expect(contributionSentence(paper('Zeta'))).toBe('In this paper, we introduce Zeta, a method.');
    expect(contributionSentence({ abstract: 'Models are big. They are slow.' })).toBe('Models are big.');
  });
});
