import { describe, expect, it } from 'vitest';
import { readEvalSet } from '../src/eval/dataset.js';
import { twoRequestQuestions } from '../src/eval/two-requests.js';
import { comparedSides, queryParts, quotedSpans, titleCased, unwrittenTitles, withoutExamples } from '../src/retrieval/query/query-parts.js';

describe('the separate requests of a query', () => {
  it('splits requests the user marks as separate, in every usual way of marking them', () => {
    expect(queryParts("I'm looking for work on diverse beam search decoding. Also, any papers on medical exam benchmarks for LLMs?")).toEqual([
      "I'm looking for work on diverse beam search decoding.",
      'any papers on medical exam benchmarks for LLMs?',
    ]);
    expect(queryParts('Two things: which papers merge fine-tuned models with task vectors, and is there anything on decoder-only LLMs for speech translation?')).toEqual([
      'which papers merge fine-tuned models with task vectors',
      'is there anything on decoder-only LLMs for speech translation?',
    ]);
    expect(queryParts('papers on model merging? also anything on speech translation with llms')).toEqual(['papers on model merging?', 'anything on speech translation with llms']);
    // A request may name what it is about in one word that is a name.
    expect(queryParts('papers on model merging? Also, lmql paper link anyone?')).toEqual(['papers on model merging?', 'lmql paper link anyone?']);
    expect(queryParts('lmql paper link anyone? Also, papers on model merging?')).toEqual(['lmql paper link anyone?', 'papers on model merging?']);
    expect(queryParts('papers on model merging? Also, anyone know kasa?')).toEqual(['papers on model merging?', 'anyone know kasa?']);
    expect(queryParts('papers on model merging. separately: sign language translation papers')).toEqual(['papers on model merging.', 'sign language translation papers']);
    expect(queryParts('face analysis foundation models Another question: robot learning from many embodiments')).toEqual([
      'face analysis foundation models',
      'robot learning from many embodiments',
    ]);
    // "What about" another topic, in a sentence of its own.
    expect(queryParts('any papers on model merging? what about speech translation with llms?')).toEqual(['any papers on model merging?', 'speech translation with llms?']);
    expect(queryParts('papers on model merging. How about medical exam benchmarks?')).toEqual(['papers on model merging.', 'medical exam benchmarks?']);
    expect(queryParts('two questions: 1) model merging with task vectors 2) medical exam benchmarks (3) sign language translation')).toEqual([
      'model merging with task vectors',
      'medical exam benchmarks',
      'sign language translation',
    ]);
  });

  it('keeps a request that says too little to be searched alone, or points back, with the one before it', () => {
    expect(queryParts('Is there work on machine unlearning for multimodal models? Also, how fast is it?')).toEqual([]);
    expect(queryParts('Separately: what is KaSA? Also what about it?')).toEqual([]);
    expect(queryParts('papers on model merging? Also, merging?')).toEqual([]);
    expect(queryParts('Is there a paper on model merging with task vectors? Also, is the code for it on github?')).toEqual([]);
    expect(queryParts('papers on speculative decoding? also which of those use a draft model')).toEqual([]);
    // "What about" the same topic, narrowed, or what was named.
    expect(queryParts('any papers on model merging? what about for speech models specifically?')).toEqual([]);
    expect(queryParts('any papers on model merging? what about ones without task vectors?')).toEqual([]);
    expect(queryParts('papers on kv cache compression. how about its latency on long inputs?')).toEqual([]);
    // "the two": the things named before, counted.
    expect(queryParts('Do deep networks beat gradient-boosted trees on tabular data, and is there a benchmark that compares the two fairly?')).toEqual([]);
    expect(queryParts('papers on two-tower retrievers, and is there a benchmark of the two-tower models for recommendation?')).toEqual([
      'papers on two-tower retrievers',
      'is there a benchmark of the two-tower models for recommendation?',
    ]);
    // A clause of the same sentence that points back stays, however much it says; a sentence that does may stand alone.
    expect(
      queryParts("Are audio-language models fooled by auditory illusions such as endlessly rising tones, and is there a benchmark measuring how their perception differs from humans'?"),
    ).toEqual([]);
    expect(queryParts('Which papers benchmark dialogue agents on word games? Also, does the sheer scale of a chatbot explain how well it performs in self-play?')).toEqual([
      'Which papers benchmark dialogue agents on word games?',
      'does the sheer scale of a chatbot explain how well it performs in self-play?',
    ]);
    // "A lighter version" is one of what was named, however much else it says; "a smaller version of BERT" names its own.
    expect(queryParts('How many probing studies went into the Holmes benchmark, and is there a lighter version to cut compute?')).toEqual([]);
    expect(queryParts('any papers on diverse beam search? and is there a faster variant for long outputs?')).toEqual([]);
    expect(queryParts('Which papers benchmark linguistic probing of language models? Also, is there a smaller version of BERT that runs on phones?')).toEqual([
      'Which papers benchmark linguistic probing of language models?',
      'is there a smaller version of BERT that runs on phones?',
    ]);
  });

  it('does not split off what only adds to the request: a statement about oneself, "also known as"', () => {
    expect(queryParts('I work on speech recognition for call centres. Also, I care about latency on cheap hardware.')).toEqual([]);
    expect(queryParts('methods for KV cache compression, also known as cache eviction, that keep accuracy')).toEqual([]);
    expect(queryParts('reusing a library of small, separately trained adapters for new tasks by picking the right ones per input')).toEqual([]);
    expect(queryParts('papers on model merging; separately, anything on speech translation with llms?')).toEqual(['papers on model merging', 'anything on speech translation with llms?']);
    expect(queryParts('papers on model merging? also speech translation with llms')).toEqual(['papers on model merging?', 'speech translation with llms']);
  });

  it('splits a numbered list only when its items are separate requests', () => {
    expect(queryParts('1) is there work on model merging? 2) any papers on medical exam benchmarks?')).toEqual([
      'is there work on model merging?',
      'any papers on medical exam benchmarks?',
    ]);
    expect(queryParts('Which papers evaluate (1) faithfulness and (2) fluency of generated summaries?')).toEqual([]);
    expect(queryParts('Looking for methods that 1) compress the KV cache and 2) keep long-context accuracy')).toEqual([]);
  });

  it('does not split a question that makes one request, however long', () => {
    expect(queryParts('When GPT-4 judges two answers side by side, does swapping their order change its verdict? Which papers measure this position bias?')).toEqual([]);
    expect(queryParts('GPT 3.5 and Llama 2. on math word problems')).toEqual([]);
  });

  it("splits each of the eval's questions joined from two into the two it was joined from", async () => {
    const items = await readEvalSet('eval/tune-users.jsonl');
    const joined = twoRequestQuestions(items);
    expect(joined.length).toBeGreaterThan(100);
    const asked = new Map(items.flatMap((i) => (i.kind === 'paper' ? [[i.relevant[0]!, i.question] as const] : [])));
    const words = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const two of joined) expect(queryParts(two.question).map(words)).toEqual(two.relevant.map((t) => words(asked.get(t)!)));
  });

  it('splits none of the questions of the development sets, which each make one request', async () => {
    for (const set of ['dev', 'tune-users', 'holdout-users']) {
      const questions = (await readEvalSet(`eval/${set}.jsonl`)).flatMap((item) => ('question' in item ? [item.question] : []));
      expect(questions.length).toBeGreaterThan(100);
      expect(questions.filter((q) => queryParts(q).length > 0)).toEqual([]);
    }
  });

  it('reads the two sides of a comparison, however it is asked', () => {
    expect(comparedSides('compare KaSA and NOLA')).toEqual(['KaSA', 'NOLA']);
    expect(comparedSides('how does Twin-Merging differ from the Model Breadcrumbs paper?')).toEqual(['Twin-Merging', 'Model Breadcrumbs']);
    expect(comparedSides('KaSA vs NOLA')).toEqual(['KaSA', 'NOLA']);
    expect(comparedSides('what are the differences between "KaSA" and "NOLA"?')).toEqual(['KaSA', 'NOLA']);
    expect(comparedSides('is diverse beam search better than conditional poisson stochastic beam search?')).toEqual(['diverse beam search', 'conditional poisson stochastic beam search']);
    expect(comparedSides('Which papers directly compare specialized clinical language models against general-purpose LLMs on clinical tasks?')).toBeUndefined();
    expect(comparedSides('papers on model merging')).toBeUndefined();
  });

  it('reads a name a paper writes, spelled out loosely in brackets, as no title the papers lack', () => {
    const udr = [{ title: 'Unified Demonstration Retriever for In-Context Learning', abstract: 'Experiments on 30+ tasks show that UDR outperforms baselines.' }];
    expect(unwrittenTitles('the udr paper (unified demo retreiver for icl??) how many tasks did they eval on', udr)).toEqual([]);
    expect(unwrittenTitles('the transformer paper (attention is all you need)', udr)).toEqual(['attention is all you need']);
    expect(unwrittenTitles('the xyz paper (unified demo retreiver for icl??)', udr)).toEqual(['unified demo retreiver for icl??']);
    // "the X one" in brackets: "one" is no word of what the paper writes.
    const importance = [{ title: 'Improving Retrieval-Augmented Large Language Models via Data Importance Learning', abstract: 'We propose an algorithm based on multilinear extension for evaluating the data importance.' }];
    expect(unwrittenTitles('the data importance paper (multilinear extension one) - how long does it take?', importance)).toEqual([]);
    expect(unwrittenTitles('the data importance paper (shapley sampling one) - how long does it take?', importance)).toEqual(['shapley sampling one']);
    // A longer description in brackets after the name a paper introduces: its words, half of them its title's.
    const passuntil = [{ title: 'Unlock Predictable Scaling from Emergent Abilities', abstract: 'We introduce PassUntil, which samples until a pass, so emergent abilities become predictable.' }];
    expect(unwrittenTitles('the passuntil paper (predictable scaling vs emergent abilities) - how close was the prediction?', passuntil)).toEqual([]);
    expect(unwrittenTitles('the passuntil paper (quantum banana networks for model merging)', passuntil)).toEqual(['quantum banana networks for model merging']);
    const list = [{ title: 'LiST: Lite Prompted Self-training Makes Parameter-Efficient Few-shot Learners', abstract: 'Language models such as GPT-3 learn from few examples.' }];
    expect(unwrittenTitles('in the gpt-3 paper (language models are few-shot learners) what was the data mix?', list)).toEqual(['language models are few-shot learners']);
    // ... nor "the one" before it.
    const tools = [{ title: 'Self-Training Large Language Models for Tool-Use Without Demonstrations', abstract: 'LLMs learn to use tools.' }];
    expect(unwrittenTitles('the gain on popqa from the self-trained tool use paper (the one w/o demonstrations)?', tools)).toEqual([]);
    expect(unwrittenTitles('the gain on popqa from the self-trained tool use paper (the one w/o feedback)?', tools)).toEqual(['the one w/o feedback']);
    // A title quoted after "paper," is a title.
    expect(unwrittenTitles("where's the GPT-3 paper, 'language models are few-shot learners'?", udr)).toEqual(['language models are few-shot learners']);
  });

  it('reads a quoted title with its words shortened in chat as the title written out', () => {
    const vlms = [{ title: 'Should VLMs be Pre-trained with Image Data?', abstract: 'We study when to add images.' }];
    expect(unwrittenTitles("in the 'should vlms be pre-trained w image data' paper when do they add images", vlms)).toEqual([]);
    expect(unwrittenTitles("in the 'should vlms be pre-trained w/ image data' paper", vlms)).toEqual([]);
    expect(unwrittenTitles("in the 'should vlms be pre-trained w/o image data' paper", vlms)).toEqual(['should vlms be pre-trained w/o image data']);
    // ... and the lexicon's shortenings ("ft": fine-tuning).
    const s3ft = [{ title: 'Selective Self-to-Supervised Fine-Tuning for Generalization in Large Language Models', abstract: 'We propose S3FT.' }];
    expect(unwrittenTitles('in the s3ft paper (selective self-to-supervised ft), how bad was the drop?', s3ft)).toEqual([]);
    // Other forms of its words, three of them at least.
    const natural = [{ title: 'Naturalizing a Programming Language via Interactive Learning', abstract: 'Users teach a system.' }];
    expect(unwrittenTitles("the 'naturalize a programming language' paper", natural)).toEqual([]);
    expect(unwrittenTitles("the 'naturalize a spoken language' paper", natural)).toEqual(['naturalize a spoken language']);
  });

  it('finds the spans a query quotes, of two words or more, the query without each, and whether it quotes a title', () => {
    expect(quotedSpans('what does the "more agents is all you need" paper find?')).toEqual([
      { span: 'more agents is all you need', rest: 'what does the paper find?', titled: true },
    ]);
    expect(quotedSpans('is “TaskWeaver” any good, or “A Code-First Agent”?')).toEqual([{ span: 'A Code-First Agent', rest: 'is “TaskWeaver” any good, or ?', titled: false }]);
    expect(quotedSpans('a paper called "deep residual learning"').map((q) => q.titled)).toEqual([true]);
    expect(quotedSpans('papers on "chain of thought" prompting').map((q) => q.titled)).toEqual([false]);
    // A word may stand between the title and "paper"; "original" says a title follows.
    expect(quotedSpans("where's the 'attention is all you need' transformer paper?").map((q) => q.titled)).toEqual([true]);
    expect(quotedSpans("is the original 'attention is all you need' here?").map((q) => q.titled)).toEqual([true]);
    expect(quotedSpans('no quotes here')).toEqual([]);
    // Single quotes, and the apostrophes of words, which quote nothing.
    expect(quotedSpans("where's the task arithmetic paper, the 'editing models with task arithmetic' one")).toEqual([
      { span: 'editing models with task arithmetic', rest: "where's the task arithmetic paper, the one", titled: true },
    ]);
    expect(quotedSpans("the authors' ‘lost in the middle’ paper").map((q) => q.span)).toEqual(['lost in the middle']);
    expect(quotedSpans("i don't know what's best, it's hard")).toEqual([]);
    // A title in brackets after "paper"; not a year or a venue.
    expect(quotedSpans('in the gpt-3 paper (language models are few-shot learners) what was the data mix?')).toEqual([
      { span: 'language models are few-shot learners', rest: 'in the gpt-3 paper what was the data mix?', titled: true },
    ]);
    expect(quotedSpans('the lora paper (2021) and a merging paper (ICLR 2024)')).toEqual([]);
    // Nor a list of keywords: "(recruitment, big five)".
    expect(quotedSpans('llm personality traits paper (recruitment, big five) - what dataset?')).toEqual([]);
    expect(quotedSpans('the survey paper (text generation: tasks, evaluation, and challenges)').map((q) => q.span)).toEqual(['text generation: tasks, evaluation, and challenges']);
  });
});

describe('a question without its lists of examples', () => {
  it('leaves out a list of three examples or more, in brackets or up to the end of the sentence or the next request', () => {
    expect(withoutExamples('What training approaches exist, for example learning from documentation, self-generated traces or execution feedback, and what problems do they report?')).toBe(
      'What training approaches exist, and what problems do they report?',
    );
    expect(withoutExamples('Which parts of a network hold one ability, such as writing programs, handling a language or fetching facts')).toBe('Which parts of a network hold one ability');
    expect(withoutExamples('benchmarks for multimodal llms (e.g. illusions, charts, figures) with weaknesses')).toBe('benchmarks for multimodal llms with weaknesses');
    expect(withoutExamples('benchmarks for multimodal llms (e.g. illusions, charts and figures)')).toBe('benchmarks for multimodal llms');
  });

  it('keeps one or two examples, which may be what is asked about, and says so with an empty text', () => {
    expect(withoutExamples('models that predict numeric sequences such as electricity demand or stock prices')).toBe('');
    expect(withoutExamples('a way to spot sarcasm, such as mocking praise of a product')).toBe('');
    expect(withoutExamples('papers on model merging')).toBe('');
    // A way of doing something, not a list: no commas set items apart.
    expect(withoutExamples('studies measuring faithfulness, for example by perturbing or truncating the reasoning and checking whether the answer changes')).toBe('');
  });
});

describe('a query typed as a title', () => {
  it('reads every word in capitals, one a word titles capitalize and keywords do not, as a title', () => {
    expect(titleCased('Attention Is All You Need')).toBe('Attention Is All You Need');
    expect(titleCased('More Agents Is All You Need?')).toBe('More Agents Is All You Need');
    expect(titleCased('Large Language Models For Code')).toBeUndefined();
    expect(titleCased('attention is all you need')).toBeUndefined();
    expect(titleCased('Is It Good')).toBeUndefined();
  });
});
