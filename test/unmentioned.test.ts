import { describe, expect, it } from 'vitest';
import { apartNote, unmentionedNote } from '../src/answer/unmentioned-note.js';
import { spelledLanguagePairs } from '../src/retrieval/requirements/places.js';
import { compoundsApart, mentionedElsewise, unheldKeywords, unmentionedAgainstTitled, unmentionedDirections, unmentionedNames, writtenOut } from '../src/retrieval/requirements/unmentioned.js';

const paper = (abstract: string) => ({ title: 'A Study', abstract });
/** 1,000 papers: the terms listed are used by many of them, every other by none. */
const corpus = (common: string[] = []) => ({ termStats: async (terms: string[]) => terms.map((term) => ({ term, df: common.includes(term) ? 300 : 0 })), papers: 1000 });
const names = (q: string, abstract: string, common: string[] = [], corrected = q) => unmentionedNames(q, corrected, [paper(abstract)], corpus(common));

describe('names a question uses that the cited papers do not mention', () => {
  it('finds a name none of the papers mention', async () => {
    expect(await names('wasnt there a paper testing llms on spanish medical licensing exams', 'A benchmark of Polish medical licensing exams for LLMs.', ['llm'])).toEqual(['spanish']);
    expect(await names('Coq Isabelle theorem proving LLMs', 'We prove theorems in Lean with LLMs.', ['llm'])).toEqual(['coq', 'isabelle']);
  });

  it('finds a language an everyday phrasing holds ("hindi" of "indian languages"), but not one offered as a guess at the languages asked for', async () => {
    const medical = 'We compare LLMs with MT models such as NLLB-200 for medical translation on English-to-French and English-to-Swahili.';
    expect(await names('anyone compared llms vs nllb for english->hindi medical translation?', medical, ['llm', 'translat', 'medic'])).toEqual(['hindi']);
    expect(await names('anyone compared llms for english to swahili medical translation?', medical, ['llm', 'translat', 'medic'])).toEqual([]);
    const slavic = 'In-context learning resources for Czech, Polish and Russian.';
    expect(await names('which slavic langs were in that ICL resources paper? czech, polish and ukrainian?', slavic)).toEqual([]);
  });

  it('reads no name in what a question sets aside or does without, or in examples it leaves open, but in a "not" of a verb', async () => {
    const personas = 'We personalize LLM outputs with user histories and preferences.';
    expect(await names('papers on personalizing llm outputs to users — not classic recsys stuff', personas, ['llm'])).toEqual([]);
    expect(await names('personalizing llm outputs (not recsys)', personas, ['llm'])).toEqual([]);
    expect(await names('personalizing llm outputs other than recsys', personas, ['llm'])).toEqual([]);
    // ... nor in what a method does without ("instead of", "rather than").
    const traits = 'We elicit personality traits of LLMs from their answers to open-ended interview prompts, scored by a classifier.';
    expect(await names('llm personality from interview prompts + a classifier instead of making the model fill in a questionaire?', traits, ['llm'])).toEqual([]);
    expect(await names('llm personality from interview prompts rather than a questionaire', traits, ['llm'])).toEqual([]);
    expect(await names('llm personality from a questionaire instead of interviews', traits, ['llm'])).toEqual(['questionaire']);
    expect(await names('does personalization not work with recsys?', personas, ['llm'])).toEqual(['recsys']);
    const black = 'Distillation methods use output probabilities of LLMs, unavailable in black-box LLMs.';
    expect(await names('how do i train a retriever from a black box llm, no logprobs at all?', black, ['llm'])).toEqual([]);
    expect(await names('how do i train a retriever from a black box llm with logprobs?', black, ['llm'])).toEqual(['logprobs']);
    // Nor in examples left open ("etc."), which illustrate what is asked.
    const tele = 'Tele-LLMs, a series of language models tailored for telecommunications.';
    expect(await names('any llms trained specifically for telecom stuff? like 3gpp specs etc. what sizes do they come in', tele, ['llm'])).toEqual([]);
    expect(await names('any llms trained specifically for telecom stuff, like 3gpp specs?', tele, ['llm'])).toEqual(['3gpp']);
    const weights = 'We generate network weights with a diffusion model instead of training them with gradients.';
    expect(await names('which works have a generator (hypernetwork, diffusion model and the like) output the weights?', weights, ['llm'])).toEqual([]);
    expect(await names('which works have a generator (a hypernetwork) output the weights?', weights, ['llm'])).toEqual(['hypernetwork']);
    expect(await names('weight generators: diffusion models, hypernetworks and the like', weights, ['llm'])).toEqual([]);
    // ... written with slashes and no word that opens them.
    const uralic = 'We adapt language models to low-resource languages of the Uralic family.';
    expect(await names('adapting language models to uralic languages? small languages related to finnish/estonian etc', uralic, ['languag'])).toEqual([]);
    expect(await names('adapting language models to uralic languages? small languages related to finnish/estonian', uralic, ['languag'])).toEqual(['finnish', 'estonian']);
    // ... or given in brackets as examples ("think ...", "e.g. ..."), with no "etc.".
    expect(await names('encoders for small related languages (think the relatives of finnish and estonian)?', uralic, ['languag'])).toEqual([]);
    expect(await names('encoders for small related languages (e.g. finnish, estonian)?', uralic, ['languag'])).toEqual([]);
    expect(await names('encoders for small related languages (finnish, estonian)?', uralic, ['languag'])).toEqual(['finnish', 'estonian']);
  });

  it('counts a name written another way as mentioned', async () => {
    // A Greek letter typed as its name; a part of a name written with hyphens; a three-letter shortening.
    expect(await names('pi0 robot flow matching', 'We present π_0, a flow matching model for robots.')).toEqual([]);
    expect(await names('icm lora paper - how big is the stored thing?', 'We propose In-Context Meta LoRA (ICM-LoRA).')).toEqual([]);
    expect(await names('the video textbook one (2.5 yrs in class)', 'It collects over 2.5 years of instructional videos.')).toEqual([]);
    expect(await names('does gpt4 beat humans', 'We compare GPT-4 with people.')).toEqual([]);
    expect(await names('agents on webarena', 'We test agents on Web Arena.')).toEqual([]);
    // Two words joined by a "2", by the first to the second.
    expect(await names('an open text2image model trained on api outputs', 'We train an open Text-to-Image model on outputs of closed APIs.')).toEqual([]);
    expect(await names('an open text2video model trained on api outputs', 'We train an open Text-to-Image model on outputs of closed APIs.')).toEqual(['text2video']);
    expect(await names("india's languages", 'Indian languages are covered.')).toEqual([]);
    expect(await names('KaSA adapters', 'We propose KASA, an adaptation method.')).toEqual([]);
    expect(await names('a conditional vae for weights', 'A CVAE generates the weights.')).toEqual([]);
    // The capitals that end a name written in mixed case: "In-BoXBART" is a BART.
    expect(await names('biomedical multi-task instruction BART', 'We propose In-BoXBART, tuned on biomedical tasks.')).toEqual([]);
    expect(await names('biomedical multi-task instruction BART', 'We propose In-BoXBARTS, tuned on biomedical tasks.')).toEqual(['bart']);
    expect(await names('the same method neuroscientists use', 'A neuroscientific approach to language units.')).toEqual([]);
    expect(await names('motion from occluded rgb-d video', 'Human motion reconstruction from monocular RGB(-D) videos.')).toEqual([]);
    // A name with a size after a hyphen, its word shortened in the paper.
    expect(await names('gains on movielens-1m over beam search', 'A 46.8% performance improvement on ML-1m over existing methods.')).toEqual([]);
    expect(await names('gains on movielens-1m over beam search', 'A 46.8% performance improvement on XL-1m over existing methods.')).toEqual(['movielens-1m']);
    // A maker of models is mentioned by one of its models.
    expect(await names('an OpenAI chat model that explains gold labels before annotating', 'GPT-3.5 can serve as a crowdsourced annotator.')).toEqual([]);
    expect(await names("faster than NVIDIA's training library", 'It is 43% faster than Megatron-LM.')).toEqual([]);
    expect(await names('an OpenAI chat model that explains gold labels before annotating', 'Llama 2 can serve as a crowdsourced annotator.')).toEqual(['openai']);
    // A name written with brackets inside is read alike in the question and the paper.
    expect(await names('that pick and place paper exploiting SE(d)xSE(d) symmetry', 'It leverages the two-fold SE(d)xSE(d) symmetry in the pick-place problem.')).toEqual([]);
    // An acronym written on a word without a space is its own word.
    expect(await names('rfq transmission', 'We optimize the transmission of the radio-frequency quadrupole(RFQ).')).toEqual([]);
    // The starts of two neighbours, the second of two letters.
    expect(await names('rl for a heavy-ion linac', 'RL for a superconducting linear accelerator.')).toEqual([]);
    expect(await names('deepseekmath for proofs', 'DeepSeekCoder writes code.')).toEqual(['deepseekmath']);
    // A year of two digits after a name is the year: "wmt23" is "WMT 2023".
    expect(await names('wmt23 terminology shared task', 'Our submissions to the WMT 2023 Terminology Shared Task.')).toEqual([]);
    expect(await names('wmt22 terminology shared task', 'Our submissions to the WMT 2023 Terminology Shared Task.')).toEqual(['wmt22']);
  });

  it('counts a language, a place or a people as mentioned by another word of it, a region by its languages', async () => {
    expect(await names('a model for the main language of romania and moldova', 'A foundation model for the Romanian language.')).toEqual([]);
    expect(await names('a small model built for a dutch university', 'A model by and for Erasmus University Rotterdam.')).toEqual([]);
    expect(await names('medical translation into an african language', 'We translate English to Swahili.')).toEqual([]);
    expect(await names('safety in a central asian country with a turkic language', 'Safety evaluation in Kazakh and Russian.')).toEqual([]);
    expect(await names('korean llm pretraining', 'We pretrain a Japanese LLM.', ['llm'])).toEqual(['korean']);
    expect(await names('african languages', 'We translate English to Romanian.')).toEqual(['african']);
    // A continent by its languages too.
    expect(await names('llms for clinical use in central europe', 'A benchmark of Polish medical exams.', ['llm'])).toEqual([]);
    expect(await names('llms for clinical use in asia', 'A benchmark of Polish medical exams.', ['llm'])).toEqual(['asia']);
    const finnoUgric = 'We train language models for Finno-Ugric languages: Võro, Livonian and Komi.';
    expect(await names('instruction tuned chat models for tiny uralic languages like voro or livonian?', finnoUgric, ['languag'])).toEqual([]);
    expect(await names('models for the uralic languages?', 'We train language models for Võro.', ['languag'])).toEqual([]);
    expect(await names('models for the uralic languages?', 'We train language models for Basque.', ['languag'])).toEqual(['uralic']);
    // The Baltic states' languages, of whichever family.
    expect(await names('models for tiny languages around the baltic?', 'We train language models for Võro and Livonian.', ['languag'])).toEqual([]);
    // A language by the country it is spoken in; English by America; none by "non-" before it.
    expect(await names('models for tiny languages spoken around estonia, latvia and russia?', 'We train language models for Võro, Livonian and Komi.', ['languag'])).toEqual([]);
    expect(await names('models for tiny languages spoken around estonia?', 'We train language models for Basque.', ['languag'])).toEqual(['estonia']);
    expect(await names('nlp for non-american english dialects', 'Dialects of English other than Standard American English.', ['nlp', 'dialect'])).toEqual([]);
  });

  it('reads a compound of two kinds of data as a task the papers must write, or describe', async () => {
    expect(await names('speech-to-speech translation', 'Decoder-only LLMs for speech-to-text translation.', ['speech', 'translat'])).toEqual(['speech-to-speech']);
    expect(await names('text-to-video diffusion', 'A video-language model for long videos.', ['text', 'video', 'diffus'])).toEqual(['text-to-video']);
    // A ratio of two kinds of data is no task.
    expect(await names('a study that varies the image-to-text ratio in pretraining', 'When to add image data in pretraining.', ['imag', 'text', 'data', 'pretrain'])).toEqual([]);
    expect(await names('text-to-picture models', 'Diffusion models for text-to-image generation.', ['text', 'model'])).toEqual([]);
    expect(await names('text-to-3d editing', 'Text-based generation and editing of 3D scenes.', ['text', 'edit'])).toEqual([]);
    // Not every compound with "to" is a task.
    expect(await names('easy-to-hard generalization', 'Generalizing from easy to hard problems.', ['easi', 'hard', 'gener'])).toEqual([]);
  });

  it('reads a compound of two kinds of data that the first paper does not write and another one does as one no paper holds with the rest', () => {
    const paper = (title: string, abstract: string) => ({ title, abstract, authors: [] });
    const understanding = paper('SpeechVerse: A Large-scale Generalizable Audio Language Model', 'An audio language model follows instructions on speech understanding tasks.');
    const tts = paper('InstructTTSEval: Instruction Following in Text-to-Speech Systems', 'A benchmark of text-to-speech systems.');
    expect(compoundsApart('dpo on text-to-speech models so they follow style instructions', [understanding, tts])).toEqual(['text-to-speech']);
    expect(compoundsApart('dpo on text-to-speech models so they follow style instructions', [tts, understanding])).toEqual([]);
    // Written by none of them, it is a name none mentions (above), not one apart.
    expect(compoundsApart('dpo on text-to-speech models', [understanding, understanding])).toEqual([]);
  });

  it('reads a rare word of English that some papers use as no name, unless typed with a capital', async () => {
    /** Every word used by two papers of 1,000. */
    const few = { termStats: async (terms: string[]) => terms.map((term) => ({ term, df: 2 })), papers: 1000 };
    const rare = (q: string, abstract: string) => unmentionedNames(q, q, [paper(abstract)], few);
    expect(await rare('a cheap testbed for training tiny models', 'We simplify a corpus to train small language models.')).toEqual([]);
    expect(await rare('How does the mechanism in Mamba compare with attention?', 'We compare attention variants.')).toEqual(['mamba']);
    // One no paper uses may be a name.
    expect(await names('state space models like mamba versus attention', 'We compare attention variants.')).toEqual(['mamba']);
    // A word of English typed in capitals is a name too.
    expect(await names('which benchmarks did they run the guardrails on, TOFU?', 'Prompting and filtering match finetuning on unlearning benchmarks.')).toEqual(['tofu']);
    expect(await names('which benchmarks did they run the guardrails on, tofu?', 'Prompting and filtering match finetuning on unlearning benchmarks.')).toEqual([]);
  });

  it('reads English words with a number between them as a name, however many papers use its words', async () => {
    const common = ['text', 'embed', '3', 'larg', 'mteb', 'score'];
    const nvEmbed = 'Our NV-Embed model has achieved a record-high score of 69.32 on MTEB.';
    expect(await names('text-embedding-3-large MTEB score', nvEmbed, common)).toEqual(['text-embedding-3-large']);
    expect(await names('text-embedding-3-large MTEB score', 'We compare against OpenAI text-embedding-3-large on MTEB.', common)).toEqual([]);
  });

  it('reads "-ish" after a word as the word, and a size as no name', async () => {
    expect(await names('arabic bert-ish models pretrained on dialects', 'We pretrain BERT models on Arabic dialects.')).toEqual([]);
    expect(await names('methods from 2019-2023 ish', 'We compare methods.')).toEqual([]);
    expect(await names('manipulation data from like 20ish different robot arms', 'Data from 22 robots.', ['data', 'robot'])).toEqual([]);
    expect(await names('a 900m-parameter model for one university', 'A small language model for a university.')).toEqual([]);
    expect(await names('how much lower overhead than full finetuning, like 1000x?', 'Lower overhead than full finetuning.')).toEqual([]);
  });

  it('reads a language as a name however many papers use it, English aside', async () => {
    expect(await names('german legal language model', 'A model for French legal text.', ['german', 'legal', 'languag', 'model'])).toEqual(['german']);
    expect(await names('english legal language model', 'A model for legal text.', ['english', 'legal', 'languag', 'model'])).toEqual([]);
    // Joined by a hyphen to another word, it is still the name.
    expect(await names('a large Korean-language collection of search queries', 'A Chinese benchmark for passage ranking.', ['languag', 'collect', 'search', 'queri'])).toEqual(['korean']);
    expect(await names('korean-only search queries', 'Chinese search queries.', ['search', 'queri'])).toEqual(['korean']);
    expect(await names('a swahili-speaking assistant', 'An assistant for Kenya.', ['assist'])).toEqual([]);
  });

  it('reads the languages of a direction of translation as names, typed in words or in language codes', async () => {
    const german = 'On the WMT14 English to German translation dataset, MAE improves over transformer-base by 0.8 BLEU.';
    // "french" is an English word too ("french fries"), but not joined to another language or in a code.
    expect(await names('how many BLEU points on English-to-French news translation?', german, ['bleu', 'translat'])).toEqual(['french']);
    expect(await names('what BLEU does it get on WMT14 en-fr', german, ['bleu'])).toEqual(['french']);
    expect(await names('what BLEU does it get on WMT14 en-de', german, ['bleu'])).toEqual([]);
    // A paper that writes the direction in codes mentions its languages.
    expect(await names('results on english-to-french?', 'Evaluated on IWSLT-2017 en-fr translation.')).toEqual([]);
    // Codes are read as languages only where the text is about translation, or with an arrow between them.
    const romanian = 'LLMic outperforms existing solutions in English-to-Romanian translation tasks.';
    expect(await names('is there a romanian llm? hows it do on en->ro', romanian, ['llm'])).toEqual([]);
    expect(await names('is it-is ok for llms', romanian, ['llm'])).toEqual([]);
  });

  it('spells out language codes as a direction of translation only with an arrow or where the text is about translation', () => {
    for (const [text, read] of [
      ['hows it do on en->ro translation', 'hows it do on english-to-romanian translation'],
      ['wmt23 EN-DE comet, and de2en', 'wmt23 english-to-german comet, and german-to-english'],
      ['German→Czech', 'german-to-czech'],
      // Not two words that happen to be codes, nor a comparison.
      ['is it-is ok for llms', 'is it-is ok for llms'],
      ['were ko > ja on the mmlu scores?', 'were ko > ja on the mmlu scores?'],
      ['en/fr', 'en/fr'],
    ] as const) {
      expect(spelledLanguagePairs(text), text).toBe(read);
    }
  });

  it('finds the languages of a direction of translation asked that a paper does not mention', () => {
    const german = paper('On the WMT14 English to German translation dataset, MAE improves over transformer-base by 0.8 BLEU.');
    expect(unmentionedDirections('what BLEU does the mixture of attentive experts get on WMT14 en-fr', german)).toEqual(['french']);
    expect(unmentionedDirections('how much bleu over transformer-base on wmt14 en-de?', german)).toEqual([]);
    expect(unmentionedDirections('any gains on German→Czech translation?', german)).toEqual(['czech']);
    // Two languages joined without "to" are a direction only where the text is about translation, not a bilingual model.
    const bilingual = paper('We pre-train an encoder-decoder bilingual model with 11 billion parameters.');
    expect(unmentionedDirections('which project pretrained an 11-billion-parameter Chinese-English encoder-decoder?', bilingual)).toEqual([]);
    expect(unmentionedDirections('how does the adapter do on WMT English-German?', bilingual)).toEqual(['english', 'german']);
  });

  it('counts a shortened word as mentioned by the words it shortens', async () => {
    expect(await names('nlp for basque langs', 'NLP for Danish and Swedish languages.', ['nlp'])).toEqual(['basque']);
    expect(await names('how many params does it have', 'A model with 3B parameters.')).toEqual([]);
    expect(await names('llm based recsys', 'LLMs as recommender systems.', ['llm'])).toEqual([]);
    // The start of a word, some of its letters after and its last.
    expect(await names('a dataset from a govt agency survey', 'A dataset from a survey by a government agency.')).toEqual([]);
    expect(await names('datasets for small orgs', 'Datasets for small organizations.')).toEqual([]);
    expect(await names('ppl and hrs', 'How many people, over how many hours.')).toEqual([]);
    // Three letters that skip the word's next consonant are no shortening of it.
    expect(await names('eeg and ecg signal classification', 'Embedding and encoding signal classification.')).toEqual(['eeg', 'ecg']);
    expect(await names('xqlt for small orgs', 'Organizational datasets.')).toEqual(['xqlt', 'orgs']);
    // A shortening the lexicon lists is a phrasing of the word it stands for, no name.
    const ltp = 'A toolkit for Chinese word segmentation, part-of-speech tagging, dependency parsing and semantic role labeling.';
    expect(await names('a chinese toolkit that does word seg, pos, dep parsing and srl', ltp, ['chines', 'word', 'pars'])).toEqual([]);
  });

  it('counts an initialism as mentioned by words in a row that start with its letters, none passed over', async () => {
    expect(await names('teaching multiple learners vector-valued RKHS', 'We extend a scalar-valued reproducing kernel Hilbert space to a vector-valued one.')).toEqual([]);
    expect(await names('essay scoring on the ASPQ benchmark', 'It automates the selection of prompting queues.', ['benchmark'])).toEqual(['aspq']);
    // Three letters by words of some length only.
    const gqa = 'The number of query and key-value heads in grouped-query attention.';
    expect(await names('GQA head configuration cost', gqa, ['head'])).toEqual([]);
    expect(await names('GQA head configuration cost', 'Heads get quite a lot of attention.', ['head'])).toEqual(['gqa']);
    expect(writtenOut('gqa', [paper(gqa)])).toBe(true);
    expect(writtenOut('query', [paper(gqa)])).toBe(false);
  });

  it('says which papers write out a word the corpus never uses', () => {
    const papers = [paper('LLMs as recommender systems.'), paper('Multi-task learning.'), paper('Recsys benchmarks.')];
    expect(mentionedElsewise('llm based recsys', ['recsi'], papers)).toEqual([[true], [false], [true]]);
    expect(mentionedElsewise('zqxrt for multi task', ['zqxrt'], papers)).toEqual([[false], [false], [false]]);
    // A size typed with its letter, by the number and the word for its scale.
    const sizes = [paper('We scaled the pre-training data from 7 trillion tokens to 18 trillion tokens.'), paper('A 1.5-billion-parameter model trained on 118 trillion tokens.')];
    expect(mentionedElsewise('was it pretrained on 18T?? tokens', ['18t'], sizes)).toEqual([[true], [false]]);
    expect(mentionedElsewise('the 1.5b model', ['5b'], sizes)).toEqual([[false], [true]]);
  });

  it('flags no general English word, field word, typo, everyday phrasing, chat or model size', async () => {
    expect(await names('fine-tuning whisper for speech', 'Speech models.')).toEqual([]);
    expect(await names('llm datasets for nlp', 'Vision.', ['llm', 'dataset', 'nlp'])).toEqual([]);
    expect(await names('a papre on merging', 'Merging models.', [], 'a paper on merging')).toEqual([]);
    expect(await names('a chatbot for law', 'Large language models for law.')).toEqual([]);
    // English with an ending the word lists leave out: a plural, an adjective in "-able".
    expect(await names('tuning only the separator placeholders', 'Tuning special tokens.')).toEqual([]);
    expect(await names('small vectors recombinable for unseen tasks', 'Tags for new tasks.')).toEqual([]);
    expect(await names('how many heads are retrieval heads acc to that paper', 'Retrieval heads are few.', ['head', 'retriev'])).toEqual([]);
    expect(await names('pretraining llama 3 405b', 'Pretraining Llama 3 models.')).toEqual([]);
    // What the asker says of their own work is not asked for; what they ask is.
    expect(await names('Our hospital keeps EHR notes. Is there a paper comparing small and big models on clinical tasks?', 'Clinical language models compared.')).toEqual([]);
    expect(await names('Is there a paper comparing small and big models on clinical tasks with EHR notes?', 'Clinical language models compared.')).toEqual(['ehr']);
    // ... nor who they say they are ("Solo dev here").
    const guide = 'A practical guide to supervised fine-tuning of small language models.';
    expect(await names('Solo dev here with a few GPUs. Is there a practical guide to fine-tuning small LLMs?', guide, ['llm'])).toEqual([]);
    expect(await names('Is there a practical guide to fine-tuning small LLMs for a solo dev?', guide, ['llm'])).toEqual(['dev']);
    // An English word with "re-" or "un-" written onto it; not a term of the field so made ("unlearning").
    expect(await names('can rebalancing that focus on the fly raise accuracy', 'Attention sinks soak up focus.')).toEqual([]);
    expect(await names('a model that reimagines a classical piece as jazz', 'Jazz improvisation.')).toEqual([]);
    expect(await names('rerankers for code search', 'Code search models.')).toEqual(['rerankers']);
    // An English word made a verb ("dumbed-down", "templating"); a name so made stays one.
    expect(await names('training tiny language models on a dumbed-down version of english', 'Small language models trained on simplified English.')).toEqual([]);
    expect(await names('prompt templating for small models', 'Prompt templates for small models.')).toEqual([]);
    expect(await names('mambaing a transformer', 'Distilling a transformer into a recurrent model.')).toEqual(['mambaing']);
    // An English adjective made vaguer with "-ish" written onto it; a language so written is a name.
    expect(await names('pretrain a bert-level model in a day on one cheapish server', 'Pretraining BERT in 24 hours on a single low-end server.')).toEqual([]);
    expect(await names('is there a bert for swedish', 'A BERT for Finnish.')).toEqual(['swedish']);
    // An English word, in any of its forms, with a prefix such as "sub-" written onto it.
    expect(await names('a math model built from sparsely routed expert subnetworks', 'A mixture of experts for math word problems.')).toEqual([]);
  });

  it('finds the keywords of a list of keywords that none of the papers hold, as typed', async () => {
    /** 1,000 papers: `df` says how many use a term (none by default); the first paper holds the terms of `held` (or each first paper the terms of its list). */
    const together = (q: string, df: Record<string, number>, held: string[] | string[][] = []) => {
      const papers = held.length > 0 && Array.isArray(held[0]) ? (held as string[][]) : [held as string[]];
      return unheldKeywords(q, {
        termStats: async (terms) => terms.map((term) => ({ term, df: df[term] ?? 0 })),
        papers: 1000,
        held: async (terms) => papers.map((p) => terms.map((t) => p.includes(t))),
      });
    };
    const keywords = async (q: string, df: Record<string, number>, held: string[] | string[][] = []) => (await together(q, df, held)).unheld;
    expect(await keywords('tokenizer-free byte models', { token: 40, free: 30, byte: 5, model: 20 }, ['byte', 'model', 'token'])).toEqual(['tokenizer-free']);
    // A word most papers use, or none does, is not a requirement.
    expect(await keywords('federated lora tuning', { feder: 0, lora: 300, tune: 400 })).toEqual([]);
    // A question asked with a question word, or more than six terms, is not a list of keywords; a list with a question mark or chat around it is.
    expect(await keywords('which methods do federated lora tuning', { feder: 3 })).toEqual([]);
    expect(await keywords('how is federated lora tuning done?', { feder: 3 })).toEqual([]);
    expect(await keywords('wat does federated lora stand for', { feder: 3, stand: 40 })).toEqual([]);
    // "Trick" asks for a technique as "technique" does: "is there a trick that bundles several prompts into one sequence?" describes one.
    expect(await keywords('is there a trick that bundles several prompts into one sequence?', { bundl: 1, prompt: 150, sequenc: 60 }, ['prompt', 'sequenc'])).toEqual([]);
    expect(await keywords('is there a paper that bundles several prompts into one sequence?', { bundl: 1, prompt: 150, sequenc: 60 }, ['prompt', 'sequenc'])).toEqual(['bundles']);
    // What the paper asked for does is the request, not a keyword: "a paper proposing this".
    expect(await keywords('is there a paper proposing tool clustering for api agents?', { propos: 30, tool: 20, cluster: 20, api: 10, agent: 50 }, ['tool', 'cluster', 'api', 'agent'])).toEqual([]);
    expect(await keywords('any work introducing tool clustering for api agents?', { introduc: 30, tool: 20, cluster: 20, api: 10, agent: 50 }, ['tool', 'cluster', 'api', 'agent'])).toEqual([]);
    expect(await keywords('is there a paper proposing tool clustering for api agents?', { propos: 30, tool: 20, cluster: 20, api: 10, agent: 50 }, ['tool', 'api', 'agent'])).toEqual(['clustering']);
    expect(await keywords('papers hooking audio encoders up to llms so they can listen?', { hook: 3, audio: 20, encod: 40 }, ['audio', 'encod'])).toEqual([]);
    expect(await keywords('federated lora tuning?', { feder: 3 })).toEqual(['federated']);
    // A measure named without its value asked is a keyword like any other ("depth up-scaling"), and "depth" is not "in-depth" (detailed).
    const depth = { depth: 21, scale: 136, speech: 18, recognit: 27, model: 500, detail: 100, comprehens: 80, thorough: 20 };
    expect(await keywords('depth up-scaling speech recognition models', depth, ['speech', 'recognit', 'model', 'detail', 'comprehens', 'thorough'])).toEqual(['depth']);
    expect(await keywords('speech recognition model depth', depth, ['speech', 'recognit', 'model'])).toEqual([]);
    // What a list sets the topic against is no keyword: "beyond ROUGE".
    expect(await keywords('summarizer personalization measure beyond ROUGE', { summar: 20, person: 15, measur: 50, beyond: 40, roug: 12 }, ['summar', 'person', 'measur', 'roug'])).toEqual([]);
    expect(await keywords('any papers on federated lora tuning', { feder: 3 })).toEqual(['federated']);
    expect(await keywords('ok and federated lora tuning', { feder: 3 })).toEqual(['federated']);
    expect(await keywords('hey, anyone know a paper on federated lora tuning? thx', { feder: 3 })).toEqual(['federated']);
    expect(await keywords('federated lora tuning of small language models on phones', { feder: 3 })).toEqual([]);
    // A word of an everyday phrasing is held by a paper that holds the field's term for it ("chatbot": llm).
    expect(await keywords('chatbot safety', { chatbot: 2, safeti: 20, llm: 200 }, ['safeti', 'llm'])).toEqual([]);
    expect(await keywords('chatbot safety', { chatbot: 2, safeti: 20, llm: 200 }, ['safeti'])).toEqual(['chatbot']);
    // An ordinary word of the abstracts holds a word it may say, unless that word is rare ("separation" is no "split").
    expect(await keywords('music source separation', { music: 20, sourc: 40, separ: 1, split: 30 }, ['music', 'sourc', 'split'])).toEqual(['separation']);
    expect(await keywords('music source separation', { music: 20, sourc: 40, separ: 30, split: 30 }, ['music', 'sourc', 'split'])).toEqual([]);
    // ... and neither is the field itself.
    expect(await together('machine learning for telecommunications', { machin: 60, learn: 500, telecommun: 3 }, [['learn', 'telecommun'], ['machin', 'learn']])).toEqual({ unheld: [], apart: [], whole: [] });
    expect(await together('deep learning for astronomy', { deep: 40, learn: 500, astronomi: 3 }, [['learn', 'astronomi'], ['deep', 'learn']])).toEqual({ unheld: [], apart: [], whole: [] });
    // ... nor its acronym ("ml telecommunications networks", of a paper that never writes "ML").
    expect(await together('ml telecommunications networks', { ml: 20, telecommun: 3, network: 200 }, [['telecommun', 'network'], ['ml', 'network']])).toEqual({ unheld: [], apart: [], whole: [] });
    expect(await together('DL for astronomy', { dl: 5, astronomi: 3 }, [['astronomi'], ['dl']])).toEqual({ unheld: [], apart: [], whole: [] });
    // A word that says a method is of the field, or of its time, is no topic of its own.
    expect(await together('neural cross-language ad hoc retrieval', { neural: 50, cross: 60, languag: 500, retriev: 90 }, [['cross', 'languag', 'retriev'], ['neural']])).toEqual({ unheld: [], apart: [], whole: [] });
    expect(await keywords('llm-planner fraction of paired training data', { llm: 400, planner: 3, fraction: 5, pair: 40, train: 500 }, ['llm', 'planner', 'pair', 'train'])).toEqual([]);
    // A word for another of a kind, or for one of several to choose from, asks for one of it, not for a topic of that name.
    expect(await keywords('any nerf variant from one image?', { nerf: 8, variant: 20, imag: 90 }, ['nerf', 'imag'])).toEqual([]);
    expect(await keywords('lora alternatives for diffusion', { lora: 30, altern: 30, diffus: 40 }, ['lora', 'diffus'])).toEqual([]);
    expect(await keywords('studies comparing these adaptation options on code tasks', { studi: 50, compar: 60, adapt: 40, option: 10, code: 30, task: 300 }, ['studi', 'compar', 'adapt', 'code', 'task'])).toEqual([]);
    expect(await keywords('decoding choices for code llms', { decod: 20, choic: 10, code: 30, llm: 400 }, ['decod', 'code', 'llm'])).toEqual([]);
    // A superlative asks which one, not for a topic of that name.
    expect(await keywords('smallest model clinical peft study', { smallest: 3, clinic: 20, peft: 15, studi: 50 }, ['clinic', 'peft', 'studi'])).toEqual([]);
    expect(await keywords('latest clinical peft study', { latest: 3, clinic: 20, peft: 15 }, ['clinic', 'peft'])).toEqual([]);
    expect(await keywords('harvest clinical peft study', { harvest: 3, clinic: 20, peft: 15 }, ['clinic', 'peft'])).toEqual(['harvest']);
    // So does a word that grades a measure.
    expect(await keywords('stg-mtl maximum number of tasks', { stg: 1, mtl: 5, maximum: 12, number: 100, task: 400 }, ['stg', 'mtl', 'number', 'task'])).toEqual([]);
    // A term of the field of several words is asked for whole, its words the field uses everywhere aside; an ordinary word does not hold them.
    const detection = { class: 26, increment: 10, object: 150, detect: 31, recognit: 27 };
    expect(await together('class-incremental object detection', detection, [['class', 'increment', 'recognit']])).toEqual({ unheld: ['object', 'detection'], apart: [], whole: ['object'] });
    expect(await together('class-incremental object detection', detection, [['class', 'increment', 'object', 'detect']])).toEqual({ unheld: [], apart: [], whole: [] });
    expect(await together('federated large language models', { feder: 3, larg: 600, languag: 900, model: 980 }, [['feder']])).toEqual({ unheld: [], apart: [], whole: [] });
    // A term of the field is asked for as itself: "merging" is no "mixing".
    const merging = { merg: 24, speech: 18, mix: 40, combin: 60 };
    expect(await together('model merging for speech models', merging, [['speech', 'mix', 'combin'], ['merg']])).toEqual({ unheld: [], apart: ['merging'], whole: [] });
    expect(await together('model merging for speech models', merging, [['speech', 'merg'], ['merg']])).toEqual({ unheld: [], apart: [], whole: [] });
    // The keywords are asked for together: what the paper holding the most of them lacks, another holds apart.
    const speech = { cantones: 2, speech: 40, recognit: 50 };
    expect(await together('cantonese speech recognition', speech, [['cantones'], ['speech', 'recognit']])).toEqual({ unheld: [], apart: ['cantonese'], whole: [] });
    // "speech recognition" is a term of the field: a paper holds it when it holds both words.
    expect(await together('cantonese speech recognition', speech, [['speech'], ['recognit']])).toEqual({ unheld: ['cantonese', 'speech', 'recognition'], apart: [], whole: ['speech'] });
    expect(await together('cantonese speech recognition', speech, [['cantones'], ['cantones', 'speech', 'recognit']])).toEqual({ unheld: [], apart: [], whole: [] });
    // "object tracking" is a term of the field: "object" is no "aim" there.
    expect(await keywords('multi-object tracking video', { object: 40, track: 3, video: 30, aim: 30 }, ['track', 'video', 'aim'])).toEqual(['multi-object', 'tracking']);
    // Two whole terms of the field, each held by another paper, may be two topics asked for: a weak match at most.
    // A word of one ("splatting") names that topic, not a paper whose other keywords must be held.
    const scenes = { neural: 100, radianc: 4, field: 30, gaussian: 10, splat: 1 };
    expect(await together('neural radiance fields gaussian splatting', scenes, [['neural', 'radianc', 'field'], ['gaussian', 'splat']])).toEqual({
      unheld: [],
      apart: ['gaussian', 'splatting'],
      whole: ['gaussian', 'splatting'],
    });
    // Words about the asker before the list, in one sentence with it, are not asked for with it.
    expect(await together('im new to this. cantonese speech recognition?', speech, [['cantones'], ['speech', 'recognit']])).toEqual({ unheld: [], apart: [], whole: [] });
    // A list that names a paper asks its other keywords of that paper, though many papers use them; not a list of languages.
    const named = { promptriev: 1, multilingu: 150, retriev: 140, result: 500 };
    expect(await together('Promptriever multilingual retrieval results', named, [['promptriev', 'retriev'], ['multilingu', 'retriev']])).toEqual({ unheld: [], apart: ['multilingual'], whole: ['multilingual'] });
    expect(await together('Promptriever multilingual retrieval results', named, [['promptriev', 'retriev', 'multilingu'], ['multilingu', 'retriev']])).toEqual({ unheld: [], apart: [], whole: [] });
    const nordic = { nlp: 150, danish: 5, swedish: 5, norwegian: 1 };
    expect(await together('nlp danish swedish norwegian', nordic, [['norwegian', 'danish', 'swedish'], ['danish', 'swedish', 'nlp']])).toEqual({ unheld: [], apart: [], whole: [] });
    // A phrasing of a term is held by the term ("repeated sampling": "sample multiple outputs").
    const sampling = { repeat: 13, sampl: 40, multipl: 200, infer: 50, time: 100, scale: 90 };
    expect(await keywords('repeated sampling inference-time scaling', sampling, ['sampl', 'multipl', 'infer', 'time', 'scale'])).toEqual([]);
    expect(await keywords('repeated sampling inference-time scaling', sampling, ['sampl', 'infer', 'time', 'scale'])).toEqual(['repeated']);
    // What sets one thing against another is no keyword.
    expect(await keywords('throughput versus dense llms', { throughput: 5, versu: 2, dens: 30, llm: 50 }, ['throughput', 'dens', 'llm'])).toEqual([]);
    expect(await keywords('glm parameters relative to bert', { glm: 3, paramet: 50, rel: 4, bert: 40 }, ['glm', 'paramet', 'bert'])).toEqual([]);
    // One of alternatives is held when another one is.
    expect(await keywords('rlhf or dpo alignment', { rlhf: 20, dpo: 10, align: 50 }, ['rlhf', 'align'])).toEqual([]);
    expect(await keywords('rlhf/dpo alignment', { rlhf: 20, dpo: 10, align: 50 }, ['rlhf', 'align'])).toEqual([]);
    expect(await keywords('rlhf or dpo alignment', { rlhf: 20, dpo: 10, align: 50 }, ['align'])).toEqual(['rlhf', 'dpo']);
    // Of several sentences, the one that asks is the list; the others say who asks, and why.
    const df = { cours: 20, feder: 3, lora: 30 };
    expect(await keywords('I teach a course. Is there work on federated lora?', df, ['lora'])).toEqual(['federated']);
    expect(await keywords('I teach a course. Is there work on federated lora?', df, ['feder', 'lora'])).toEqual([]);
    expect(await keywords('Is there work on federated lora? I teach a course.', df, ['feder', 'lora'])).toEqual([]);
    expect(await keywords('I teach a course. Federated lora', df, ['feder', 'lora'])).toEqual([]);
    expect(await keywords('Any work on federated lora? And on courses?', df, ['lora'])).toEqual([]);
    // ... unless it asks about what was said before it: then it is no list.
    const guide = { batch: 30, warmup: 10, systemat: 52, guid: 20 };
    expect(await keywords('I need guidance on batch size and warmup. Is there a systematic guide on this?', guide, ['batch', 'warmup', 'guid'])).toEqual([]);
    expect(await keywords('I need guidance on batch size and warmup. Is there a systematic guide on warmup?', guide, ['batch', 'warmup', 'guid'])).toEqual(['systematic']);
    expect(await keywords('I need guidance on batch size and warmup. Is there a systematic study of this idea?', guide, ['batch', 'warmup', 'guid'])).toEqual([]);
    expect(await keywords('I need a generalist for detection and captioning. Does such a generalist exist that holds up?', { generalist: 5, hold: 40, detect: 30, caption: 20 }, ['generalist', 'detect', 'caption'])).toEqual([]);
    // A measure asks a value of the topic, not a keyword of it.
    expect(await keywords('Compacter percentage of trainable parameters', { compact: 2, percentag: 12, trainabl: 30, paramet: 90 }, ['compact', 'trainabl', 'paramet'])).toEqual([]);
    expect(await keywords('task pair divergence runtime reduction', { task: 90, pair: 40, diverg: 5, runtim: 20, reduct: 40 }, ['task', 'pair', 'diverg', 'runtim'])).toEqual([]);
    // A prefix written on with a hyphen is no keyword of its own, nor a name.
    expect(await keywords('llm toxicity in non-english langs', { llm: 90, toxic: 20, non: 5, english: 80, lang: 60 }, ['llm', 'toxic', 'english', 'lang'])).toEqual([]);
    expect(await names('toxicity in non-english langs', 'Toxicity across languages other than English.')).toEqual([]);
  });

  it('does not require a name offered as one of alternatives when the papers mention another', async () => {
    expect(await names('theorem proving in lean or coq', 'We prove theorems in Lean.')).toEqual([]);
    expect(await names('theorem proving in lean/coq', 'We prove theorems in Lean.')).toEqual([]);
    expect(await names('theorem proving in coq or isabelle', 'We prove theorems in Lean.')).toEqual(['coq', 'isabelle']);
    expect(await names('coq theorem proving or lean', 'We prove theorems in Lean.')).toEqual(['coq']);
    // A name offered as a guess ("or smth") is not required either.
    const splat = 'We validate SplatFlow on the MVImgNet and DL3DV-7K datasets.';
    expect(await names('what datasets did splatflow validate on, was it objaverse or smth', splat)).toEqual([]);
    expect(await names('did splatflow validate on objaverse?', splat)).toEqual(['objaverse']);
  });

  it('does not require a name in one item of a list of alternatives when a paper mentions all the words of another', async () => {
    const q = 'do clinical models still beat general ones on tasks like EHR reasoning, clinical concept extraction or clinical semantic search?';
    expect(await names(q, 'A study on cross-task transfer for concept extraction in the clinical domain.')).toEqual([]);
    expect(await names(q, 'A study on reasoning over medical records.')).toEqual(['ehr']);
    expect(await names('tasks like EHR reasoning or clinical concept extraction', 'Concept extraction in the clinical domain.')).toEqual(['ehr']);
    // What examples are examples of is no alternative to them.
    const lean = 'We prove theorems with LLMs in interactive proof assistants like Lean.';
    expect(await names('was it tried with proof assistants other than Lean, such as Coq or Isabelle, and how well?', lean)).toEqual(['coq', 'isabelle']);
    expect(await names('was it tried in theorem proving, proof assistants, Coq or Isabelle?', lean)).toEqual([]);
    // Two or more ending in "etc" are examples too.
    const generators = 'work on generating task-specific params instead of finetuning (hypernetworks, weight generators etc)?';
    expect(await names(generators, 'Weight generators make task-specific params, instead of finetuning.')).toEqual([]);
    expect(await names('work on generating task-specific params instead of finetuning (hypernetworks, weight generators)?', 'Weight generators make task-specific params, instead of finetuning.')).toEqual(['hypernetworks']);
  });

  it('requires a name set against the name a paper\'s title opens with to be mentioned by that paper', () => {
    const cpm = { title: 'CPM-2: Large-scale Cost-effective Pre-trained Language Models', abstract: 'In our experiments, we compare CPM-2 with mT5 on downstream tasks.' };
    const other = { title: 'BayLing: Cross-lingual Alignment', abstract: 'BayLing is compared with GPT-3.5 and GPT-3.' };
    expect(unmentionedAgainstTitled('cpm-2 vs gpt-3 on chinese benchmarks, who wins?', [cpm, other])).toEqual(['gpt-3']);
    expect(unmentionedAgainstTitled('cpm-2 vs mt5 on chinese benchmarks, who wins?', [cpm, other])).toEqual([]);
    // Not a paper's name against another, nor an English word.
    expect(unmentionedAgainstTitled('llama vs gpt-3 on chinese benchmarks', [cpm, other])).toEqual([]);
    expect(unmentionedAgainstTitled('cpm-2 vs baselines', [cpm, other])).toEqual([]);
  });

  it('says so in one sentence', () => {
    expect(apartNote(['cantonese'], 'first papers')).toBe('No one of the first papers mentions “cantonese” with the rest of what was asked.');
    expect(apartNote([])).toBe('');
    expect(unmentionedNote(['spanish'])).toBe('None of the cited papers mention “spanish”.');
    expect(unmentionedNote(['coq', 'isabelle', 'hol'])).toBe('None of the cited papers mention “coq”, “isabelle” or “hol”.');
    expect(unmentionedNote([])).toBe('');
  });
});
