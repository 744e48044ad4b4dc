import { describe, expect, it } from 'vitest';
import { unmentionedLanguages } from '../src/retrieval/requirements/languages-asked.js';

const taskmaster = { title: 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset', abstract: 'A corpus of English task-based dialogs collected in a Wizard of Oz setup.' };

describe('languages a question asks its paper to work on', () => {
  it('names the language asked that the paper names in none of its words, English aside', () => {
    expect(unmentionedLanguages('is there a wizard-of-oz style task dialog dataset in japanese? like taskmaster but not english', taskmaster)).toEqual(['japanese']);
    expect(unmentionedLanguages('a wizard-of-oz dialog dataset in english?', taskmaster)).toEqual([]);
    expect(unmentionedLanguages('a dialog dataset in japanese?', { ...taskmaster, abstract: 'Dialogs collected in Japan.' })).toEqual([]);
    expect(unmentionedLanguages('any finno-ugric llms, for võro maybe?', { title: 'LLMs for Finno-Ugric Languages', abstract: 'We train models for Võro and Livonian.' })).toEqual([]);
  });

  it('reads a language only in the sentence that asks, and any one of languages listed', () => {
    expect(unmentionedLanguages('We speak Japanese at work. Is there a wizard-of-oz task dialog dataset?', taskmaster)).toEqual([]);
    expect(unmentionedLanguages('a dialog dataset in japanese, korean or english?', taskmaster)).toEqual([]);
    expect(unmentionedLanguages('a dialog dataset in japanese or korean?', taskmaster)).toEqual(['japanese', 'korean']);
    // English named elsewhere in the sentence is not one of the languages listed.
    expect(unmentionedLanguages('a dialog dataset in japanese or korean, with english translations?', taskmaster)).toEqual(['japanese', 'korean']);
    expect(unmentionedLanguages('is translating everything to english better than native models for japanese or korean?', taskmaster)).toEqual(['japanese', 'korean']);
  });
});
