import { describe, expect, it } from 'vitest';
import { inPassingNote } from '../src/answer/unmentioned-note.js';
import { demandedWords, introduces, mentionedInPassing } from '../src/retrieval/requirements/in-passing.js';

/** A corpus of 500 papers where each word is used by the papers `df` gives (3 when not listed). */
const corpus = (df: Record<string, number> = {}) => ({
  papers: 500,
  termStats: async (terms: string[]) => terms.map((term) => ({ term, df: df[term] ?? 3 })),
});

describe('words asked for in particular', () => {
  it('reads the word after "specifically for", "dedicated to" and the like, or before "specifically"', () => {
    expect(demandedWords('is there any llm trained specifically for turkish? not a multilingual one')).toEqual(['turkish']);
    expect(demandedWords('cantonese asr - anything on speech recognition for cantonese specifically')).toEqual(['cantonese']);
    // The words before "specifically", up to three, each alone.
    expect(demandedWords('what accuracy did they get on suicide risk detection specifically')).toEqual(['suicide', 'risk', 'detection']);
    expect(demandedWords('a model dedicated to the Basque language')).toEqual(['basque']);
    expect(demandedWords('papers on pruning large language models')).toEqual([]);
    // "tailored to" describes a paper, it asks for nothing in particular.
    expect(demandedWords('a multilingual llm tailored to journalism and social posts')).toEqual([]);
  });

  it('reads a name the paper of which is asked for ("the whisper paper"), but not one a paper is recalled by with what it does', () => {
    expect(demandedWords('do we have the whisper paper?')).toEqual(['whisper']);
    expect(demandedWords('WMDP benchmark paper')).toEqual(['wmdp']);
    expect(demandedWords('got the original colbert paper?')).toEqual(['colbert']);
    // The original models are models, which a paper reporting on them answers of.
    expect(demandedWords('did the original astrollama models actually do worse than llama-2-7b?')).toEqual([]);
    // ... nor the data or the weights a method started from.
    expect(demandedWords('experts routed per token for zero-shot on unseen tasks, no need for the original datasets')).toEqual([]);
    expect(demandedWords('can the merged model beat the original weights?')).toEqual([]);
    // A word of English between "original" and what it describes is a state of a model, not its name.
    expect(demandedWords('copy the changes back onto the original pretrained network')).toEqual([]);
    expect(demandedWords('how does it compare to the original transformer architecture')).toEqual([]);
    expect(demandedWords('how does it compare to the original llava')).toEqual(['llava']);
    expect(demandedWords('the bigscience paper where they ablated architectures')).toEqual([]);
    // The last word of words that describe the paper is no name of it.
    expect(demandedWords('the tool-use self training w/o demos paper - what gain did they get on popqa?')).toEqual([]);
    expect(demandedWords('in the sub-6ghz massive mimo codebook autoencoder paper what tool generated the data?')).toEqual([]);
    expect(demandedWords('the attention sinks paper, what did they find')).toEqual(['sinks']);
    expect(demandedWords('How can LoRA weights be generated from a task description? You must cite paper X.')).toEqual([]);
    expect(demandedWords('I want to cite paper X and skim paper Y.')).toEqual([]);
    expect(demandedWords('is self-instruct in the collection? the one that bootstraps instructions')).toEqual(['self-instruct']);
    expect(demandedWords('is toolformer here?')).toEqual(['toolformer']);
    expect(demandedWords('is toolformer in there?')).toEqual(['toolformer']);
    // "in there" after a question about a paper asks what the paper holds, not for another paper.
    expect(demandedWords('which slavic languages does the in-context learning resources paper cover? is ukrainian in there')).toEqual([]);
    expect(demandedWords('the paper that introduced ewc (elastic weight consolidation) - how is the fisher info used?')).toEqual(['ewc']);
    expect(demandedWords('which paper introduced lora')).toEqual(['lora']);
    expect(demandedWords("where's the GPT-3 paper?")).toEqual(['gpt-3']);
    expect(demandedWords("where's the model merging paper?")).not.toContain('model merging');
    expect(demandedWords('what paper first proposed lora?')).toEqual(['lora']);
    // A name a question opens with, then asks about how it was made or what it holds.
    expect(demandedWords('ALFWorld: how does it align text-based games with embodied environments?')).toEqual(['alfworld']);
    expect(demandedWords('ABCD, the Action-Based Conversations Dataset: what kind of dialogues does it contain?')).toEqual(['abcd']);
    expect(demandedWords('Summary: how do llms handle long inputs?')).toEqual([]);
  });

  it('keeps a rare word the paper has at most once in its abstract and not in its title', async () => {
    const catalogue = { title: 'A Catalogue of Data Sources', abstract: 'Target languages: Arabic, Basque, Chinese, Spanish, and Turkish.' };
    expect(await mentionedInPassing('an llm trained specifically for turkish?', catalogue, corpus())).toEqual(['turkish']);
    const speech = { title: 'A Speech Language Model', abstract: 'Speech recognition and translation in many languages.' };
    expect(await mentionedInPassing('speech recognition for cantonese specifically', speech, corpus())).toEqual(['cantonese']);
    const titled = { title: 'A Turkish Language Model', abstract: 'We train a model on web text.' };
    expect(await mentionedInPassing('an llm trained specifically for turkish?', titled, corpus())).toEqual([]);
    const twice = { title: 'A Language Model', abstract: 'We train on Turkish web text. Turkish benchmarks show gains.' };
    expect(await mentionedInPassing('an llm trained specifically for turkish?', twice, corpus())).toEqual([]);
  });

  it('keeps a word asked for specifically that no paper uses, but not one only asked for by name', async () => {
    const mental = { title: 'Mental-LLM: LLMs for Mental Health Prediction', abstract: 'We evaluate LLMs on mental health prediction tasks.' };
    const df = corpus({ suicid: 0, risk: 40, detect: 60, mental: 3 });
    expect(await mentionedInPassing('what accuracy did mental-llm get on suicide risk detection specifically', mental, df)).toEqual(['suicide']);
    expect(await mentionedInPassing('do we have the zorblax paper?', mental, corpus({ zorblax: 0 }))).toEqual([]);
  });

  it('reads a word that shortens a word of the title as the title holding it', async () => {
    const tele = { title: 'Tele-LLMs: A Series of Specialized Large Language Models for Telecommunications', abstract: 'Models tailored for the domain.' };
    expect(await mentionedInPassing('is there an llm series made specifically for telecom?? what param sizes', tele, corpus({ telecom: 3 }))).toEqual([]);
    // An ending is not a shortening: "korea" is not held by "Korean".
    const korean = { title: 'A Korean Language Model', abstract: 'We train a model on web text.' };
    expect(await mentionedInPassing('an llm made specifically for korea', korean, corpus({ korea: 2 }))).toEqual(['korea']);
  });

  it('takes a paper that uses a name a question opens with for another than its own', async () => {
    const butlers = { title: 'Language Models are Few-Shot Butlers', abstract: 'We train an agent on ALFWorld from a few expert demonstrations.' };
    expect(await mentionedInPassing('ALFWorld: how does it align text-based games with embodied environments?', butlers, corpus())).toEqual(['alfworld']);
    const own = { title: 'ALFWorld: Aligning Text and Embodied Environments', abstract: 'We introduce ALFWorld, a simulator.' };
    expect(await mentionedInPassing('ALFWorld: how does it align text-based games with embodied environments?', own, corpus())).toEqual([]);
  });

  it('does not take a paper named after a name it builds on for the paper of that name', async () => {
    const derived = { title: 'ColBERT-XM: A Modular Multi-Vector Representation Model', abstract: 'ColBERT-XM extends ColBERT to many languages. Unlike ColBERT, it ...' };
    expect(await mentionedInPassing('got the original colbert paper?', derived, corpus())).toEqual(['colbert']);
    const original = { title: 'ColBERT: Efficient Passage Search via Late Interaction', abstract: 'We present ColBERT. ColBERT encodes ...' };
    expect(await mentionedInPassing('got the original colbert paper?', original, corpus())).toEqual([]);
    expect(await mentionedInPassing('the llava paper', { title: 'HyperLLaVA: Dynamic Expert Tuning', abstract: 'LLaVA-style models ... LLaVA ...' }, corpus())).toEqual(['llava']);
    // ... and a name with its number written on is the name.
    const taskmaster = { title: 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset', abstract: 'We introduce the initial release of the Taskmaster-1 dataset.' };
    expect(await mentionedInPassing('is the taskmaster paper in here?', taskmaster, corpus())).toEqual([]);
  });

  it("takes a paper that uses a name with a number many papers use for no paper of that name when asked where that paper is", async () => {
    const flipped = { title: 'Guess the Instruction! Flipped Learning', abstract: 'Flipped outperforms a 3-shot GPT-3 (175B). We compare with GPT-3 on 14 tasks.' };
    const many = corpus({ gpt: 60, '3': 200 });
    expect(await mentionedInPassing("where's the GPT-3 paper?", flipped, many)).toEqual(['gpt-3']);
    expect(await mentionedInPassing('how does flipped compare with the GPT-3 paper?', flipped, many)).toEqual([]);
  });

  it('takes a name that says what the paper asked for introduced is about as held when the sentence that introduces it mentions it', async () => {
    const mtob = {
      title: 'A Benchmark for Learning to Translate a New Language from One Grammar Book',
      abstract: 'In this paper, we introduce MTOB, a benchmark for learning to translate between English and Kalamang. A human who learned Kalamang does better.',
    };
    const asked = 'which paper introduced the kalamang translation benchmark where the model only gets a grammar book?';
    expect(await mentionedInPassing(asked, mtob, corpus({ kalamang: 2 }))).toEqual([]);
    // Named in passing elsewhere, it is not what the paper introduced.
    const elsewhere = { ...mtob, abstract: 'In this paper, we introduce MTOB, a benchmark for learning to translate a new language. Kalamang is one of them.' };
    expect(await mentionedInPassing(asked, elsewhere, corpus({ kalamang: 2 }))).toEqual(['kalamang']);
    // The name of the very benchmark asked for must be introduced by the paper.
    const gsmic = { title: 'Large Language Models Can Be Easily Distracted by Irrelevant Context', abstract: 'We introduce GSM-IC, a variant of GSM8K with irrelevant context.' };
    expect(await mentionedInPassing('which paper introduced the gsm8k benchmark?', gsmic, corpus({ gsm8k: 5 }))).toEqual(['gsm8k']);
  });

  it('takes a paper named after a name many papers use for the paper of that name only when the original is asked for', async () => {
    const hyper = { title: 'HyperLLaVA: Dynamic Expert Tuning', abstract: 'LLaVA-style models ... LLaVA ...' };
    const many = corpus({ llava: 20, 'phi-1': 20, eval: 20 });
    expect(await mentionedInPassing('original LLaVA visual instruction tuning', hyper, many)).toEqual(['llava']);
    expect(await mentionedInPassing('the llava paper', hyper, many)).toEqual([]);
    const phi = { title: 'Textbooks Are All You Need II: phi-1.5 technical report', abstract: 'We continue the investigation ... phi-1 ...' };
    expect(await mentionedInPassing('is there the first phi-1 paper?', phi, many)).toEqual(['phi-1']);
    // A name of several words many papers use each of, that the paper does not mention.
    const guide = { title: 'SELF-GUIDE: Better Task-Specific Instruction Following', abstract: 'We synthesize task-specific input-output pairs from the student LLM itself.' };
    const words = corpus({ self: 52, instruct: 170 });
    expect(await mentionedInPassing('is self-instruct in the collection?', guide, words)).toEqual(['self-instruct']);
    // Named once, in passing, or again and again, it is not that paper either; introduced, it is.
    const once = { ...guide, abstract: 'Unlike Self-Instruct, we synthesize pairs from the student LLM itself.' };
    expect(await mentionedInPassing('is self-instruct in the collection?', once, words)).toEqual(['self-instruct']);
    const often = { ...guide, abstract: 'We revisit Self-Instruct. Self-Instruct bootstraps instructions from the model itself.' };
    expect(await mentionedInPassing('is self-instruct in the collection?', often, words)).toEqual(['self-instruct']);
    const introducing = { ...guide, abstract: 'We introduce Self-Instruct, a framework that bootstraps instructions from the model itself.' };
    expect(await mentionedInPassing('is self-instruct in the collection?', introducing, words)).toEqual([]);
    const crumbs = { title: 'Model Breadcrumbs: Scaling Multi-Task Model Merging', abstract: 'We merge fine-tuned models with sparse masks.' };
    const ties = corpus({ ti: 14, merg: 24 });
    expect(await mentionedInPassing('does the corpus have the TIES-merging paper?', crumbs, ties)).toEqual(['ties-merging']);
    // "a TIES-merging paper" may be any paper of the kind.
    expect(await mentionedInPassing('is there a good TIES-merging paper?', crumbs, ties)).toEqual([]);
    // The original of a name of several words, which the paper names once, in passing.
    const sparse = { title: 'SparsePO: Controlling Preference Alignment', abstract: 'Variants follow the Direct Preference Optimization objective; we mask tokens.' };
    const dpo = corpus({ direct: 40, prefer: 60, optim: 200 });
    expect(await mentionedInPassing('the derivation in the original Direct Preference Optimization paper', sparse, dpo)).toEqual(['direct preference optimization']);
    const original = { title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model', abstract: 'We propose Direct Preference Optimization.' };
    expect(await mentionedInPassing('the derivation in the original Direct Preference Optimization paper', original, dpo)).toEqual([]);
    // A paper asked for by a name in capitals no paper uses, or that the paper found does not use; not one many papers use.
    const dress = { title: 'DRESS: Instructing Large Vision-Language Models to Align with Humans', abstract: 'We use natural language feedback to align LVLMs.' };
    expect(await mentionedInPassing("Anthropic's Constitutional AI paper trains a harmless assistant", dress, corpus({ constitut: 0, ai: 400 }))).toEqual(['constitutional ai']);
    expect(await mentionedInPassing('how does the Constitutional AI paper work?', dress, corpus({ constitut: 2, ai: 400 }))).toEqual(['constitutional ai']);
    const merging = { title: 'Twin-Merging: Dynamic Integration of Modular Expertise', abstract: 'Model merging combines experts.' };
    expect(await mentionedInPassing('any good Model Merging paper?', merging, corpus({ model: 500, merg: 24 }))).toEqual([]);
    expect(await mentionedInPassing('Is Twin Merging paper in here?', merging, corpus({ twin: 1, merg: 24 }))).toEqual([]);
    // A paper asked for by name must introduce it: one that uses it again and again is another.
    const mental = { title: 'Mental-LLM: Leveraging Large Language Models for Mental Health Prediction', abstract: 'We fine-tune Alpaca and FLAN-T5. FLAN-T5 does well; FLAN-T5 is small.' };
    expect(await mentionedInPassing('do we have the Flan-T5 paper?', mental, corpus({ flan: 3, t5: 20 }))).toEqual(['flan-t5']);
    const yi = { title: 'Yi-Lightning Technical Report', abstract: 'Yi-Lightning ranks 6th on Chatbot Arena, a leaderboard. Chatbot Arena votes.' };
    expect(await mentionedInPassing('is the chatbot arena paper in here', yi, corpus({ chatbot: 3, arena: 2 }))).toEqual(['chatbot arena']);
    expect(await mentionedInPassing('is the yi-lightning tech report in here', yi, corpus({ yi: 1, lightn: 1 }))).toEqual([]);
    // "which we call BIG-Bench Hard" introduces BIG-Bench Hard, not BIG-Bench.
    expect(introduces({ title: 'Challenging BIG-Bench Tasks', abstract: 'We focus on 23 tasks, which we call BIG-Bench Hard (BBH).' }, 'big-bench')).toBe(false);
    expect(introduces({ title: 'Beyond the Imitation Game', abstract: 'We introduce the Beyond the Imitation Game benchmark (BIG-bench).' }, 'big-bench')).toBe(true);
    const olmo = { title: '2 OLMo 2 Furious', abstract: 'We present OLMo 2, the next generation of our fully open language models.' };
    expect(await mentionedInPassing('is OLMo 2 in here', olmo, corpus({ olmo: 3 }))).toEqual([]);
    // A keyword query for a benchmark or a dataset asks for its paper: the one that introduces it, however seldom it repeats it.
    expect(demandedWords('Belebele benchmark')).toEqual(['belebele']);
    // A technical report is asked for as a paper is; any other report names nothing.
    expect(demandedWords('is the gpt-4 technical report in the corpus')).toEqual(['gpt-4']);
    expect(demandedWords('For a sustainability report I need the carbon footprint of training BLOOM')).toEqual([]);
    expect(demandedWords('summarizing radiology reports with llms')).toEqual([]);
    const fourier = { title: 'Fourier Transporter: Bi-Equivariant Robotic Manipulation in 3D', abstract: 'We evaluate on RLBench and on a real robot.' };
    expect(await mentionedInPassing('RLBench robot learning benchmark', fourier, corpus({ rlbench: 2 }))).toEqual(['rlbench']);
    // English words joined by hyphens describe how the dataset was made; they do not name it.
    const taskmaster = { title: 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset', abstract: 'A two-person, spoken "Wizard of Oz" (WOz) approach, and "self-dialog".' };
    expect(await mentionedInPassing('Wizard-of-Oz self-dialog task dataset', taskmaster, corpus({ wizard: 1, oz: 1 }))).toEqual([]);
    const gsm = { title: 'Large Language Models Can Be Easily Distracted by Irrelevant Context', abstract: 'We introduce Grade-School Math with Irrelevant Context (GSM-IC), an arithmetic dataset.' };
    expect(await mentionedInPassing('GSM-IC irrelevant context dataset', gsm, corpus({ gsm: 3, ic: 2 }))).toEqual([]);
    // "improves on the original X" describes a paper; it does not ask for X's.
    const fewViews = { title: 'Radiance Fields from Few Views', abstract: 'NeRF needs many views. Our NeRF variant needs few.' };
    expect(await mentionedInPassing('a method that improves on the original NeRF with fewer views', fewViews, corpus({ nerf: 8 }))).toEqual([]);
    // "Evaluation" is a word of English, not a name built on "eval".
    const gecko = { title: 'Revisiting Text-to-Image Evaluation with Gecko', abstract: 'We evaluate ...' };
    expect(await mentionedInPassing('the original gecko eval paper', gecko, many)).toEqual([]);
  });

  it('asks nothing in particular of a word many papers use', async () => {
    const paper = { title: 'A Study', abstract: 'A model for code and for turkish.' };
    expect(await mentionedInPassing('a model trained specifically for code', paper, corpus({ code: 120 }))).toEqual([]);
  });

  it('tells a paper that introduces a name from one that uses it', () => {
    expect(introduces({ title: 'Tied-Lora: Enhancing parameter efficiency', abstract: '' }, 'tied-lora')).toBe(true);
    expect(introduces({ title: 'The WMDP Benchmark: Measuring Malicious Use', abstract: '' }, 'wmdp')).toBe(true);
    expect(introduces({ title: 'Parameter-Efficient Tuning with Special Token Adaptation', abstract: 'We propose PASTA, a method.' }, 'pasta')).toBe(true);
    expect(introduces({ title: 'X', abstract: 'We present Special Token Adaptation (PASTA).' }, 'pasta')).toBe(true);
    expect(introduces({ title: 'In-Context Meta LoRA Generation', abstract: 'We propose In-Context Meta LoRA (ICM-LoRA).' }, 'lora')).toBe(false);
    expect(introduces({ title: 'Mental-LLM', abstract: 'We fine-tune Alpaca and FLAN-T5 models.' }, 'flan-t5')).toBe(false);
    expect(introduces({ title: 'World Models', abstract: 'We further introduce the classical elastic weight consolidation (EWC) for selective updates.' }, 'ewc')).toBe(false);
    // A name with its number written on is the name: Taskmaster-1 is the taskmaster paper.
    expect(introduces({ title: 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset', abstract: '' }, 'taskmaster')).toBe(true);
    expect(introduces({ title: 'X', abstract: 'We introduce Taskmaster-2, a dataset of spoken dialogs.' }, 'taskmaster')).toBe(true);
    expect(introduces({ title: 'Taskmaster-Plus: More Dialogs', abstract: '' }, 'taskmaster')).toBe(false);
  });

  it('says which words asked for in particular the closest paper is not about', () => {
    expect(inPassingNote(['turkish'])).toBe('The closest paper is not about “turkish” in particular.');
    expect(inPassingNote([])).toBe('');
  });
});
