import { describe, expect, it } from 'vitest';
import { unmentionedNote } from '../src/answer/unmentioned-note.js';
import { unmentionedNames } from '../src/retrieval/unmentioned.js';

const paper = (abstract: string) => ({ title: 'A Study', abstract });
/** 1,000 papers: the terms listed are used by many of them, every other by none. */
const corpus = (common: string[] = []) => ({ termStats: async (terms: string[]) => terms.map((term) => ({ term, df: common.includes(term) ? 300 : 0 })), papers: 1000 });
const names = (q: string, abstract: string, common: string[] = [], corrected = q) => unmentionedNames(q, corrected, [paper(abstract)], corpus(common));

describe('names a question uses that the cited papers do not mention', () => {
  it('finds a name none of the papers mention', async () => {
    expect(await names('wasnt there a paper testing llms on spanish medical licensing exams', 'A benchmark of Polish medical licensing exams for LLMs.', ['llm'])).toEqual(['spanish']);
    expect(await names('Coq Isabelle theorem proving LLMs', 'We prove theorems in Lean with LLMs.', ['llm'])).toEqual(['coq', 'isabelle']);
  });

  it('counts a name written another way as mentioned', async () => {
    expect(await names('does gpt4 beat humans', 'We compare GPT-4 with people.')).toEqual([]);
    expect(await names('agents on webarena', 'We test agents on Web Arena.')).toEqual([]);
    expect(await names("india's languages", 'Indian languages are covered.')).toEqual([]);
    expect(await names('KaSA adapters', 'We propose KASA, an adaptation method.')).toEqual([]);
    expect(await names('a conditional vae for weights', 'A CVAE generates the weights.')).toEqual([]);
  });

  it('counts a shortened word as mentioned by the words it shortens', async () => {
    expect(await names('nlp for scandinavian langs', 'NLP for Danish and Swedish languages.', ['nlp'])).toEqual(['scandinavian']);
    expect(await names('how many params does it have', 'A model with 3B parameters.')).toEqual([]);
    expect(await names('llm based recsys', 'LLMs as recommender systems.', ['llm'])).toEqual([]);
  });

  it('flags no general English word, field word, typo, everyday phrasing or model size', async () => {
    expect(await names('fine-tuning whisper for speech', 'Speech models.')).toEqual([]);
    expect(await names('llm datasets for nlp', 'Vision.', ['llm', 'dataset', 'nlp'])).toEqual([]);
    expect(await names('a papre on merging', 'Merging models.', [], 'a paper on merging')).toEqual([]);
    expect(await names('a chatbot for law', 'Large language models for law.')).toEqual([]);
    expect(await names('pretraining llama 3 405b', 'Pretraining Llama 3 models.')).toEqual([]);
  });

  it('says so in one sentence', () => {
    expect(unmentionedNote(['spanish'])).toBe('None of the cited papers mention “spanish”.');
    expect(unmentionedNote(['coq', 'isabelle', 'hol'])).toBe('None of the cited papers mention “coq”, “isabelle” or “hol”.');
    expect(unmentionedNote([])).toBe('');
  });
});
