import { describe, expect, it } from 'vitest';
import { FieldLexicon, findPhrasings, isFieldTerm, namedLanguages, termsText, typedFieldTerms } from '../src/retrieval/query/field-terms.js';
import { FIELD_TERMS_LEXICON } from '../src/retrieval/query/field-terms-lexicon.js';
import { tokenize } from '../src/retrieval/text.js';

const LEXICON = new FieldLexicon(`
# a comment
large language model: chatbot | text generator | ai assistant
video: clips | footage | video clips
speech: spoken audio | voice
speech recognition: turning spoken audio into text
`);

const added = (query: string): string => termsText(findPhrasings(query, LEXICON));

describe('field terms', () => {
  it("gives the field's term for each plain phrasing a query holds, each once", () => {
    expect(added('can a chatbot summarise clips?')).toBe('large language model video');
    expect(added('Text Generators that describe footage and clips')).toBe('large language model video');
    // "gen" is short for generation, as "perf" for performance.
    expect(findPhrasings('code gen perf').flatMap((f) => f.terms)).toEqual(expect.arrayContaining(['generation', 'performance']));
  });

  it('matches the longest phrasing, and a phrasing inside it adds nothing more', () => {
    expect(added('turning spoken audio into text for meetings')).toBe('speech recognition');
    expect(added('spoken audio in meetings')).toBe('speech');
  });

  it('adds nothing for a query that already uses the term, or holds no phrasing', () => {
    expect(added('video clips of cooking')).toBe('');
    expect(findPhrasings('beam search decoding', LEXICON)).toEqual([]);
  });

  it('leaves out a phrasing of several words that only one ordinary word is left of once tokenized', () => {
    const lexicon = new FieldLexicon('training data: what it was trained on | examples it learned from');
    expect(termsText(findPhrasings('models trained on the web', lexicon))).toBe('');
    expect(termsText(findPhrasings('the examples it learned from', lexicon))).toBe('training data');
  });

  it('matches a word whose stem changes its last letters ("key" is "kei", "using" is "us")', () => {
    const lexicon = new FieldLexicon('keyword: key terms\ntool use: using plugins');
    expect(termsText(findPhrasings('the key terms of a text', lexicon))).toBe('keyword');
    expect(termsText(findPhrasings('models using plugins', lexicon))).toBe('tool use');
  });

  it('finds a phrasing that starts with a word tokenizing leaves out, and none inside a term', () => {
    const lexicon = new FieldLexicon('summary: the main gist | a short version\nvideo game: gameplay clips');
    expect(termsText(findPhrasings('just give me the main gist', lexicon))).toBe('summary');
    expect(termsText(findPhrasings('a short version of it', lexicon))).toBe('summary');
    expect(termsText(findPhrasings('game', lexicon))).toBe('');
  });

  it("tells the field's terms from ordinary words of the abstracts", () => {
    const [chatbot] = findPhrasings('how many chatbots');
    expect(chatbot!.fieldTerms.length).toBeGreaterThan(0);
    expect(chatbot!.fieldTerms.every((t) => chatbot!.terms.includes(t))).toBe(true);
    expect(findPhrasings('training episodes').find((f) => f.tokens.includes('episod'))).toMatchObject({ terms: ['experiences'], fieldTerms: [] });
  });

  it("tells a word that is a term of the field on its own from one that only phrases terms", () => {
    const lexicon = new FieldLexicon('merging: combining | fusing\nmodel merging: combining models\n# ---- ordinary words of the abstracts ----\nmixing: merging | blending\n');
    expect(lexicon.isTerm('merg')).toBe(true);
    expect(lexicon.isTerm('mix')).toBe(false);
    expect(lexicon.isTerm('model')).toBe(false);
    expect(isFieldTerm('merg')).toBe(true);
    expect(isFieldTerm(tokenize('chatbot')[0]!)).toBe(false);
  });

  it('finds the terms of the field of several words a query types, longest first', () => {
    const lexicon = new FieldLexicon('object detection: finding objects\nspeech recognition: turning speech into text\nautomatic speech recognition: asr\n# ---- ordinary words of the abstracts ----\nclass incremental: step by step\n');
    expect(typedFieldTerms('class-incremental object detection', lexicon)).toEqual([['object', 'detect']]);
    expect(typedFieldTerms('automatic speech recognition for code-switched speech', lexicon)).toEqual([['automat', 'speech', 'recognit']]);
    expect(typedFieldTerms('detection of objects', lexicon)).toEqual([]);
  });

  it('tells which words of the query each phrasing matched', () => {
    expect(findPhrasings('an ai assistant for footage', LEXICON).map((f) => f.tokens)).toEqual([['ai', 'assist'], ['footag']]);
  });

  it('reads a word of English typed in capitals among lower-case words as a name, not as the everyday word it spells', () => {
    expect(added('how was CLIP trained')).toBe('');
    expect(added('which clips does it caption')).toBe('video');
    // Typed all in capitals, a question's words are its words; an acronym is no word of English.
    expect(added('WHICH CLIPS DOES IT CAPTION')).toBe('video');
    expect(findPhrasings('an LM that runs on phones').flatMap((f) => f.terms)).toContain('language model');
  });

  it('reads shortenings of the shipped lexicon ("ffn": feed-forward)', () => {
    expect(findPhrasings('language-specific ffn neurons').flatMap((f) => f.terms)).toContain('feed-forward');
    expect(findPhrasings('mcq prompting with invalid choices').flatMap((f) => f.terms)).toContain('multiple-choice');
    expect(findPhrasings('kv cache eviction').flatMap((f) => f.terms)).toContain('key-value');
    expect(findPhrasings('how many ndcg pts does it beat it by').flatMap((f) => f.terms)).toContain('points');
    expect(findPhrasings('what acc did they get').flatMap((f) => f.terms)).toContain('accuracy');
    expect(findPhrasings('avg f1 on injongo').flatMap((f) => f.terms)).toContain('average');
    expect(findPhrasings('how many gpu hrs').flatMap((f) => f.terms)).toContain('hours');
    expect(findPhrasings('what frac of demos').flatMap((f) => f.terms)).toContain('fraction');
    expect(findPhrasings('llms for seq rec and cold start').flatMap((f) => f.terms)).toContain('sequential recommendation');
  });

  it('reads the everyday words of the shipped lexicon for attention heads, how text is split into tokens, hallucination and more', () => {
    for (const [query, term] of [
      ['only a tiny fraction of the parallel attention units inside a transformer fetch facts', 'attention heads'],
      ['how text gets chopped into subword pieces, and the size of that piece inventory', 'tokenization'],
      ['how text gets chopped into subword pieces, and the size of that piece inventory', 'vocabulary'],
      ["the sub-units inside a transformer's token-mixing layers", 'attention mechanism'],
      // ... and for hallucination, forgetting, hypernetworks, voting and more.
      ['captioning models making up unsupported content', 'hallucination'],
      ['models losing abilities they already had when trained further', 'catastrophic forgetting'],
      ['a network that outputs weights for another one', 'hypernetwork'],
      ['ask it many times and go with the most common answer', 'majority voting'],
      ['small bottleneck modules inserted into a pretrained encoder', 'adapters'],
      ['the prompt only contains solved examples from other tasks', 'demonstrations'],
      ['a technique that throws away the least informative pieces of a long input', 'removing'],
      ['models misled by unhelpful passages placed in their input', 'irrelevant context'],
      ['how well models do on tasks as they get bigger, or where size trends break down', 'scaling'],
      ['llms thrown off by junk in their context vs what they already know', 'irrelevant'],
      ['llms thrown off by junk in their context vs what they already know', 'parametric knowledge'],
      ['one model that picks solved examples for every task instead of a separate example-picker per task', 'retriever'],
      ['is hiding a single fact in a mountain of filler text a good test of long inputs?', 'needle-in-a-haystack'],
      ['follow-up work on the toughest subset of those tasks', 'challenging'],
      ['chat models for minority tongues', 'low-resource languages'],
      ['has anyone just slapped lora on clip for few-shot classification?', 'applied'],
      ['has anyone tried dpo for a german chat model?', 'llm'],
      ['a single model that takes a headshot and predicts age and head orientation', 'facial'],
      ['training a neural scene representation live on a robot', 'neural radiance fields'],
      ['an encoder for a group of sister languages', 'language families'],
    ] as const) {
      expect(findPhrasings(query).flatMap((f) => f.terms), query).toContain(term);
    }
  });

  it('reads no language as an everyday word of the shipped lexicon ("germane", "polish" stem as German and Polish)', () => {
    const terms = (q: string) => findPhrasings(q).flatMap((f) => f.terms);
    expect(terms('german court rulings')).not.toContain('relevant');
    expect(terms('polish news articles')).not.toContain('refine');
    expect(terms('polish news articles')).not.toContain('post-training');
  });

  it('reads a place or a people as the language it names where the query speaks of a language ("spoken in Warsaw": polish), nowhere else', () => {
    const warsaw = findPhrasings('models for the main language spoken in Warsaw');
    expect(namedLanguages(warsaw)).toEqual(['polish']);
    // The words that speak of the language are of the phrasing: a paper on Polish holds them.
    expect(warsaw.find((f) => f.place)?.tokens).toEqual([...tokenize('language spoken'), 'warsaw']);
    expect(namedLanguages(findPhrasings('a benchmark in the language of Romania and Moldova'))).toEqual(['romanian']);
    expect(namedLanguages(findPhrasings('any llm work on predicting court judgments for indian legal cases?'))).toEqual([]);
    expect(namedLanguages(findPhrasings('paper that uses rome to edit one fact inside a language model'))).toEqual([]);
    // A language the query names already is not added again.
    expect(namedLanguages(findPhrasings('polish language models from warsaw'))).toEqual([]);
  });

  it('finds every phrasing of the shipped lexicon, which is lower-case text of `term: phrasing | phrasing` lines', () => {
    const lexicon = new FieldLexicon(FIELD_TERMS_LEXICON);
    let checked = 0;
    for (const line of FIELD_TERMS_LEXICON.split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      expect(line).toMatch(/^[a-z0-9][^:|A-Z]*: [^:A-Z]+( \| [^:|A-Z]+)*$/);
      const [term, phrasings] = line.split(': ');
      for (const phrasing of phrasings!.split(' | ')) {
        const tokens = tokenize(phrasing);
        if (tokens.length === 0 || (tokens.length === 1 && phrasing.split(' ').length > 1)) continue;
        const found = lexicon.startingWith(tokens[0]!).find((p) => p.tokens.join(' ') === tokens.join(' '));
        expect(found?.terms, `${term}: ${phrasing}`).toContain(term);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
