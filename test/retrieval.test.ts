import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Retriever } from '../src/retrieval/engine.js';
import { lexicalQuery } from '../src/retrieval/query/query.js';
import { indexedConfig } from './helpers/index.js';

let r: Retriever;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await indexedConfig();
  cleanup = t.cleanup;
  r = await Retriever.open({ config: t.config });
});
afterAll(() => cleanup());

const titleOf = async (q: string) => (await r.lookupTitle(q)).resolved?.title ?? null;

describe('search', () => {
  /** Each query is answered as one search is sure of. */
  async function expectSure(queries: readonly string[]): Promise<void> {
    for (const q of queries) expect((await r.search(q, 3)).confidence, q).toBe('high');
  }

  it('is as sure of a question as of the question without its list of examples, which each need not be in a paper', async () => {
    await expectSure([
      'I want to train LLMs to call external tools and APIs reliably. What training approaches exist, for example learning from tool documentation instead of demonstrations, self-generated traces, feedback from execution or reinforcement learning, splitting planning and calling across several smaller models, or curated API datasets, and what problems do they report with large tool libraries?',
      "Pinpointing the tiny portion of a network's internal units or weights that is responsible for one particular ability, such as writing programs, handling a given language or fetching facts",
    ]);
  });

  it('reads a number asked of the papers a question asks for as given by any of the first ones', async () => {
    await expectSure([
      "Rather than a teacher model dumping synthetic data on a student, some work closes the loop: the teacher tailors what it generates to the student's weaknesses, preferences or feedback, or even learns from teaching. What frameworks exist for this kind of feedback-driven data generation or teacher-student interaction, and what gains do they show?",
    ]);
  });

  it('ranks the paper a question is about first, by meaning as well as words', async () => {
    const res = await r.search('a conditional VAE that produces LoRA weights from a description of the task', 5);
    expect(res.abstained).toBe(false);
    expect(res.results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
    expect(res.results.length).toBe(5);
    const scores = res.results.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('lists the papers of each request of a question that makes several, and how sure it is of each', async () => {
    const res = await r.search("I'm looking for work on diverse beam search decoding. Also, any papers on medical exam benchmarks for LLMs?", 5);
    const titles = res.results.map((x) => x.paper.title);
    expect(titles).toContain('Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models');
    expect(titles).toContain('Polish Medical Exams: A new dataset for cross-lingual medical knowledge transfer assessment');
    expect(res.confidence).toBe('high');
    expect(res.parts?.map((p) => [p.query, p.confidence])).toEqual([
      ["I'm looking for work on diverse beam search decoding.", 'high'],
      ['any papers on medical exam benchmarks for LLMs?', 'high'],
    ]);
    const medical = res.parts![1]!.results.map((i) => titles[i]);
    expect(medical).toContain('Polish Medical Exams: A new dataset for cross-lingual medical knowledge transfer assessment');
  });

  it('searches "what about" another topic as a request of its own: both topics\' papers, and sure of the question', async () => {
    const res = await r.search('any papers on diverse beam search decoding? what about medical exam benchmarks for llms?', 10);
    const titles = res.results.map((x) => x.paper.title);
    expect(titles).toContain('Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models');
    expect(titles).toContain('Polish Medical Exams: A new dataset for cross-lingual medical knowledge transfer assessment');
    expect(res.confidence).toBe('high');
    expect(res.parts?.map((p) => p.query)).toEqual(['any papers on diverse beam search decoding?', 'medical exam benchmarks for llms?']);
  });

  it('reads the lines of a bulleted list of requests as the items of a list', async () => {
    const res = await r.search('two things:\n- diverse beam search decoding\n- medical exam benchmarks for LLMs', 5);
    expect(res.parts?.map((p) => [p.query, p.confidence])).toEqual([
      ['diverse beam search decoding', 'high'],
      ['medical exam benchmarks for LLMs', 'high'],
    ]);
  });

  it('does not refuse a question one of whose requests the corpus answers', async () => {
    const res = await r.search('papers on merging fine-tuned models with task vectors? also any recipes for sourdough bread baking', 10);
    expect(res).toMatchObject({ confidence: 'high', abstained: false });
    expect(res.parts?.map((p) => p.confidence)).toEqual(['high', 'none']);
    expect(res.results[0]!.paper.title).toMatch(/merg|task|fusion/i);
  });

  it('is sure of a comparison of two papers named by their short names, each a request of its own', async () => {
    const res = await r.search('compare KaSA and NOLA', 5);
    expect(res.confidence).toBe('high');
    expect(res.results.slice(0, 2).map((x) => x.paper.title)).toEqual([
      'KaSA: Knowledge-Aware Singular-Value Adaptation of Large Language Models',
      'NOLA: Networks as Linear Combination of Low Rank Random Basis',
    ]);
    expect(res.parts?.map((p) => [p.query, p.confidence])).toEqual([
      ['KaSA', 'high'],
      ['NOLA', 'high'],
    ]);
    // A comparison of topics, whose words only occur in titles, is one request.
    expect((await r.search('compare LoRA and full fine-tuning', 5)).parts).toBeUndefined();
  });

  it('ranks first the paper a question names by the name its title opens with (or its abstract introduces), asked in words many papers use or opening the question', async () => {
    for (const [q, title] of [
      ['what domains did sparsepo test on?', 'SparsePO: Controlling Preference Alignment of LLMs via Sparse Token Masks'],
      ['AnnoLLM evaluation tasks', 'AnnoLLM: Making Large Language Models to Be Better Crowdsourced Annotators'],
      // A name only its abstract introduces, which no other paper uses.
      ['D3ST evaluation benchmarks', 'Description-Driven Task-Oriented Dialog Modeling'],
      // A name of words joined by a hyphen, however close its words are to another paper's.
      ['what is mental-llm?', 'Mental-LLM: Leveraging Large Language Models for Mental Health Prediction via Online Text Data'],
      ['how does self-guide work?', 'SELF-GUIDE: Better Task-Specific Instruction Following via Self-Synthetic Finetuning'],
    ]) {
      const res = await r.search(q!, 5);
      expect(res.results[0]!.paper.title, q).toBe(title);
      expect(res.confidence, q).toBe('high');
      expect(res.unmentioned, q).toBeUndefined();
    }
    // A question that opens with the name is about its paper, though the rest names others' models.
    const speech = await r.search('speechverse uses which speech encoder, whisper or wavlm?', 5);
    expect(speech.results[0]!.paper.title).toBe('SpeechVerse: A Large-scale Generalizable Audio Language Model');
    expect(speech).toMatchObject({ confidence: 'none', unstated: ['base model'] });
    // A question with a topic of its own besides the name is searched for all its words: the paper named does not give it, and
    // papers on the topic are a weak match at most ("attn" read as attention, as typed out).
    for (const attention of ['attn', 'attention']) {
      const yulan = await r.search(`does yulan 12b use grouped query attention or just normal multi head ${attention}? trying to estimate its kv cache size`, 5);
      expect(yulan.confidence, attention).not.toBe('high');
      expect(yulan.results[0]!.paper.title).toBe('Cost-Optimal Grouped-Query Attention for Long-Context LLMs');
    }
  });

  it('finds the paper asked for by a name of no topic\'s words, one word its title opens with, or its whole short title', async () => {
    for (const [q, title] of [
      ['is the one for all paper in here?', 'One for All: Towards Training One Graph Model for All Classification Tasks'],
      ['is the only-if paper in here?', 'Only-IF:Revealing the Decisive Effect of Instruction Diversity on Generalization'],
      ["do you have the show, don't tell paper?", "Show, Don't Tell: Aligning Language Models with Demonstrated Feedback"],
      ['is the more agents is all you need paper in here?', 'More Agents Is All You Need'],
      ['is the llm in-context recall is prompt dependent paper in here?', 'LLM In-Context Recall is Prompt Dependent'],
      // One word, English or not, that a title opens with: its paper, not papers that use the word.
      ['is the guide paper in here?', 'GUIDE: A Guideline-Guided Dataset for Instructional Video Comprehension'],
      ["where's the compacter paper", 'Compacter: Efficient Low-Rank Hypercomplex Adapter Layers'],
      ['is there a paper called limit?', 'LIMIT: Less Is More for Instruction Tuning Across Evaluation Paradigms'],
      // A name that is a kind of reading too.
      ['is there a paper called guide?', 'GUIDE: A Guideline-Guided Dataset for Instructional Video Comprehension'],
      ["is there a paper called show, don't tell?", "Show, Don't Tell: Aligning Language Models with Demonstrated Feedback"],
      ['is the π_0 paper in here?', 'π_0: A Vision-Language-Action Flow Model for General Robot Control'],
      ['is the tower+ paper in here?', 'Tower+: Bridging Generality and Translation Specialization in Multilingual LLMs'],
    ]) {
      const res = await r.search(q!, 5);
      expect(res.results[0]!.paper.title, q).toBe(title);
      expect(res.confidence, q).toBe('high');
      expect(res.inPassing, q).toBeUndefined();
    }
    // Words of no topic that open no title are still no question.
    expect(await r.search('is the for all paper in here?', 5)).toMatchObject({ confidence: 'none', results: [] });
    // What the paper's abstract does not give is still not in the corpus.
    expect(await r.search('the one for all paper: what batch size?', 5)).toMatchObject({ confidence: expect.not.stringMatching(/^high$/), unstated: ['batch size'] });
  });

  it('reads a name typed with a slip as the name of the one title it is a slip of', async () => {
    for (const [q, title] of [
      ['is the mentla-llm paper in here?', 'Mental-LLM: Leveraging Large Language Models for Mental Health Prediction via Online Text Data'],
      ['what is lwama?', 'Lawma: The Power of Specialization for Legal Tasks'],
      ["how many dialogs are in taskmsater-1's data?", 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset'],
    ]) {
      const res = await r.search(q!, 5);
      expect(res.results[0]!.paper.title, q).toBe(title);
      expect(res.confidence, q).not.toBe('none');
    }
    // A name one slip from two titles' ("ToolPlanner", "Tool-Planner") names neither.
    expect((await r.search('is the tool-lpanner paper in here?', 5)).confidence).not.toBe('high');
  });

  it('ranks papers, not chunks: each paper appears once', async () => {
    const res = await r.search('beam search decoding', 20);
    const ids = res.results.map((s) => s.paper.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(res.results.filter((s) => /beam/i.test(s.paper.title)).length).toBeGreaterThanOrEqual(3);
  });

  it("finds the paper a question describes in plain words, through the papers' words for them", async () => {
    const titles = async (q: string) => (await r.search(q, 5)).results.map((x) => x.paper.title);
    // "chatbot" is a language model, "footage" video: the abstract says "video-language model" and "long-context video".
    expect((await titles('a chatbot that can follow hour-long footage'))[0]).toBe('Kangaroo: A Powerful Video-Language Model Supporting Long-context Video Input');
    // "squeezing ... into fewer bits" is quantization, "chatbot" a large language model.
    expect(await titles("squeezing a chatbot's weights into fewer bits")).toContain('Model Compression and Efficient Inference for Large Language Models: A Survey');
  });

  it('reads a phrasing as the field says it even where the descriptions use its plain word too', async () => {
    // "forget" is unlearning here; the papers' descriptions also say "forget", of forgetting in continual training.
    const top = (await r.search('making a chatbot forget things it learned', 5)).results.map((x) => x.paper.title);
    expect(top.slice(0, 3).filter((t) => /unlearn/i.test(t)).length, top.join('\n')).toBeGreaterThanOrEqual(2);
  });

  it('scores a query as typed alone when asked (as calibration does), the same as the typed half of a full scoring', async () => {
    const q = "squeezing a chatbot's weights into fewer bits";
    const [typedOnly] = await r.profiles(q, [-1], undefined, true);
    const full = await r.profile(q);
    expect(typedOnly!.typed).toBeUndefined();
    expect(r.ranked(typedOnly!, 10)).toEqual(r.ranked(full.typed!, 10));
    expect(await r.judgeFeatures(typedOnly!)).toEqual(await r.judgeFeatures(full));
  });

  it('judges how sure it is on the words typed, not on the terms added for them', async () => {
    const profile = await r.profile("squeezing a chatbot's weights into fewer bits");
    expect(profile.typed).toBeDefined();
    expect(r.ranked(profile, 5)).not.toEqual(r.ranked(profile.typed!, 5));
    expect(await r.judge(profile)).toEqual(await r.judge(profile.typed!));
  });

  it("counts a word typed as held by a paper that uses the field's term for its everyday phrasing", async () => {
    // "a team of specialists" is a mixture of experts, "only some parts switch on" sparse activation:
    // the paper says so in the field's words, and the question is not refused.
    const q = 'a team of specialists inside one network where only some parts switch on for each word';
    const res = await r.search(q, 5);
    expect(res.results[0]!.paper.title).toMatch(/^Towards Being Parameter-Efficient: A Stratified Sparsely Activated Transformer/);
    expect(res.confidence).not.toBe('none');
    // A word of a phrasing that no paper uses ("film", "chopper", "prose") is not counted as a word the corpus lacks.
    for (const [q, title] of [
      ['an ai that explains film clips', /^Kangaroo: A Powerful Video-Language Model/],
      ['a word chopper that splits prose into pieces for a text ai', /^Tokenization Impacts Multilingual Language Modeling/],
    ] as const) {
      const found = await r.search(q, 5);
      expect(found.results[0]!.paper.title, q).toMatch(title);
      expect(found.confidence, q).not.toBe('none');
    }
  });

  it('is sure of a question that describes attention heads, tokenization or hallucination in everyday words', async () => {
    const heads = await r.search(
      'Has anyone shown that only a tiny fraction of the parallel attention units inside a transformer do the job of fetching facts buried deep in a lengthy input, and that switching those units off makes the model start making things up?',
      5,
    );
    expect(heads.results[0]!.paper.title).toBe('Retrieval Head Mechanistically Explains Long-Context Factuality');
    expect(heads.confidence).toBe('high');
    const pieces = await r.search(
      "What research examines how the way text gets chopped into subword pieces, and the makeup or size of that piece inventory, changes a model's downstream quality or how much it memorizes?",
      5,
    );
    expect(pieces.results.filter((x) => /tokeni[sz]/i.test(x.paper.title)).length).toBeGreaterThanOrEqual(2);
    expect(pieces.confidence).toBe('high');
    const bigger = await r.search('Which papers try to forecast how well language models will do on specific tasks as they get bigger, or show where such size trends break down?', 5);
    expect(bigger.results.filter((x) => /scaling/i.test(x.paper.title)).length).toBeGreaterThanOrEqual(2);
    expect(bigger.confidence).toBe('high');
    const unsure = await r.search(
      'Which study links image captioning and table-to-text models making up unsupported content to how unsure the model is about its outputs, and which kind of unsureness turned out to be the best warning sign?',
      5,
    );
    expect(unsure.results[0]!.paper.title).toMatch(/hallucination/i);
    expect(unsure.confidence).toBe('high');
    // Untruths and falsehoods are hallucinations too.
    const untruths = await r.search('why do llms utter untruths after being tuned on unfamiliar facts', 5);
    expect(untruths.results.map((x) => x.paper.title)).toContain('Unfamiliar Finetuning Examples Control How Language Models Hallucinate');
    expect(untruths.confidence).toBe('high');
  });

  it('is sure of a question on a topic several papers answer, although none of them stands out', async () => {
    const res = await r.search('pruning large language models', 5);
    expect(res.results.filter((x) => /prun/i.test(x.paper.title)).length).toBeGreaterThanOrEqual(2);
    expect(res.confidence).toBe('high');
  });

  it('counts a shortened word the papers write out ("recsys") as held by them, not as a word the corpus lacks', async () => {
    const shortened = await r.search('got any papers on recommender systems? llm based or multi task recsys both fine', 3);
    expect(shortened.results[0]!.paper.title).toMatch(/^Recommendation as Language Processing/);
    expect(shortened.confidence).toBe('high');
    expect(shortened.unmentioned).toBeUndefined();
    // A word no paper has in any form still counts against the question.
    const unknown = await r.search('got any papers on recommender systems? llm based or multi task zqxrt both fine', 3);
    expect(unknown.confidenceScore).toBeLessThan(shortened.confidenceScore / 2);
  });

  it('finds a name the abstract typesets with LaTeX accents, typed as it reads ("Rényi", "Tülu")', async () => {
    const renyi = await r.search('Rényi efficiency', 3);
    expect(renyi.confidence).not.toBe('none');
    expect(renyi.results[0]!.paper.title).toBe('Tokenization is Sensitive to Language Variation');
    expect((await r.search('tülu 3 recipe', 3)).results[0]!.paper.title).toBe('2 OLMo 2 Furious');
  });

  it('is a level less sure when the first papers do not mention a name the question uses', async () => {
    const asked = async (q: string) => {
      const res = await r.search(q, 3);
      return { confidence: res.confidence, first: res.results[0]!.paper.title, score: res.confidenceScore, unmentioned: res.unmentioned };
    };
    const plain = await asked('lifelong learning for theorem proving');
    expect(plain).toMatchObject({ confidence: 'high', first: 'LeanAgent: Lifelong Learning for Formal Theorem Proving' });
    // LeanAgent proves theorems in Lean, not in Coq: the same paper comes first, shown as a weak match.
    expect(await asked('lifelong learning for theorem proving in lean')).toMatchObject({ confidence: 'high', first: plain.first });
    const coq = await asked('lifelong learning for theorem proving in Coq');
    expect(coq).toMatchObject({ confidence: 'low', first: plain.first, unmentioned: ['coq'] });
    expect(plain.unmentioned).toBeUndefined();
    expect(coq.score).toBeLessThan(plain.score);
    // Offered as an alternative to what the paper proves theorems in, Coq is not required.
    expect(await asked('lifelong learning for theorem proving in lean or coq')).toMatchObject({ confidence: 'high', first: plain.first, unmentioned: undefined });
    // No paper of the corpus is on state space models, nor names Mamba: not in the corpus.
    expect(await asked('state space models versus attention for long inputs')).toMatchObject({ confidence: 'none' });
    expect(await asked('state space models like mamba versus attention for long inputs')).toMatchObject({ confidence: 'none' });
    // A name asked of the paper the question names by its title's name is that paper's to mention: ChatGLM-Math never
    // mentions GSM8K, though Qwen2.5-Math, found with it, does.
    const gsm = await r.search('what gsm8k accuracy does chatglm-math get?', 3);
    expect(gsm.apart).toEqual(['gsm8k']);
    expect(gsm.unmentioned).toBeUndefined();
    expect(gsm.confidence).not.toBe('high');
    expect(gsm.results[0]!.paper.title).toMatch(/^ChatGLM-Math/);
    expect(gsm.results.slice(1).some((x) => /gsm8k/i.test(x.paper.abstract))).toBe(true);
    expect(await asked('what base model does chatglm-math build on?')).toMatchObject({ confidence: 'high', unmentioned: undefined });
    // So is a version of a model family asked of it (INJONGO tests GPT-4o, not Llama 3), and a maker's models asked of a paper
    // the question describes (Lawma compares with GPT-4, OpenAI's).
    const llama = await r.search('how did llama 3 do on injongo slot filling, better than gpt-4o or no', 3);
    expect(llama).toMatchObject({ confidence: 'low', apart: ['llama 3'] });
    expect(llama.results[0]!.paper.title).toMatch(/^INJONGO: /);
    const lawma = 'In the study where a lightly tuned open model beat a commercial model on hundreds of law-related classification tasks';
    expect(await r.search(`${lawma}, how did Anthropic's models compare?`, 3)).toMatchObject({ confidence: 'low', apart: ['anthropic'] });
    expect(await r.search(`${lawma}, how did OpenAI's models compare?`, 3)).toMatchObject({ confidence: 'high' });
    // "that ... benchmark" describes the one paper asked of: GSM-IC never mentions GPT-4, though a paper found with it does.
    const gsmic = await r.search('how badly does gpt-4 specifically do on that grade school math w/ irrelevant sentences benchmark? like the exact accuracy drop', 3);
    expect(gsmic).toMatchObject({ confidence: 'low', apart: ['gpt-4'] });
    expect(gsmic.results[0]!.paper.title).toBe('Large Language Models Can Be Easily Distracted by Irrelevant Context');
  });

  it('is a level less sure of a list of keywords one of which none of the first papers hold', async () => {
    // The corpus has speech papers and distillation papers, none on distilling speech recognisers.
    const keywords = await r.search('knowledge distillation for speech recognition', 3);
    expect(keywords).toMatchObject({ confidence: 'none', unmentioned: ['knowledge', 'distillation'] });
    // A question mark or chat around the list leaves it one; asked with a question word, its words are read as context, and the closest papers are a weak match.
    expect(await r.search('knowledge distillation for speech recognition?', 3)).toMatchObject({ confidence: 'none', unmentioned: ['knowledge', 'distillation'] });
    expect(await r.search('hey, any papers on knowledge distillation for speech recognition? thx', 3)).toMatchObject({ confidence: 'none', unmentioned: ['knowledge', 'distillation'] });
    expect(await r.search('which papers do knowledge distillation for speech recognition?', 3)).toMatchObject({ confidence: 'low' });
    // Keywords the first papers all hold keep their level.
    const held = await r.search('lifelong learning theorem proving', 3);
    expect(held.confidence).toBe('high');
    expect(held.unmentioned).toBeUndefined();
    // ... and the method someone is asked to have taken there: the robotics paper found first makes no weights with diffusion.
    const method = await r.search('Has anyone used a diffusion model to generate the weights of reinforcement learning control policies for robots?', 3);
    expect(method).toMatchObject({ confidence: 'low', apart: ['diffusion'] });
    // ... and the kind of thing it is asked to have chosen: the BigScience ablations never mention positional encodings.
    const chosen = await r.search('When the BigScience team ablated architectures on a budget of a million GPU hours for their open multilingual model, which positional encoding did they settle on?', 3);
    expect(chosen).toMatchObject({ confidence: 'low', apart: ['positional'] });
    expect(chosen.results[0]!.paper.title).toMatch(/^What Language Model to Train if You Have One Million GPU Hours/);
    // A direction in language codes is read in the languages' names: LLMic is tested on English-to-Romanian.
    const romanian = await r.search('is there a romanian llm? hows it do on en->ro translation', 3);
    expect(romanian).toMatchObject({ confidence: 'high' });
    expect(romanian.results[0]!.paper.title).toBe('LLMic: Romanian Foundation Language Model');
    // An initialism is held by a paper that writes out its words ("grouped-query attention").
    const gqa = await r.search('GQA head configuration long-context cost', 3);
    expect(gqa.confidence).toBe('high');
    expect(gqa.unmentioned).toBeUndefined();
    expect(gqa.results[0]!.paper.title).toBe('Cost-Optimal Grouped-Query Attention for Long-Context LLMs');
  });

  it('says the corpus does not answer a question for a kind of data, a field, a subfield or a language its first paper does not work on', async () => {
    // What a question asks beyond the paper it is about: Illusory VQA is on images, not video.
    const video = await r.search('does the illusion detection trick w gaussian blur filters also work for video models?', 3);
    expect(video).toMatchObject({ confidence: 'none', apart: ['video'] });
    expect(video.results[0]!.paper.title).toMatch(/^Illusory VQA/);
    expect((await r.search('does the illusion detection trick w gaussian blur filters also work for multimodal models?', 3)).apart).toBeUndefined();
    // So must it what a question asks it to have been applied to: RLAIF-V is on images.
    const applied = await r.search('Has the RLAIF-V open-source feedback approach been applied to video question answering?', 3);
    expect(applied.apart).toEqual(['video']);
    expect(applied.confidence).toBe('none');
    expect(applied.results[0]!.paper.title).toMatch(/^RLAIF-V: /);
    expect(await r.search('Has the RLAIF-V open-source feedback approach been applied to reducing object hallucination?', 3)).toMatchObject({ confidence: 'high' });
    // ... and what someone is asked to have tried it on: the Harry Potter unlearning papers never mention LLaVA.
    const tried = await r.search('has anyone tried the harry potter forgetting trick on llava or some other vision language model?', 3);
    expect(tried).toMatchObject({ confidence: 'none', apart: ['llava', 'vision'] });
    expect(tried.results[0]!.paper.title).toMatch(/Harry Potter/);
    // A kind of data asked for: the grouped-query attention paper is on LLMs, not on images.
    const vision = await r.search('grouped-query attention vision transformers', 3);
    expect(vision).toMatchObject({ confidence: 'none', apart: ['vision'] });
    expect(vision.results[0]!.paper.title).toBe('Cost-Optimal Grouped-Query Attention for Long-Context LLMs');
    expect(await r.search('Has anyone built a speech recognizer for spoken Cantonese on top of a large language model?', 3)).toMatchObject({ confidence: 'none', apart: ['speech'] });
    expect(await r.search('Which papers translate sign language videos into spoken-language text?', 3)).toMatchObject({ confidence: 'none', apart: ['videos', 'sign language'] });
    // ... and a task from one kind of data to another: SpeechVerse is on speech understanding, not text-to-speech.
    expect(await r.search('anyone know a paper doing dpo on text-to-speech models so they follow style instructions better?', 3)).toMatchObject({ confidence: 'none', apart: ['text-to-speech'] });
    // ... and the languages of the direction of translation asked: the mixture of attention heads is tested on English to German.
    const french = await r.search('what BLEU does the mixture of attentive experts thing get on WMT14 en-fr', 3);
    expect(french).toMatchObject({ confidence: 'none', apart: ['french'] });
    expect(french.results[0]!.paper.title).toBe('A Mixture of h-1 Heads is Better than h Heads');
    expect(await r.search('mixture of h-1 heads paper - how much bleu over transformer-base on wmt14 en-de?', 3)).toMatchObject({ confidence: 'high' });
    // ... and a field: the Japanese entailment dataset is not of legal texts.
    expect(await r.search('Japanese legal textual entailment dataset', 3)).toMatchObject({ confidence: 'none', apart: ['legal'] });
    expect((await r.search('Japanese textual entailment dataset', 3)).confidence).toBe('high');
    // ... and a subfield with a name of its own: the survey of neural ranking models is about neither architectures nor their search.
    const nas = await r.search('differentiable neural architecture search', 3);
    expect(nas).toMatchObject({ confidence: 'none', apart: ['neural architecture search'] });
    expect(nas.results[0]!.paper.title).toBe('A Deep Look into Neural Ranking Models for Information Retrieval');
    // ... and a language other than English: Taskmaster-1 is in English, the papers on Japanese found after it are not dialog datasets.
    const japanese = await r.search('is there a wizard-of-oz style task dialog dataset in japanese? like taskmaster but not english', 3);
    expect(japanese).toMatchObject({ confidence: 'none', apart: ['japanese'] });
    expect(japanese.results[0]!.paper.title).toMatch(/^Taskmaster-1/);
  });

  it('reads the chat around a question as chat, not as words the corpus lacks', async () => {
    await expectSure([
      'curious if theres a paper on pruning large language models',
      'pretty sure there is a paper on lifelong learning for theorem proving',
      'anybody got preprints on llm agents in household simulators? cheers',
      'lmk if there is anything on pruning large language models',
      'is anybody working on lifelong learning for theorem proving these days',
      'papers on pruning large language models (e.g. https://arxiv.org)',
      'who wrote leanagent?',
      'which papers try to cut hallucinations at decoding time without retraining?',
      'was there ever a shared task on generating descriptions of functions from software libraries? need a ref',
      'pruning llms vs quantization',
      'has anyone tried pruning large language models',
      'i came across a paper on pruning large language models',
      'sota for mixture of experts',
      'few-shot image classification papers? incl adapting clip style models w just a handful of labels per class',
      'im new to llms, is there a big general overview / survey of the whole field to start with? not one narrow subtopic',
      'openreview link for the pruning large language models paper?',
      'github repo for pruning large language models',
      'highly cited work on model merging',
      'most cited papers on rlhf',
      'Hello! I was wondering if you could possibly help me find some literature on model merging. Thanks so much in advance!',
      'papers about model merging please and thank you',
      'sos model merging papers',
      'model merging papers (asking for a friend)',
    ]);
  });

  it('reads what a question asks for about a topic (a primer, a reading list, pros and cons, a pdf) as chat, not as words the corpus lacks', async () => {
    await expectSure([
      'mixture of experts for dummies',
      'explain model merging like im five',
      'pros and cons of model merging',
      'seminal paper on mixture of experts',
      'model merging cheat sheet',
      'is model merging dead?',
      'knowledge distillation in a nutshell',
      'lit review on model merging',
      'lora pdf',
      'rlhf paper recommendations',
      'top 5 papers on model merging',
      'model merging crash course',
      'background reading on mixture of experts',
      'whats hot in model merging',
      'lora in pytorch',
      'define model merging',
    ]);
    // A word of the field is still one: recommendations of news.
    expect((await r.search('news recommendations', 3)).results[0]!.paper.abstract).toMatch(/recommend/i);
  });

  it('reads a literature review asked for as a kind of paper: reviews first where there are some, no word the corpus lacks', async () => {
    const review = await r.search('any literature review of large language model efficiency?', 3);
    expect(review.confidence).toBe('high');
    expect(review.results[0]!.paper.title).toMatch(/Overview|Review/);
    expect([...lexicalQuery('any literature review of large language model efficiency?').keys()]).not.toContain('review');
  });

  it('reads greetings, opinions asked for, the asker\'s situation and the bot\'s own papers as chat, not as words the corpus lacks', async () => {
    await expectSure([
      "Hey there, hope this is the right channel for this. I'm trying to learn more about model merging and would be grateful for any reading suggestions. Thank you!",
      'hello friends, quick question if anyone has a moment: what would you say are the must read papers on rlhf? cheers',
      'hey fam got any recs on lora',
      'bruh where do i even start w model merging',
      'is lora hype or is it legit',
      'im a phd student moving into knowledge distillation, give me the essential papers',
      'any papers on model merging stored on this server',
      'is mixture of experts covered in your collection at all',
      'alright, switching gears, mixture of experts?',
      'help me understand lora pls :pray: tysm',
      'any tutorial that walks through lora from scratch',
      'papers 4 rlhf',
      'papers sobre model merging',
      'theory behind mixture of experts',
      'i have NO idea what lora is lmaooo send papers',
      'is model merging still an active research area or has it kinda died down',
      'can you search your database for mixture of experts',
      'Has lora lived up to the hype?',
      'Going back to what you said earlier about model merging, which paper was that from?',
      'Pardon me, I am new here. Is this the right place to ask about rlhf?',
      "hey all, I'm a second year undergrad and my prof mentioned lora in lecture today. where should i start?",
      'Honest question: does model merging actually work or are the papers cherry picking?',
    ]);
  });

  it('leaves chat phrases out of what it embeds, and spells a chat word as typed ("highkey" is not "highly")', async () => {
    for (const q of [
      "good morning all, i've been trying to get a handle on lora for a while now and was hoping someone here could point me in the right direction, thanks a lot",
      "Hey all, long time lurker, first time posting. I'd love some pointers to research on lora if anyone has them. Thanks!",
      'highkey confused about lora ngl',
    ]) {
      const found = await r.search(q, 3);
      expect(found.confidence, q).toBe('high');
      expect(`${found.results[0]!.paper.title} ${found.results[0]!.paper.abstract}`, q).toMatch(/lora|low-rank/i);
    }
  });

  it('reads "how many papers" and "the newest paper" as asking for papers, not for a number or a name no paper gives', async () => {
    for (const q of ['how many papers do you know of on lora', "what's the newest paper you've got on model merging"]) {
      const found = await r.search(q, 3);
      expect(found.confidence, q).toBe('high');
      expect(found.unstated, q).toBeUndefined();
      expect(found.inPassing, q).toBeUndefined();
    }
  });

  it('reads a kind of reading typed after a topic ("lora history", "rlhf from scratch") as asked about the topic, unless the papers write the two as one', async () => {
    for (const [q, topic] of [
      ['lora history', 'lora'],
      ['mixture of experts pitfalls', 'mixture of experts'],
      ['rlhf from scratch', 'rlhf'],
      ['lora tips and tricks', 'lora'],
    ] as const) {
      const found = await r.search(q, 3);
      expect(found).toMatchObject({ confidence: 'high', query: q });
      expect(found.results.map((x) => x.paper.title), q).toEqual((await r.search(topic, 3)).results.map((x) => x.paper.title));
    }
    // The first papers on dialogue write "dialogue history": the query stays whole.
    const history = await r.search('dialogue history', 3);
    expect(history.confidence).toBe('high');
    expect(history.results.map((x) => x.paper.title)).not.toEqual((await r.search('dialogue', 3)).results.map((x) => x.paper.title));
  });

  it('answers an aspect of a topic it is sure of ("the main criticisms of lora") with the topic\'s papers as a weak match, not "not in the corpus"', async () => {
    for (const [q, aspect] of [
      ['what are the main criticisms of lora', 'criticisms'],
      ['any negative results on lora?', 'negative results'],
    ] as const) {
      const found = await r.search(q, 3);
      expect(found, q).toMatchObject({ confidence: 'low', abstained: false, inPassing: [aspect] });
      for (const x of found.results) expect(`${x.paper.title} ${x.paper.abstract}`, q).toMatch(/lora|low-rank/i);
    }
    // Where the corpus has the aspect, search reads the question whole.
    expect((await r.search('limitations of model merging', 3)).inPassing).toBeUndefined();
  });

  it('reads what a question asks of a paper it names (its contribution, a summary in one sentence) as chat', async () => {
    for (const q of ['phatgoose in one sentence', 'whats the main contribution of phatgoose', 'okapi explained simply', 'why does twin-merging matter?', 'is lmql any good', 'what problems does phatgoose solve', 'what problem does lmql solve']) {
      const found = await r.search(q, 3);
      expect(found.confidence, q).toBe('high');
      expect(`${found.results[0]!.paper.title} ${found.results[0]!.paper.abstract}`, q).toMatch(new RegExp(q.match(/phatgoose|okapi|twin-merging|lmql/)![0], 'i'));
    }
  });

  it("reads past Discord's mentions and custom emoji in a question", async () => {
    const plain = await r.search('model merging papers', 3);
    const marked = await r.search('<@123456789012345678> model merging papers <:pepe:1234567890>', 3);
    expect(marked).toMatchObject({ confidence: 'high', query: 'model merging papers' });
    expect(marked.results.map((x) => x.paper.title)).toEqual(plain.results.map((x) => x.paper.title));
  });

  it('reads two words typed without the space between them as the two, unless they are a name', async () => {
    const spaced = await r.search('language models for tabular data', 3);
    const joined = await r.search('language models for tabulardata', 3);
    expect(joined.confidence).toBe('high');
    expect(joined.query).toBe('language models for tabulardata');
    expect(joined.results.map((x) => x.paper.title)).toEqual(spaced.results.map((x) => x.paper.title));
    expect((await r.search('anythingon foundation models for astronomy?', 3)).confidence).toBe('high');
    // Two long words need no paper to write them side by side.
    const haystack = await r.search('needle in a haystackevaluation', 3);
    expect(haystack.confidence).toBe('high');
    expect(haystack.results.map((x) => x.paper.title)).toEqual((await r.search('needle in a haystack evaluation', 3)).results.map((x) => x.paper.title));
    const telecom = await r.search('telecomLLMs', 3);
    expect(telecom.confidence).toBe('high');
    expect(telecom.results[0]!.paper.title).toBe('Tele-LLMs: A Series of Specialized Large Language Models for Telecommunications');
    // No paper writes "human" and "eval" side by side: HumanEval stays a name none of the papers mention.
    expect(await r.search('codex on humaneval', 3)).toMatchObject({ confidence: 'none', unmentioned: ['humaneval'] });
  });

  it('reads two words joined by a "2" as the first to the second', async () => {
    const joined = await r.search('open text2image model trained on what closed apis generate', 3);
    const written = await r.search('open text-to-image model trained on what closed apis generate', 3);
    expect(joined.confidence).toBe('high');
    expect(joined.results.map((x) => x.paper.title)).toEqual(written.results.map((x) => x.paper.title));
    expect(joined.results[0]!.paper.title).toMatch(/^EvolveDirector/);
    // A task no paper is on is named as the papers would write it.
    expect((await r.search('text2video generation benchmarks', 3)).unmentioned).toEqual(['text-to-video']);
  });

  it('reads a short word typed with a slip, and a long one typed with two, as the words meant', async () => {
    for (const [typed, meant] of [
      ['machine-generated tetx detection shared task', 'machine-generated text detection shared task'],
      ['model merging taks vectors', 'model merging task vectors'],
      ['emergent abilities messureement resolution', 'emergent abilities measurement resolution'],
      ['text-to-3D Gaussian splsttiing editing', 'text-to-3D Gaussian splatting editing'],
      ['prunning llms', 'pruning llms'],
    ]) {
      const [slipped, right] = await Promise.all([r.search(typed!, 3), r.search(meant!, 3)]);
      expect(slipped.confidence, typed).toBe('high');
      expect(slipped.results.map((x) => x.paper.title)).toEqual(right.results.map((x) => x.paper.title));
    }
  });

  it('puts a paper whose title the question quotes first, and reads a request for a summary as a request', async () => {
    const quoted = await r.search('what does the "more agents is all you need" paper find?', 5);
    expect(quoted.confidence).toBe('high');
    expect(quoted.results[0]!.paper.title).toBe('More Agents Is All You Need');
    // A title quoted that no paper has, nor any of the first papers quotes, is a name they do not mention.
    const missing = await r.search('the "attention is all you need" paper', 5);
    expect(missing.confidence).not.toBe('high');
    expect(missing.unmentioned).toContain('attention is all you need');
    // So is one in single quotes, recalled as "the '...' one".
    const single = await r.search("where's the original task arithmetic paper, the 'editing models with task arithmetic' one", 5);
    expect(single.confidence).not.toBe('high');
    expect(single.unmentioned).toContain('editing models with task arithmetic');
    expect((await r.search("the 'In-Context Meta LoRA Generation' paper", 5)).results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
    // A number asked of a paper named by its title, which its abstract does not give: the paper first, but not an answer.
    const gpus = await r.search("how many GPUs did 'How to Train BERT with an Academic Budget' use?", 5);
    expect(gpus).toMatchObject({ confidence: 'none', abstained: true, unstated: ['gpus'] });
    expect(gpus.results[0]!.paper.title).toBe('How to Train BERT with an Academic Budget');
    expect(await r.search("how many hours did 'How to Train BERT with an Academic Budget' take to pretrain?", 5)).toMatchObject({ confidence: 'high' });
    // "More Agents Is All You Need" gives no number of agents (the digits of its link count nothing).
    expect(await r.search('how many agents does "more agents is all you need" use?', 5)).toMatchObject({ confidence: 'none', unstated: ['agents'] });
    // A query typed as a title names its paper; one typed as a title that no paper has is missing.
    const title = await r.search('More Agents Is All You Need', 5);
    expect(title.confidence).toBe('high');
    expect(title.results[0]!.paper.title).toBe('More Agents Is All You Need');
    const typedTitle = await r.search('Attention Is All You Need', 5);
    expect(typedTitle.confidence).not.toBe('high');
    expect(typedTitle.unmentioned).toContain('Attention Is All You Need');
    // A few words in brackets after "paper" may say what it is about: a paper whose title holds them is about it; a title in brackets no paper has is missing.
    expect(await r.search('do u have the PASTA paper (special token tuning)', 5)).toMatchObject({ confidence: 'high' });
    // "wheres" is chat, as "where's" is.
    expect(await r.search('wheres the tied lora paper', 5)).toMatchObject({ confidence: 'high' });
    expect((await r.search('in the gpt-3 paper (language models are few-shot learners) what was the data mix?', 5)).unmentioned).toContain('language models are few-shot learners');
    // A quoted phrase that is no title is searched as words.
    expect((await r.search('papers on "chain of thought" prompting', 5)).results[0]!.paper.title).not.toBe('More Agents Is All You Need');
    const summary = await r.search('summary of the twin-merging paper', 5);
    expect(summary).toMatchObject({ confidence: 'high' });
    expect(summary.unmentioned).toBeUndefined();
  });

  it('reads a sentence about the asker before a list of keywords as no keyword of it', async () => {
    for (const q of [
      'I teach an intro course and students keep asking me about this. Is there work on needle in a haystack evaluation?',
      'We are a small startup team and want to ship something soon. Is there work on LLM pruning?',
    ]) {
      const res = await r.search(q, 3);
      expect(res.confidence, q).not.toBe('none');
      expect(res.unmentioned, q).toBeUndefined();
    }
  });

  it('judges a question told after what the asker is doing as sure as the question alone', async () => {
    const asked = 'What research looks at picking a small, high-quality subset of instruction data?';
    const told = `I'm fine-tuning a model on instructions and suspect most of my 200k examples are redundant. ${asked}`;
    const [alone, after] = await Promise.all([r.search(asked, 5), r.search(told, 5)]);
    expect(alone.confidence).toBe('high');
    expect(after.confidence).toBe('high');
    expect(after.results[0]!.paper.title).toBe(alone.results[0]!.paper.title);
  });

  it('reads a question that asks about what the asker said with what they said', async () => {
    // "Is there a paper on this, and what do they do about batch effects?" alone is about batch effects; asked here, it is about single-cell RNA data.
    const rna = await r.search(
      'Our lab runs single-cell RNA sequencing and wants to cluster cell types with deep learning. Is there a paper on this, and what do they do about batch effects between experiments?',
      5,
    );
    expect(rna.confidence).toBe('none');
    expect(rna.unmentioned).toContain('rna');
  });

  it('shows a query made only of words the corpus is about as a weak match, not as one the corpus lacks', async () => {
    for (const q of ['large language models', 'papers about llms']) {
      const broad = await r.search(q, 5);
      expect(broad.confidence, q).toBe('low');
      expect(broad.results).toHaveLength(5);
    }
    // A word no paper uses still makes it one the corpus lacks.
    expect((await r.search('llms lying', 5)).confidence).toBe('none');
  });

  it('reads an acronym typed alone as the words the papers spell it out in', async () => {
    const vlm = await r.search('vlm hallucination', 5);
    expect(vlm.confidence).toBe('high');
    expect(vlm.unmentioned).toBeUndefined();
    expect(vlm.results[0]!.paper.title).toBe((await r.search('hallucination in vision-language models', 5)).results[0]!.paper.title);
    const rl = await r.search('rl for llm reasoning', 5);
    expect(rl.confidence).toBe('high');
    expect(rl.unmentioned).toBeUndefined();
    // No abstract writes "CNN"; pixelNeRF conditions on image features "in a fully convolutional manner".
    const cnn = await r.search('the nerf paper that conditions on cnn image features for novel view synthesis from one or a few images', 5);
    expect(cnn).toMatchObject({ confidence: 'high' });
    expect(cnn.unmentioned).toBeUndefined();
    expect(cnn.results[0]!.paper.title).toMatch(/^pixelNeRF/);
  });

  it("ranks first the paper whose title writes a name with its version ('Qwen2.5') for the name typed apart from it ('qwen 2.5')", async () => {
    const qwen = await r.search('how many tokens was qwen 2.5 pretrained on', 3);
    expect(qwen).toMatchObject({ confidence: 'high' });
    expect(qwen.results[0]!.paper.title).toBe('Qwen2.5 Technical Report');
  });

  it("counts a name typed with its version written on ('gpt3') as held by a paper that writes the two apart ('GPT-3')", async () => {
    const list = await r.search('LiST few shot thing, how many tunable params and does it beat gpt3 in context learning', 3);
    expect(list).toMatchObject({ confidence: 'high' });
    expect(list.results[0]!.paper.title).toMatch(/^LiST: Lite Prompted Self-training/);
  });

  it("reads casual shortenings of the field's words (\"sims\", \"evals\", \"params\", \"ft\", \"db\", \"expt\", \"bio\", \"docs\", \"rec\", \"LM\"), of its slang (\"crushes\") and of chat's (\"bc\")", async () => {
    const sims = await r.search('household sims for embodied llm agents', 3);
    expect(sims.confidence).toBe('high');
    expect(sims.results[0]!.paper.title).toBe('LLM-Planner: Few-Shot Grounded Planning for Embodied Agents with Large Language Models');
    expect((await r.search('evals of llm agents in household sims', 3)).confidence).not.toBe('none');
    // "attn" and "ctx", which no abstract writes, for attention and context.
    const attn = await r.search('sparse attn for long ctx prefilling', 3);
    expect(attn).toMatchObject({ confidence: 'high' });
    expect(attn.unmentioned).toBeUndefined();
    expect(attn.results[0]!.paper.title).toMatch(/^FlexPrefill/);
    // "ft" for fine-tuning.
    const lawma = await r.search('lawma - how many legal classification tasks was it, and did they ft llama 3 or mistral?', 3);
    expect(lawma).toMatchObject({ confidence: 'high' });
    expect(lawma.results[0]!.paper.title).toMatch(/^Lawma/);
    // "params" for parameters, "uni" for university: the papers write them out.
    const yulan = await r.search('yulan llm param count + how many pretraining tokens', 3);
    expect(yulan).toMatchObject({ confidence: 'high' });
    expect(yulan.results[0]!.paper.title).toBe('YuLan: An Open-source Large Language Model');
    const elm = await r.search('erasmus uni trained their own small lm?? how many params', 3);
    expect(elm.confidence).not.toBe('none');
    expect(elm.results[0]!.paper.title).toMatch(/Erasmian Language Model$/);
    // "db" for database.
    const tables = await r.search('anything about llms or embeddings for tables? like relational db tables, table qa', 3);
    expect(tables.confidence).toBe('high');
    expect(tables.unmentioned).toBeUndefined();
    expect(tables.results[0]!.paper.title).toMatch(/^Observatory: Characterizing Embeddings of Relational Tables/);
    // "expt" for experiment, "bc" for because: no name, no word of the topic.
    const olmo = await r.search('which fully open lm release shares all the checkpoints, data and training logs, and swaps in a special data mix during the lr annealing phase? need it for a curriculum expt', 3);
    expect(olmo.confidence).not.toBe('none');
    expect(olmo.unmentioned).toBeUndefined();
    expect(olmo.results[0]!.paper.title).toBe('2 OLMo 2 Furious');
    // "crushes" for outperforms.
    const crushes = await r.search('anyone know a paper where they finetune a llama on hundreds of legal classification tasks and it crushes gpt-4?', 3);
    expect(crushes).toMatchObject({ confidence: 'high' });
    expect(crushes.results[0]!.paper.title).toMatch(/^Lawma/);
    // "bio" for biology.
    const bio = await r.search('papers where language models are applied to chemistry or bio sequences? like molecules, proteins, antibodies', 3);
    expect(bio.confidence).not.toBe('none');
    expect(bio.unmentioned).toBeUndefined();
    const workflows = await r.search('any papers on task oriented dialogue bots that generalize to unseen tasks bc you give them natural language descriptions of the schema or a plan of the steps?', 3);
    expect(workflows).toMatchObject({ confidence: 'high' });
    expect(workflows.results[0]!.paper.title).toMatch(/^Improving Generalization in Task-oriented Dialogues/);
    // "LM" for language model, "accelerating" for faster: the papers write them out.
    const lm = await r.search('modular mixture-of-experts LM uncurated data', 3);
    expect(lm).toMatchObject({ confidence: 'high' });
    expect(lm.results[0]!.paper.title).toMatch(/^ModuleFormer/);
    expect(lm.apart).toBeUndefined();
    expect((await r.search('accelerating LLM prompt prefill', 3)).confidence).toBe('high');
    // "rec" for recommendation, which no paper writes: the query as typed asks for recommendation.
    const rec = await r.search('multi-task rec models', 3);
    expect(rec).toMatchObject({ confidence: 'high' });
    expect(rec.results[0]!.paper.title).toBe('Deep Task-specific Bottom Representation Network for Multi-Task Recommendation');
    // "docs" for documents, rare in the index (three papers' plain descriptions write it): answering from them is retrieval-augmented generation.
    const docs = await r.search('how do i make llms stop making stuff up when answering from docs?', 3);
    expect(docs.confidence).not.toBe('none');
    expect(docs.results.map((x) => x.paper.title)).toContain('Augmenting LLMs with Knowledge: A survey on hallucination prevention');
  });

  it('is a level less sure of papers on another task between two kinds of data', async () => {
    // The corpus has speech-to-text translation and music improvisation, not speech-to-speech translation or text-to-music.
    for (const q of ['speech-to-speech translation', 'text-to-music generation']) {
      expect(await r.search(q, 3), q).toMatchObject({ confidence: 'low', unmentioned: [q.split(' ')[0]] });
    }
    expect(await r.search('text-to-3D Gaussian splatting editing', 3)).toMatchObject({ confidence: 'high' });
  });

  it('reads a place or a people as naming the language of a paper, and a region as naming its languages', async () => {
    // LLMic's abstract says "Romanian" and Qorgau's "Kazakh and Russian": neither names Moldova, Central Asia or Turkic languages.
    const moldova = await r.search('is there a foundation model pretrained from scratch for the main language of romania and moldova?', 3);
    expect(moldova).toMatchObject({ confidence: 'high' });
    expect(moldova.results[0]!.paper.title).toMatch(/^LLMic/);
    const turkic = await r.search('a test set for harmful chatbot output in a central asian country where people mix the local turkic language with russian', 3);
    expect(turkic.unmentioned).toBeUndefined();
    expect(turkic.results[0]!.paper.title).toMatch(/^Qorgau/);
    // No abstract says "Warsaw": the language spoken there is searched for, as if typed.
    const warsaw = await r.search('Are there language models, datasets or evaluations built for the main language spoken in Warsaw?', 5);
    expect(warsaw.confidence).not.toBe('none');
    expect(warsaw.results.slice(0, 3).every((x) => /Polish|Bielik|Slavic/.test(`${x.paper.title} ${x.paper.abstract}`))).toBe(true);
    // Read as keywords, "spoken" is held by the Polish papers too.
    const spoken = await r.search('is there anything on models for the main language spoken in Warsaw?', 5);
    expect(spoken).toMatchObject({ confidence: 'high' });
    expect(spoken.unmentioned).toBeUndefined();
  });

  it('is a level less sure when the first papers give other numbers of a unit the question gives a number of', async () => {
    // Quantized Side Tuning tunes 4-bit models.
    const four = await r.search('memory-efficient tuning of 4-bit quantized llms', 3);
    expect(four.confidence).toBe('high');
    expect(four.unmentioned).toBeUndefined();
    const three = await r.search('is there a paper on memory efficient tuning of llms quantized to three bits?', 3);
    expect(three).toMatchObject({ confidence: 'low', unmentioned: ['three bits'] });
    expect(three.results[0]!.paper.title).toBe(four.results[0]!.paper.title);
  });

  it('is a level less sure when the first papers do not name the family of a version of a model the question names', async () => {
    // The Kalamang benchmark's paper reports chrF of the LLMs of its time; Gemini 1.5 Pro it does not name.
    const gemini = await r.search('did anyone run gemini 1.5 pro on the kalamang one-book translation benchmark? what chrF did it get', 3);
    expect(gemini.results[0]!.paper.title).toBe('A Benchmark for Learning to Translate a New Language from One Grammar Book');
    expect(gemini).toMatchObject({ confidence: 'low', unmentioned: ['gemini 1.5'] });
    const chrf = await r.search('did anyone run llms on the kalamang one-book translation benchmark? what chrF did they get', 3);
    expect(chrf.confidence).toBe('high');
  });

  it("says the corpus does not answer how many parameters Apple's server model has: its report gives only the on-device model's", async () => {
    const server = await r.search("how many params does apple's server model (the private cloud compute one) have", 3);
    expect(server.results[0]!.paper.title).toBe('Apple Intelligence Foundation Language Models');
    expect(server).toMatchObject({ confidence: 'none', unstated: ['apple server model params'] });
    expect((await r.search("how many params does apple's on-device model have", 3)).confidence).toBe('high');
  });

  it('says the corpus does not answer when the first paper gives no number for the quantity a question asks for', async () => {
    // The Falcon2 report says its training stages differ in context length, not what the length is.
    const falcon = await r.search('whats the context lenght falcon2-11b ends up with after the final training stage?', 3);
    expect(falcon).toMatchObject({ confidence: 'none', abstained: true, unstated: ['context length'] });
    expect(falcon.results[0]!.paper.title).toBe('Falcon2-11B Technical Report');
    // Asked for what the report does say, the same paper is a strong match.
    const stages = await r.search('how did the training stages of falcon2-11b differ?', 3);
    expect(stages).toMatchObject({ confidence: 'high' });
    expect(stages.unstated).toBeUndefined();
    expect(stages.results[0]!.paper.title).toBe(falcon.results[0]!.paper.title);
    // A quantity named by a list of keywords, of a paper it names (Glot500's abstract gives no corpus size) ...
    expect(await r.search('Glot500-c corpus size tokens', 3)).toMatchObject({ confidence: 'none', unstated: ['corpus size'] });
    // ... not of a topic.
    expect((await r.search('context length extrapolation', 3)).unstated).toBeUndefined();
    // ... nor a budget the paper it names is about working within.
    const budget = await r.search('slimmable multi-task encoder decoders compute budget', 3);
    expect(budget).toMatchObject({ confidence: 'high' });
    expect(budget.results[0]!.paper.title).toBe('Efficient Controllable Multi-Task Architectures');
    // A quantity asked of a topic, not of a paper the question names: the papers may discuss it without a number.
    const compute = await r.search('how much compute does model merging need', 3);
    expect(compute).toMatchObject({ confidence: 'low', unstated: ['compute'] });
    // So is one asked by a question for papers ("what work exists on ..."), though rare words of a title look like it names that paper.
    const topic = await r.search(
      "I'm building a multilingual customer-service bot. What work exists on intent detection, slot filling or task-oriented dialogue across many and low-resource languages? Which datasets were created, and how large are the performance gaps compared with English?",
      3,
    );
    expect(topic).toMatchObject({ confidence: 'low', unstated: ['performance gaps'] });
    // ... but a change by itself asked of papers may be told in words: the papers building on BLIP-2 say what they do better.
    const blip = await r.search(
      "We're building on BLIP-2 and its querying transformer that connects a frozen image encoder to a frozen LLM. Which papers extend that architecture, for example for instruction tuning or cheaper vision-language pretraining, and what improvements did they report?",
      5,
    );
    expect(blip.confidence).toBe('high');
    expect(blip.unstated).toBeUndefined();
    expect(blip.results.map((x) => x.paper.title)).toContain('Language Grounded QFormer for Efficient Vision Language Understanding');
    // Of a paper the question describes as the one it asks of ("for the method that ..."), as of one it names.
    const average = 'keeps a running average of weights so an image-text model with zero-shot skills stays robust while learning tasks one after another';
    const described = await r.search(`For the method that ${average}, what averaging coefficient did they use?`, 3);
    expect(described).toMatchObject({ confidence: 'none', abstained: true, unstated: ['averaging coefficient'] });
    expect(described.results[0]!.paper.title).toMatch(/^Momentum-based Weight Interpolation/);
    expect(await r.search(`what averaging coefficient is used when one ${average}?`, 3)).toMatchObject({ confidence: 'low', unstated: ['averaging coefficient'] });
    // INJONGO states how many languages it covers.
    const languages = await r.search('how many african languages does the injongo intent dataset cover?', 3);
    expect(languages).toMatchObject({ confidence: 'high' });
    expect(languages.unstated).toBeUndefined();
  });

  it('says the corpus does not answer when a paper the question names gives none of the names it asks for', async () => {
    // The Babel abstract says its models grew by layer extension, not from which model.
    const babel = await r.search('Which base model was Babel-83B grown from with the layer-extension technique?', 3);
    expect(babel).toMatchObject({ confidence: 'none', abstained: true, unstated: ['base model'] });
    expect(babel.results[0]!.paper.title).toMatch(/^Babel: /);
    const grown = await r.search('How does Babel-83B grow its parameter count?', 3);
    expect(grown).toMatchObject({ confidence: 'high' });
    expect(grown.results[0]!.paper.title).toBe(babel.results[0]!.paper.title);
    // SambaLingo says it covers 9 languages, not which.
    expect(await r.search('Which nine languages does SambaLingo adapt Llama 2 to?', 3)).toMatchObject({ confidence: 'none', unstated: ['languages'] });
    // Promptagator's abstract says "large language models", not which.
    expect(await r.search('in promptagator which llm do they actually use to generate the queries', 3)).toMatchObject({ confidence: 'none', unstated: ['base model'] });
    // Taskmaster-1 counts its domains without naming them; T2Ranking names its two stages.
    expect(await r.search('what are the six domains in taskmaster-1', 3)).toMatchObject({ confidence: 'none', unstated: ['six domains'] });
    expect(await r.search('what are the two stages of T2Ranking?', 3)).toMatchObject({ confidence: 'high' });
    // PISTOL counts "four distinct unlearning methods" and BabyLlama-2 "two teachers"; the curricula paper names its two architectures.
    expect(await r.search('which 4 unlearning methods did PISTOL actually benchmark on llama2-7b?', 3)).toMatchObject({ confidence: 'none', unstated: ['4 unlearning methods'] });
    expect(await r.search('babyllama-2: what are the two teacher models exactly?', 3)).toMatchObject({ confidence: 'none', unstated: ['two teacher models'] });
    expect(await r.search('which two neural ranking architectures does the answer ranking curriculum paper improve?', 3)).toMatchObject({ confidence: 'high' });
    // Which team did best, of a shared task described rather than named: the overview found first names no winner.
    const winner = await r.search('In the 2023 round of the neural cross-language retrieval evaluation campaign, which participating team achieved the highest score on the Russian news task?', 3);
    expect(winner).toMatchObject({ unstated: ['best team'] });
    expect(winner.confidence).not.toBe('high');
    expect(winner.results[0]!.paper.title).toBe('Overview of the TREC 2023 NeuCLIR Track');
    // Which of the methods a paper compares did best, of a paper described: Pedagogical Alignment names no winner of its three.
    const method = await r.search('In the study that aligned a tutoring model with human-feedback reinforcement learning instead of supervised tuning, which of the three preference algorithms came out on top?', 3);
    expect(method).toMatchObject({ confidence: 'none', unstated: ['best method'] });
    expect(method.results[0]!.paper.title).toBe('Pedagogical Alignment of Large Language Models');
    // Where the code is, of a paper named; of a topic, a wish.
    expect(await r.search('is there a github repo for the collaborative decoding of critical tokens factuality paper?', 3)).toMatchObject({ confidence: 'none', unstated: ['code link'] });
    expect(await r.search('any rag papers with code on github?', 3)).not.toMatchObject({ confidence: 'none' });
    // "which model do they use" may ask for an architecture no list of model families holds: a level less sure only.
    expect(await r.search('in the babel paper which model do they use?', 3)).toMatchObject({ confidence: 'low', unstated: ['base model'] });
  });

  it('says the corpus does not answer when the first paper only mentions in passing what a question asks for in particular', async () => {
    // The first papers name Turkish in lists of the languages they cover.
    const turkish = await r.search('is there any llm trained specifically for turkish? not a multilingual one', 3);
    expect(turkish).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['turkish'] });
    expect(await r.search('any chat llm built specifically for vietnamese, not just a multilingual one?', 3)).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['vietnamese'] });
    // The first paper is on speech, and does not mention Cantonese; the paper that does is about Cantonese understanding.
    expect(await r.search('cantonese asr - anything on speech recognition for cantonese specifically', 3)).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['cantonese'] });
    // HKCanto-Eval is about Cantonese: its title says so.
    const cantonese = await r.search('is there an llm benchmark specifically for cantonese?', 3);
    expect(cantonese).toMatchObject({ confidence: 'high' });
    expect(cantonese.inPassing).toBeUndefined();
    expect(cantonese.results[0]!.paper.title).toMatch(/^HKCanto-Eval/);
    // The paper of a name asked for, which the first paper only uses ("uses the Whisper encoder").
    expect(await r.search('do we have the whisper paper?', 3)).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['whisper'] });
    // A paper asked for by name that the first paper uses but does not introduce; one it introduces.
    expect(await r.search('do we have the Flan-T5 paper?', 3)).toMatchObject({ confidence: 'none', inPassing: ['flan-t5'] });
    expect(await r.search('is OLMo 2 in here', 3)).toMatchObject({ confidence: 'high' });
    // ... and a word of English typed in capitals is a name: no paper introduces CLIP, the few-shot adapter of CLIP is found first.
    expect(await r.search('is the CLIP paper in here?', 3)).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['clip'] });
    expect((await r.search('few-shot adaptation of CLIP', 3)).results[0]!.paper.title).toBe('Low-Rank Few-Shot Adaptation of Vision-Language Models');
    // ... and a technical report asked for as a paper is: Qwen2.5's is in the corpus, GPT-4's is not.
    expect(await r.search('is the gpt-4 technical report in the corpus', 3)).toMatchObject({ confidence: 'none', inPassing: ['gpt-4'] });
    expect(await r.search('the qwen2.5 technical report', 3)).toMatchObject({ confidence: 'high' });
    // ... and so is a name with its version: a paper that fine-tunes Gemma 2 is not the Gemma 2 paper; Falcon2-11B's report is Falcon 2's.
    expect(await r.search('the gemma 2 paper', 3)).toMatchObject({ confidence: 'none', inPassing: ['gemma 2'] });
    expect(await r.search('the falcon2 paper', 3)).toMatchObject({ confidence: 'high' });
    expect(await r.search('the falcon 2 technical report', 3)).toMatchObject({ confidence: 'high' });
    expect(await r.search('the olmo 2 paper', 3)).toMatchObject({ confidence: 'high' });
    // ... and so is a name with its number written on in the title: Taskmaster-1's is the taskmaster paper.
    expect(await r.search('is the taskmaster paper in here?', 3)).toMatchObject({ confidence: 'high' });
    expect(await r.search('do we have the taskmaster paper?', 3)).toMatchObject({ confidence: 'high' });
    // The paper that introduces the name asked for comes first, though papers on what it named are found before it.
    const bigBench = await r.search('do you have the big-bench paper', 3);
    expect(bigBench).toMatchObject({ confidence: 'high' });
    expect(bigBench.results[0]!.paper.title).toMatch(/^Beyond the Imitation Game/);
    // ... however broad its words: many papers write GPT, none introduces GPT-3.
    expect(await r.search("where's the GPT-3 paper", 3)).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['gpt-3'] });
    expect(await r.search('which paper introduced gpt-3', 3)).toMatchObject({ confidence: 'none', inPassing: ['gpt-3'] });
    // A paper asked for by a name in capitals that no paper uses.
    expect(await r.search("how does Anthropic's Constitutional AI paper train a harmless assistant from a list of principles?", 3)).toMatchObject({
      confidence: 'none',
      inPassing: ['constitutional ai'],
    });
    // A paper that is about its name.
    expect(await r.search('the lmql paper', 3)).toMatchObject({ confidence: 'high' });
    // The original of a name many papers build on: HyperLLaVA is not the LLaVA paper.
    const llava = await r.search('original LLaVA visual instruction tuning', 3);
    expect(llava).toMatchObject({ confidence: 'none', abstained: true, inPassing: ['llava'] });
    expect(llava.results[0]!.paper.title).toMatch(/^HyperLLaVA/);
    expect(await r.search('the hyperllava paper', 3)).toMatchObject({ confidence: 'high' });
    // A paper asked for as in the collection: SELF-GUIDE does not even mention Self-Instruct.
    expect(await r.search('is self-instruct in the collection? the one that bootstraps instructions from the model itself', 3)).toMatchObject({
      confidence: 'none',
      inPassing: ['self-instruct'],
    });
    const guide = await r.search('is self-guide in the corpus?', 3);
    expect(guide).toMatchObject({ confidence: 'high' });
    expect(guide.results[0]!.paper.title).toMatch(/^SELF-GUIDE/);
  });

  it('finds the paper asked for by the words its title opens with, by what it is called or by its whole title', async () => {
    // A paper called by the words its title opens with is that paper, though those words find others first.
    const learning = await r.search('is the learning to learn paper in here?', 3);
    expect(learning).toMatchObject({ confidence: 'high' });
    expect(learning.results[0]!.paper.title).toMatch(/^Learning to Learn:/);
    expect((await r.search("where's the selective attention paper", 3)).results[0]!.paper.title).toMatch(/^Selective Attention:/);
    const less = await r.search('do we have the less is more paper?', 3);
    expect(less).toMatchObject({ confidence: 'high' });
    expect(less.results[0]!.paper.title).toMatch(/^Less is More/i);
    // ... or by what it says the paper is called: "called", "titled" are how it asks, no words of a topic.
    const called = await r.search('is there a paper called annollm?', 3);
    expect(called).toMatchObject({ confidence: 'high' });
    expect(called.results[0]!.paper.title).toMatch(/^AnnoLLM:/);
    expect(await r.search('is there a paper titled annollm?', 3)).toMatchObject({ confidence: 'high' });
    const titled = await r.search('is there a paper called learning to learn?', 3);
    expect(titled).toMatchObject({ confidence: 'high' });
    expect(titled.results[0]!.paper.title).toMatch(/^Learning to Learn:/);
    // ... or by its whole title typed in lower case: a question its title asks is no question asked of it.
    const bulb = await r.search('how many parameters does it take to change a light bulb? evaluating performance in self-play of conversational games as a function of model characteristics', 3);
    expect(bulb).toMatchObject({ confidence: 'high' });
    expect(bulb.unstated).toBeUndefined();
    expect(await r.search('is llm in-context recall is prompt dependent in the corpus?', 3)).toMatchObject({ confidence: 'high' });
    expect((await r.search("show, don't tell: aligning language models with demonstrated feedback", 3)).results[0]!.paper.title).toMatch(/^Show, Don't Tell/);
    // ... but what is asked of it besides is still asked: the abstract gives no batch size.
    expect(await r.search('how many parameters does it take to change a light bulb? evaluating performance in self-play of conversational games as a function of model characteristics - what batch size?', 3)).toMatchObject({ confidence: 'none' });
  });

  it('reads a year asked for as a date to check, not a word to find: papers dated then first, and says when none is', async () => {
    const topic = await r.search('papers on rlhf', 10);
    expect(topic.confidence).toBe('high');
    // The corpus dates none of its RLHF papers to 2023: they are still the papers on the topic, not "not in the corpus".
    const older = await r.search('papers from 2023 on rlhf', 10);
    expect(older).toMatchObject({ confidence: 'high', abstained: false, notDated: [2023] });
    expect(older.unmentioned).toBeUndefined();
    expect(older.results.map((x) => x.paper.title)).toEqual(topic.results.map((x) => x.paper.title));
    // One of them is dated 2026: it comes first.
    const dated = await r.search('rlhf papers from 2026', 3);
    expect(dated).toMatchObject({ confidence: 'high' });
    expect(dated.notDated).toBeUndefined();
    expect(dated.results[0]!.paper.published).toMatch(/^2026-/);
    expect(topic.results.slice(0, 3).some((x) => x.paper.published?.startsWith('2026'))).toBe(false);
    // A year that is part of a name is a word of the query.
    const semeval = await r.search('SemEval-2024 task 8', 3);
    expect(semeval.results[0]!.paper.title).toMatch(/^SemEval-2024 Task 8/);
    expect(semeval.notDated).toBeUndefined();
  });

  it('reads a venue or lab asked for as where papers come from, not a word to find, and says when the corpus does not say', async () => {
    const topic = await r.search('papers on model merging', 10);
    expect(topic.confidence).toBe('high');
    // The corpus records no venues or labs: the papers on the topic, not "not in the corpus".
    for (const [q, name] of [
      ['neurips papers on model merging', 'neurips'],
      ['papers from google on model merging', 'google'],
      ['any ICLR 2024 papers on model merging?', 'iclr'],
    ] as const) {
      const found = await r.search(q, 10);
      expect(found, q).toMatchObject({ confidence: 'high', abstained: false, notFrom: [name] });
      expect(found.unmentioned).toBeUndefined();
      expect(found.results.map((x) => x.paper.title)).toEqual(topic.results.map((x) => x.paper.title));
    }
    // A lab recalled with the paper: the paper, as sure as without it.
    const recalled = await r.search('whats the google paper where they calibrate the sequence likelihood of generated outputs', 3);
    expect(recalled).toMatchObject({ confidence: 'high', notFrom: ['google'] });
    expect(recalled.results[0]!.paper.title).toBe('Calibrating Sequence likelihood Improves Conditional Language Generation');
    // A paper whose text names the venue comes from it.
    const cvpr = await r.search('notes from the cvpr tutorial on large multimodal models', 3);
    expect(cvpr.confidence).toBe('high');
    expect(cvpr.notFrom).toBeUndefined();
    expect(cvpr.results[0]!.paper.title).toBe('Large Multimodal Models: Notes on CVPR 2023 Tutorial');
    // "meta learning" is a topic, not a lab.
    expect((await r.search('meta learning papers', 3)).notFrom).toBeUndefined();
    // An author the corpus has no papers of, the same.
    const hinton = await r.search('papers by geoffrey hinton on model merging', 10);
    expect(hinton).toMatchObject({ confidence: 'high', notFrom: ['geoffrey hinton'] });
    expect(hinton.results.map((x) => x.paper.title)).toEqual(topic.results.map((x) => x.paper.title));
  });

  it('is a level less sure of a list of keywords no one of the first papers holds together', async () => {
    // GeoGround grounds objects in satellite images; the papers that detect things are others.
    const change = await r.search('satellite image change detection', 3);
    expect(change).toMatchObject({ confidence: 'low', apart: ['detection'] });
    expect(change.unmentioned).toBeUndefined();
    const grounding = await r.search('remote sensing visual grounding VLM', 3);
    expect(grounding.confidence).toBe('high');
    expect(grounding.apart).toBeUndefined();
  });

  it('reads an everyday word for what the papers call otherwise ("squash" for merging or compressing) as no word the corpus lacks', async () => {
    const merge = await r.search('Is there a way to squash several separately fine-tuned copies of the same model into one model that can do all of their jobs, without training again?', 3);
    expect(merge.confidence).not.toBe('none');
    expect(merge.results.slice(0, 3).some((x) => /merg|fusion/i.test(x.paper.title))).toBe(true);
    // "keypoints" for the landmarks a paper localizes.
    const face = await r.search('one network that segments facial regions, finds facial keypoints and estimates head pose', 3);
    expect(face).toMatchObject({ confidence: 'high' });
    expect(face.unmentioned).toBeUndefined();
    expect(face.results[0]!.paper.title).toBe('FaceXFormer: A Unified Transformer for Facial Analysis');
  });

  it('asks for a term of the field of several words whole, and is then a level less sure, never sure it is not in the corpus', async () => {
    // The closest paper learns classes incrementally, but detects no objects; papers may write a term otherwise, so `low`, not `none`.
    expect(await r.search('class-incremental object detection', 3)).toMatchObject({ confidence: 'low', unmentioned: ['object', 'detection'] });
    expect(await r.search('continual learning remote sensing imagery', 3)).toMatchObject({ confidence: 'low', apart: ['continual'] });
    await expectSure(['class-incremental learning', 'remote sensing visual grounding']);
  });

  it('abstains when nothing in the corpus is relevant', async () => {
    // Everyday nouns are what such a question is about, not chat around it.
    for (const q of ['What is the best recipe for sourdough bread?', 'How do Kalman filters fuse IMU and GPS data?', 'papers on wedding planning', 'podcast summarization']) {
      expect((await r.search(q)).abstained, q).toBe(true);
    }
  });

  it('lists no papers for a query that names no topic, or none the papers use, since none is closer than another', async () => {
    for (const q of ['?', 'what is it', 'qwxz zzvq', 'thanks!', 'hey, is there any research?']) {
      expect(await r.search(q), q).toMatchObject({ confidence: 'none', abstained: true, results: [] });
    }
  });

  it('reads a name the papers use out of a word written against Chinese, Japanese or Korean script', async () => {
    for (const q of ['LoRA是什么', '什么是LoRA']) {
      expect((await r.search(q, 3)).results.map((x) => x.paper.title), q).toContain('In-Context Meta LoRA Generation');
    }
  });

  it('rejects empty and overlong queries', async () => {
    await expect(r.search('   ')).rejects.toThrow('query is empty');
    await expect(r.search('x'.repeat(2001))).rejects.toThrow('query is too long (2001 characters, at most 2000)');
  });
});

describe('title lookup', () => {
  it('resolves lower case, missing punctuation, typos, partial titles and short names', async () => {
    expect(await titleOf('uer')).toBe('UER: An Open-Source Toolkit for Pre-training Models');
    // "the ... paper": the paper its words call so, not a title with the words in it.
    expect(await titleOf('the guide paper')).toBe('GUIDE: A Guideline-Guided Dataset for Instructional Video Comprehension');
    expect(await titleOf('the limit paper')).toBe('LIMIT: Less Is More for Instruction Tuning Across Evaluation Paradigms');
    expect(await titleOf('the scale paper')).toBe('SCALE: Synergized Collaboration of Asymmetric Language Translation Engines');
    expect(await titleOf('in context meta lora generation')).toBe('In-Context Meta LoRA Generation');
    expect(await titleOf('In-Contxt Meta LoRa Genration')).toBe('In-Context Meta LoRA Generation');
    expect(await titleOf('facexformer')).toBe('FaceXFormer: A Unified Transformer for Facial Analysis');
    expect(await titleOf('unified transformer for facial analysis')).toBe('FaceXFormer: A Unified Transformer for Facial Analysis');
  });

  it('resolves a title far ahead of all others though a word of it is mangled beyond a typo', async () => {
    expect(await titleOf('Tool Documentation Enables Zero-Shot Tool-Usage with Large Language Mods')).toBe(
      'Tool Documentation Enables Zero-Shot Tool-Usage with Large Language Models',
    );
    expect(await titleOf('educating llsm lie human students')).toMatch(/^Educating LLMs like Human Students/);
    expect(await titleOf('2 OLo 2 Furieus')).toBe('2 OLMo 2 Furious');
  });

  it('resolves a short name typed with an acronym of other title words', async () => {
    expect(await titleOf('hyperllava mllms')).toBe('HyperLLaVA: Dynamic Visual and Language Expert Tuning for Multimodal Large Language Models');
    expect(await titleOf('taskexpert mmoe')).toBe('TaskExpert: Dynamically Assembling Multi-Task Representations with Memorial Mixture-of-Experts');
  });

  it('resolves a title typed with symbols and contractions spelled out, or with a name its abstract gives', async () => {
    expect(await titleOf('tower plus bridging generality and translation specialization')).toBe(
      'Tower+: Bridging Generality and Translation Specialization in Multilingual LLMs',
    );
    expect(await titleOf('inverse scaling when bigger isnt better')).toBe("Inverse Scaling: When Bigger Isn't Better");
    expect(await titleOf('LMQL query language for large language models')).toBe('Prompting Is Programming: A Query Language for Large Language Models');
  });

  it('reads past words typed around a title: "paper", "arxiv", a year', async () => {
    expect(await titleOf('the splatflow paper')).toBe('SplatFlow: Multi-View Rectified Flow Model for 3D Gaussian Splatting Synthesis');
    expect(await titleOf('qwen2.5 technical report 2024')).toBe('Qwen2.5 Technical Report');
    expect(await titleOf('call for papers babylm')).toBe('Call for Papers -- The BabyLM Challenge: Sample-efficient pretraining on a developmentally plausible corpus');
  });

  it("reads past an author's name or a venue typed with a title, but not a word the corpus uses", async () => {
    const diverse = 'Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models';
    expect(await titleOf('diverse beam search vijayakumar')).toBe(diverse);
    expect(await titleOf('the diverse beam search paper by vijayakumar et al')).toBe(diverse);
    expect(await titleOf('conditional poisson stochastic beam search meister, emnlp 2021')).toBe('Conditional Poisson Stochastic Beam Search');
    expect(await titleOf('routerretriever zhang')).toMatch(/^RouterRetriever/);
    for (const famous of ['attention is all you need vaswani', 'language models are few-shot learners brown et al']) {
      expect((await r.lookupTitle(famous)).resolved, famous).toBeNull();
    }
  });

  it('reads a slip in words typed run together or in a short word as the title\'s, and never as a name to read past', async () => {
    expect(await titleOf('Examining Forgetting in Continual Preotraining of Aligned Large Language Models')).toBe(
      'Examining Forgetting in Continual Pre-training of Aligned Large Language Models',
    );
    expect(await titleOf('AnyTaskTune: Advanced Domin-Specific Solutions through Task-FineuTuning')).toMatch(/^AnyTaskTune/);
    expect(await titleOf('wht did i do wrong')).toMatch(/^What Did I Do Wrong\?/);
    // The LoRA paper is not in the corpus: "wrank" is a slip of "rank", not an author to read past.
    expect((await r.lookupTitle('LoRA: Lo-wRank Adaptation of Large Language Models')).resolved).toBeNull();
  });

  it('names the title a partial title typed with a typo starts, over one holding the same words in another order', async () => {
    expect(await titleOf('interpretatin of natural language')).toBe('Interpretation of Natural Language Rules in Conversational Machine Reading');
  });

  it('does not take a word for an acronym that starts with a small word of the title', async () => {
    // "are" is not "and Retrieval for Enhanced": the title lacks a word typed, so it is only offered.
    const r1 = await r.lookupTitle('enhanced personalization are');
    expect(r1.resolved).toBeNull();
    expect(r1.candidates[0]?.title).toMatch(/^Integrating Summarization and Retrieval for Enhanced Personalization/);
  });

  it('does not read past a name when what is left is a word or two of English', async () => {
    for (const famous of ['Mixtral of Experts', "Let's Veirfy Step by Step"]) {
      expect((await r.lookupTitle(famous)).resolved, famous).toBeNull();
    }
  });

  it('reads past the words a title is asked for with', async () => {
    expect(await titleOf('can u send me the splatflow paper pls')).toBe('SplatFlow: Multi-View Rectified Flow Model for 3D Gaussian Splatting Synthesis');
    expect(await titleOf('do you have the moduleformer paper?')).toMatch(/^ModuleFormer/);
    expect(await titleOf('what about inverse scaling when bigger isnt better')).toBe("Inverse Scaling: When Bigger Isn't Better");
    expect((await r.lookupTitle('attention is all you need, do you have it?')).resolved).toBeNull();
    // Asked for as the paper to find others like (/similar).
    expect(await titleOf('papers similar to tied lora')).toMatch(/^Tied-Lora/);
    expect(await titleOf('something like breadth-first pipeline parallelism')).toBe('Breadth-First Pipeline Parallelism');
    expect(await titleOf('papers like more agents is all you need')).toBe('More Agents Is All You Need');
  });

  it('names the close title that holds every word typed, not a closer one that lacks one', async () => {
    const l = await r.lookupTitle('the qwen2.5 math technical report');
    expect(l.resolved?.title).toMatch(/^Qwen2\.5-Math Technical Report/);
    expect(l.candidates.map((c) => c.title)).toContain('Qwen2.5 Technical Report');
  });

  it('names a title asked for in chat around it', async () => {
    for (const [typed, title] of [
      ['i think it was the one asking whether llms can really learn to translate a low-resource language from one grammar book', 'Can LLMs Really Learn to Translate a Low-Resource Language from One Grammar Book?'],
      ['that paper showing language model decoding as likelihood-utility alignment, I think', 'Language Model Decoding as Likelihood-Utility Alignment'],
    ]) {
      expect((await r.lookupTitle(typed!)).resolved?.title, typed).toBe(title);
    }
  });

  it("names a model's report by the model's name typed without its size, a Greek letter by its name", async () => {
    for (const [typed, title] of [
      ['falcon2', 'Falcon2-11B Technical Report'],
      ['solar', 'SOLAR 10.7B: Scaling Large Language Models with Simple yet Effective Depth Up-Scaling'],
      ['pi0', 'π_0: A Vision-Language-Action Flow Model for General Robot Control'],
    ]) {
      const l = await r.lookupTitle(typed!);
      expect(l.resolved, typed).toMatchObject({ title, score: expect.any(Number) });
      expect(l.resolved!.score, typed).toBeGreaterThanOrEqual(0.95);
    }
    // ... and ranks it first for a question that names it so, and says the abstract lacks the number it is asked for.
    expect((await r.search('what tasks was pi0 evaluated on?', 3)).results[0]!.paper.title).toMatch(/^π_0:/);
    const rate = await r.search('pi0 robot policy success rate on laundry folding?? like an actual percentage', 3);
    expect(rate).toMatchObject({ confidence: 'none', unstated: expect.arrayContaining(['success rate']) });
  });

  it('does not pass off a paper as a famous one it is not, though their titles share most words', async () => {
    for (const [famous, lookalike] of [
      ['attention is all you need', 'More Agents Is All You Need'],
      ['language models are few-shot learners', 'Language Models are Few-Shot Butlers'],
      ['denoising diffusion probabilistic models', 'Denoising Task Routing for Diffusion Models'],
    ]) {
      const l = await r.lookupTitle(famous!);
      expect(l.resolved, famous).toBeNull();
      expect(l.candidates.map((c) => c.title)).toContain(lookalike);
    }
  });

  it('resolves nothing for input that matches nothing plausible', async () => {
    const l = await r.lookupTitle('zzqx wobble frumious');
    expect(l.resolved).toBeNull();
  });

  it('returns alternatives when the match is uncertain', async () => {
    const l = await r.lookupTitle('beam search');
    expect(l.resolved).not.toBeNull();
    expect(l.candidates.length).toBeGreaterThan(0);
  });
});

describe('similar papers', () => {
  it("reads what a paper is about from its description's requests too: a study of decoding methods is related first to the beam search papers", async () => {
    const paper = (await r.allPapers()).find((p) => p.title === 'A Thorough Examination of Decoding Methods in the Era of LLMs')!;
    const top = (await r.similar(paper.id, 5)).map((s) => s.paper.title);
    expect(top).toEqual(
      expect.arrayContaining([
        'Conditional Poisson Stochastic Beam Search',
        'Beam Decoding with Controlled Patience',
        'If beam search is the answer, what was the question?',
        'Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models',
      ]),
    );
  });

  it('ranks related papers and never the paper itself', async () => {
    const paper = (await r.allPapers()).find((p) => p.title === 'Conditional Poisson Stochastic Beam Search')!;
    const sims = await r.similar(paper.id, 10);
    expect(sims).toHaveLength(10);
    expect(sims.map((s) => s.paper.id)).not.toContain(paper.id);
    expect(sims.slice(0, 5).filter((s) => /beam|decod/i.test(`${s.paper.title} ${s.paper.abstract}`)).length).toBeGreaterThanOrEqual(3);
  });
});
