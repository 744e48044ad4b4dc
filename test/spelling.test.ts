import { describe, expect, it } from 'vitest';
import { SpellingCorrector, areNeighbourKeys, typingDistance, wordCounts } from '../src/retrieval/query/spelling.js';

const CORPUS = [
  'text detection task based on measurement of emergent abilities, sota audio, stable internal hurt',
  'a task based on text, with measurement of emergent growing abilities; lora and some reuses',
  'lora adapters, some growing models, reuses of data, sota audio, stable internal hurt',
];

describe('typing slips', () => {
  const s = new SpellingCorrector(wordCounts(CORPUS));

  it('fixes a four-letter word typed in lower case with two letters swapped or one left out inside it', () => {
    expect(s.correct('machine-generated tetx detection')).toBe('machine-generated text detection');
    expect(s.correct('peer review bsed evaluation')).toBe('peer review based evaluation');
    expect(s.correct('model merging taks vectors')).toBe('model merging task vectors');
  });

  it('leaves a four-letter word alone when it is written with a capital, a letter was changed (but for a slip from a most frequent word) or one is missing at an end', () => {
    // "sora" is no slip of "sota" or "lora", nor "rome" of "some", nor "udio" of "audio": names.
    expect(s.correct('Sora video generation')).toBe('Sora video generation');
    expect(s.correct('sora video generation')).toBe('sora video generation');
    expect(s.correct('rome dataset')).toBe('rome dataset');
    expect(s.correct('udio music')).toBe('udio music');
  });

  it('fixes a four-letter word one struck key from one of the most frequent words, past its first letter', () => {
    const t = new SpellingCorrector(wordCounts([...Array(60).fill('data for each task and test'), ...Array(20).fill('sota and lora results')]), 100);
    expect(t.correct('language models for tabular daya')).toBe('language models for tabular data');
    expect(t.correct('model merging tadk vectors')).toBe('model merging task vectors');
    expect(t.correct('tesr set contamination')).toBe('test set contamination');
    // "sota" is frequent, not that frequent: "sora" is a name.
    expect(t.correct('sora video generation')).toBe('sora video generation');
    expect(t.correct('Daya')).toBe('Daya');
  });

  it('knows a name the corpus writes only inside a hyphenated word, so it is no slip of another', () => {
    const t = new SpellingCorrector(wordCounts(['mistral and mistral models', 'it beats Mixtral-8x7B and Mistral', 'Mixtral-8x22B too']));
    expect(t.correct('mixtral experts')).toBe('mixtral experts');
    expect(t.correct('mixtrl experts')).toBe('mixtral experts');
  });

  it('reads an English word the corpus writes with a hyphen after its prefix as the corpus writes it, and no other English word', () => {
    const t = new SpellingCorrector(wordCounts(['robust to non-standard spelling', 'a non-trivial semi-automatic method', 'the in-to model, note-book']));
    expect(t.correct('nonstandard spelling')).toBe('non-standard spelling');
    expect(t.correct('a nontrivial, semiautomatic method')).toBe('a non-trivial, semi-automatic method');
    // Not a prefix: the English word stays as typed.
    expect(t.correct('notebook into')).toBe('notebook into');
  });

  it('fixes a slip to a word with the same first letter rather than a more frequent one without it', () => {
    const t = new SpellingCorrector(wordCounts(['pruning and running', 'running, running and pruning']));
    expect(t.correct('prunning llms')).toBe('pruning llms');
  });

  it('leaves a shortening alone: a word of the lexicon of everyday phrasings, and a four-letter word short of its last letters', () => {
    const t = new SpellingCorrector(wordCounts(['params into probe mind', 'params into probe mind']));
    expect(t.correct('hparams for a probe')).toBe('hparams for a probe');
    expect(t.correct('prob of mins')).toBe('prob of mins');
  });

  it('leaves a place or a people alone, though one letter from a word of the papers', () => {
    const t = new SpellingCorrector(wordCounts(['russian and spanish models', 'russian and spanish data']));
    expect(t.correct('small languages spoken in russia')).toBe('small languages spoken in russia');
    expect(t.correct('russain models')).toBe('russian models');
  });

  it('fixes a long word typed with two slips', () => {
    expect(s.correct('emergent abilities messureement')).toBe('emergent abilities measurement');
    expect(s.correct('emergennnt abilities')).toBe('emergent abilities');
  });

  it('leaves a word alone that two changed letters, not slips, make of a corpus word, and a name two slips from one', () => {
    // "grokking" is two letters from "growing" and "recsys" from "reuses", but no finger slips there.
    expect(s.correct('grokking in small transformers')).toBe('grokking in small transformers');
    expect(s.correct('recsys benchmarks')).toBe('recsys benchmarks');
    // A name that adds letters to a word ("stablelm", "internlm"), or a short one ("hubert"), is kept.
    expect(s.correct('stablelm internlm hubert')).toBe('stablelm internlm hubert');
  });
});

describe('British spellings', () => {
  const s = new SpellingCorrector(
    wordCounts([
      'optimization of color models; precise analysis and summarization',
      'optimization and summarization catalogue, color',
      'catalogue of precise behavior summarisation and optimisation',
    ]),
  );

  it('reads a British spelling as the American one the papers use more', () => {
    expect(s.correct('optimisation of colour models')).toBe('optimization of color models');
    expect(s.correct('behaviour of summarisation')).toBe('behavior of summarization');
  });

  it('keeps a spelling the papers use as much as or more than the other, and a word that only looks British', () => {
    expect(s.correct('a catalogue of precise models')).toBe('a catalogue of precise models');
  });
});

describe('typing distance', () => {
  it('counts a letter struck for a neighbouring key as one slip, any other changed letter as two', () => {
    expect(typingDistance('messurement', 'measurement', 2)).toBe(1);
    expect(typingDistance('messureement', 'measurement', 2)).toBe(2);
    expect(typingDistance('grokking', 'growing', 2)).toBe(3);
    expect(typingDistance('tetx', 'text', 2)).toBe(1);
  });

  it('knows which keys are neighbours on a QWERTY keyboard', () => {
    for (const [x, y] of [['a', 's'], ['s', 'w'], ['s', 'e'], ['s', 'z'], ['s', 'x'], ['m', 'n'], ['k', 'm']]) expect(areNeighbourKeys(x!, y!)).toBe(true);
    for (const [x, y] of [['s', 'r'], ['e', 'h'], ['s', 'l'], ['a', 'a'], ['q', 'z']]) expect(areNeighbourKeys(x!, y!)).toBe(false);
  });
});
