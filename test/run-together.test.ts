import { describe, expect, it } from 'vitest';
import { bestCut, bothLong, joinedByTwo, joinedByTwoCandidates, runTogetherCandidates, typedWithAcronym, writesSideBySide } from '../src/retrieval/query/run-together.js';
import { tokenize } from '../src/retrieval/text.js';

/** Paper counts of stems: those listed, every other none. */
const df = (used: Record<string, number>) => (stem: string) => used[stem] ?? 0;

describe('two words typed run together', () => {
  it('considers long words that are not general English', () => {
    expect(runTogetherCandidates('language models for tabulardata, anythingon astronomy')).toEqual(['tabulardata', 'anythingon']);
    expect(runTogetherCandidates('transformers for translation of 2024 texts')).toEqual([]);
  });

  it('reads two words joined by a "2" as two, and nothing else with a 2 in it', () => {
    expect(joinedByTwoCandidates('an open Text2Image model, like seq2seq ones, not gpt2 or a2z')).toEqual(['text2image', 'seq2seq']);
    expect(joinedByTwo('text2image')).toEqual(['text', 'image']);
    expect(joinedByTwo('speech2text')).toEqual(['speech', 'text']);
    for (const w of ['gpt2', 'a2z', 'l2norm', 'text22image']) expect(joinedByTwo(w), w).toBeUndefined();
  });

  it('cuts a word into two the corpus uses, or a stopword, the rarer side used most', () => {
    expect(bestCut('tabulardata', df({ tabular: 1, data: 300 }))).toEqual(['tabular', 'data']);
    expect(bestCut('paperson', df({}))).toEqual(['papers', 'on']);
    expect(bestCut('mentalhealth', df({ mental: 4, health: 6, men: 2, talhealth: 0 }))).toEqual(['mental', 'health']);
    // A side the corpus never uses makes no cut.
    expect(bestCut('quokkaline', df({ line: 50 }))).toBeUndefined();
  });

  it('takes a split as meant only where a text writes its two words side by side', () => {
    expect(writesSideBySide('Language models read tabular data well.', ['tabular', 'data'])).toBe(true);
    expect(writesSideBySide('An intent detection dataset for 16 languages.', ['intent', 'dataset'])).toBe(true);
    expect(writesSideBySide('Data that is tabular, seen in many tables.', ['tabular', 'data'])).toBe(true);
    // "human" and "eval" both appear, apart: HumanEval is a name, not human evals.
    expect(writesSideBySide('auto-eval metrics and human templates for evaluation', ['human', 'eval'])).toBe(false);
    expect(writesSideBySide('Anything goes.', ['anything', 'on'])).toBe(true);
    expect(tokenize('on')).toEqual([]);
  });

  it('takes two long words run together as two, and not a name joining a short word to another', () => {
    expect(bothLong(['haystack', 'evaluation'])).toBe(true);
    expect(bothLong(['embedding', 'analysis'])).toBe(true);
    for (const cut of [['human', 'eval'], ['web', 'arena'], ['hugging', 'face'], ['tabular', 'data']] as const) expect(bothLong(cut), cut.join('')).toBe(false);
  });

  it('takes a word typed run together with an acronym as two, not a name written like one', () => {
    expect(typedWithAcronym('telecomLLMs for networks', 'telecomllms', ['telecom', 'llms'])).toBe(true);
    expect(typedWithAcronym('any LLMpruning work', 'llmpruning', ['llm', 'pruning'])).toBe(true);
    for (const [text, cut] of [
      ['codex on HumanEval', ['human', 'eval']],
      ['BioBERT embeddings', ['bio', 'bert']],
      ['BERTScore metric', ['bert', 'score']],
      ['codex on humaneval', ['human', 'eval']],
    ] as const) {
      expect(typedWithAcronym(text, text.split(' ').find((w) => w.toLowerCase() === cut.join(''))!.toLowerCase(), cut), text).toBe(false);
    }
  });
});
