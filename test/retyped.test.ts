import { describe, expect, it } from 'vitest';
import type { EvalItem } from '../src/eval/dataset.js';
import { acronymQuestions, readingQuestions, typingSlipQuestions } from '../src/eval/retyped.js';

const paper: EvalItem = { kind: 'paper', question: 'hallucination in vision-language models', relevant: ['A'] };
const items: EvalItem[] = [
  paper,
  { kind: 'topic', question: 'reinforcement learning for reasoning', relevant: ['B', 'C'] },
  { kind: 'unanswerable', question: 'reinforcement learning for chess engines' },
];

describe('questions retyped for the eval', () => {
  it('types a term the lexicon has an acronym for as the acronym, in answerable questions only', () => {
    expect(acronymQuestions(items).map((q) => q.retyped)).toEqual(['hallucination in vlm', 'rl for reasoning']);
  });

  it('asks for each short answerable question as five kinds of reading, taking turns through them', () => {
    const asked = readingQuestions(items);
    expect(asked.map((q) => q.question)).toEqual([...Array(5).fill(paper.question), ...Array(5).fill('reinforcement learning for reasoning')]);
    expect(asked.slice(0, 3).map((q) => q.retyped)).toEqual([
      'hallucination in vision-language models for dummies',
      'explain hallucination in vision-language models like im five',
      'pros and cons of hallucination in vision-language models',
    ]);
    expect(asked[5]!.retyped).toBe('is reinforcement learning for reasoning dead?');
  });

  it('types each word of four letters or more with a slip, and each of eight or more also with two', () => {
    const words = paper.question.split(' ');
    const slipped = typingSlipQuestions([paper]).map((q) => q.retyped.split(' '));
    // "hallucination" once with one slip and once with two, "models" with one; "in" is short, "vision-language" not letters only.
    expect(slipped.map((ws) => ws.filter((w, i) => w !== words[i]))).toEqual([['hallucniation'], ['halucniation'], ['modrls']]);
  });
});
