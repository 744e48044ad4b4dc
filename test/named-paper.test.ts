import { describe, expect, it } from 'vitest';
import { calledNames, calledWord, namedPaper, slippedName, titleHead, titleName, typedTitleNames, typesTitleName, typedWholeTitle, withoutWholeTitle } from '../src/retrieval/query/named-paper.js';

describe('a question that names the paper it asks a quantity of', () => {
  /** A corpus of 500 papers where each word is used by the papers `df` gives (100 when not listed). */
  const corpus = (df: Record<string, number>) => ({ papers: 500, termStats: async (terms: string[]) => terms.map((t) => ({ df: df[t] ?? 100 })) });
  const phi = { title: 'Textbooks Are All You Need II: phi-1.5 technical report' };
  const tied = { title: 'Tied-LoRA: Enhancing parameter efficiency of LoRA with weight tying' };

  it('names it by a word of its title that few papers use', async () => {
    expect(await namedPaper('how many tokens was phi-1.5 trained on', [phi], corpus({ phi: 4 }))).toBe(0);
    // The paper may be among the first few, not first.
    expect(await namedPaper('how many tokens was phi-1.5 trained on', [tied, phi], corpus({ phi: 4 }))).toBe(1);
  });

  it('names it by words of its title typed in a row, or by a name its abstract gives', async () => {
    const cds = { title: 'Curriculum Demonstration Selection for In-Context Learning' };
    expect(await namedPaper('in the curriculum demonstration selection paper which llms did they use?', [cds], corpus({ curriculum: 20 }))).toBe(0);
    // Three words of a title the field uses everywhere name no paper.
    const llms = { title: 'Large Language Models for Code' };
    expect(await namedPaper('how much compute do large language models need?', [llms], corpus({ larg: 200, languag: 400, model: 480 }))).toBe(-1);
    const icm = { title: 'In-Context Meta LoRA Generation', abstract: 'We propose In-Context Meta LoRA (ICM-LoRA), which generates LoRA weights.' };
    expect(await namedPaper('which base llm did icm-lora generate weights for?', [icm], corpus({ icm: 1, lora: 60 }))).toBe(0);
    expect(await namedPaper('which base llm do lora generators use?', [icm], corpus({ icm: 1, lora: 60 }))).toBe(-1);
  });

  it('names it by a name its abstract defines in capitals with a rare acronym, typed in full', async () => {
    const lcbm = { title: 'Large Content And Behavior Models', abstract: 'We release our new Content Behavior Corpus (CBC), a repository of receiver behavior.' };
    expect(await namedPaper('Content Behavior Corpus size', [lcbm], corpus({ cbc: 1 }))).toBe(0);
    // An acronym many papers use, or words not written in capitals, name none.
    expect(await namedPaper('Content Behavior Corpus size', [lcbm], corpus({ cbc: 40 }))).toBe(-1);
    const plain = { ...lcbm, abstract: 'We release our new content behavior corpus (CBC), a repository of receiver behavior.' };
    expect(await namedPaper('content behavior corpus size', [plain], corpus({ cbc: 1 }))).toBe(-1);
  });

  it('names it by the name its title opens with, typed as one word', async () => {
    const blend = { title: 'API-BLEND: A Comprehensive Corpora for Training and Benchmarking API LLMs' };
    const df = corpus({ api: 23, blend: 17 });
    expect(await namedPaper('API-BLEND number of datasets and examples', [blend], df)).toBe(0);
    expect(await namedPaper('how many examples does api-blend have?', [tied, blend], df)).toBe(1);
    // Its words apart are the field's: "api" and "blend" name no paper.
    expect(await namedPaper('api calls blend number of datasets', [blend], df)).toBe(-1);
  });

  it("names it by its title's first words, less rare, when the question calls them a paper's", async () => {
    const attentive = { title: "Attentiveness to Answer Choices Doesn't Always Entail High QA Accuracy" };
    const df = corpus({ attent: 53, answer: 182, choic: 59 });
    expect(await namedPaper('attentiveness to answer choices paper, name of the 6 LMs?', [attentive], df)).toBe(0);
    expect(await namedPaper('in the attentiveness to answer choices study, which LMs were used?', [attentive], df)).toBe(0);
    // Not called a paper's, or not its first words: the words may be a topic's.
    expect(await namedPaper('attentiveness to answer choices: which LMs were used?', [attentive], df)).toBe(-1);
    expect(await namedPaper('the answer choices always entail paper, which LMs?', [attentive], corpus({ answer: 182, choic: 59, alwai: 100, entail: 40 }))).toBe(-1);
  });

  it('says which of the papers the question names', async () => {
    const code2text = { title: 'The Code2Text Challenge: Text Generation in Source Code Libraries', abstract: 'We propose a task on source code libraries.' };
    const erasmian = { title: 'The advantages of context specific language models: the case of the Erasmian Language Model', abstract: 'A small model.' };
    expect(await namedPaper('is the code for the erasmian language model on github?', [code2text, erasmian], corpus({ erasmian: 1 }))).toBe(1);
    expect(await namedPaper('is the code for a small language model on github?', [code2text, erasmian], corpus({}))).toBe(-1);
    // A size is no name of a paper's own.
    const llama = { title: 'Post-Training on Llama-3 70B', abstract: 'Compared with Llama-3 405B.' };
    expect(await namedPaper('how many tokens were used to pretrain llama 3 405b?', [llama], corpus({ '405b': 1 }))).toBe(-1);
  });

  it('names none by two words of the field run together', async () => {
    /** Only the words listed are used. */
    const only = (df: Record<string, number>) => ({ papers: 500, termStats: async (terms: string[]) => terms.map((t) => ({ df: df[t] ?? 0 })) });
    const crosslingual = { title: 'Crosslingual Generalization through Multitask Finetuning' };
    expect(await namedPaper('which languages do u need for crosslingual transfer', [crosslingual], only({ crosslingu: 1, cross: 40, lingual: 30 }))).toBe(-1);
    const taskmaster = { title: 'Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset' };
    expect(await namedPaper('what are the six domains in taskmaster', [taskmaster], only({ taskmast: 1, task: 300, master: 3 }))).toBe(0);
  });

  it('names none by a topic many papers use, or by a number', async () => {
    expect(await namedPaper('how much compute does lora need', [tied], corpus({ lora: 60 }))).toBe(-1);
    expect(await namedPaper('how many tokens was phi-1.5 trained on', [tied], corpus({ phi: 4 }))).toBe(-1);
    expect(await namedPaper('the 1.5 version', [phi], corpus({ '1': 2, '5': 2 }))).toBe(-1);
  });
});

describe('the name a title opens with', () => {
  it('reads it before a colon, a version or a size, "Technical Report" or a dash, without a size written onto it', () => {
    expect(titleName('API-BLEND: A Comprehensive Corpora')).toBe('apiblend');
    expect(titleName('SOLAR 10.7B: Scaling Large Language Models')).toBe('solar');
    expect(titleName('JiuZhang 2.0: A Unified Chinese Pre-trained Language Model')).toBe('jiuzhang');
    expect(titleName('Falcon2-11B Technical Report')).toBe('falcon2');
    expect(titleName('ImprovNet -- Generating Controllable Musical Improvisations')).toBe('improvnet');
    expect(titleName('Model Breadcrumbs: Scaling Multi-Task Model Merging')).toBeUndefined();
    // A plus at the end is part of the name.
    expect(titleName('Tower+: Bridging Generality and Translation Specialization')).toBe('towerplus');
    expect(typesTitleName('how was tower+ trained?', 'Tower+: Bridging Generality and Translation Specialization')).toBe(true);
    expect(typesTitleName('how was tower+ trained?', 'Tower: An Open Multilingual Large Language Model')).toBe(false);
    expect(typesTitleName('did falcon2-11b beat llama 3 8b?', 'Falcon2-11B Technical Report')).toBe(true);
    expect(typesTitleName('does falcon2 outperform llama 3?', 'Falcon2-11B Technical Report')).toBe(true);
  });

  it('reads a name typed apart from its version as the name with the version written on ("qwen 2.5" of "Qwen2.5 Technical Report")', () => {
    expect(titleName('Qwen2.5 Technical Report')).toBe('qwen25');
    expect(typesTitleName('how many tokens was qwen 2.5 pretrained on', 'Qwen2.5 Technical Report')).toBe(true);
    expect(typesTitleName('how many tokens was qwen pretrained on', 'Qwen2.5 Technical Report')).toBe(false);
    expect(typedTitleNames('how many tokens was qwen 2.5 pretrained on').map((t) => t.name)).toEqual(['qwen25', 'qwen', 'pretrained']);
    // A count after a word is no version: "the top 5".
    expect(typedTitleNames('is sparsepo in the top 5 of the board').map((t) => t.name)).toEqual(['sparsepo']);
  });

  it('reads a Greek letter by its name, and a short name with a digit as typed', async () => {
    const pi0 = { title: 'π_0: A Vision-Language-Action Flow Model for General Robot Control' };
    expect(titleName(pi0.title)).toBe('pi0');
    expect(typedTitleNames('what tasks was pi0 evaluated on?').map((t) => t.name)).toEqual(['pi0']);
    expect(typedTitleNames('what tasks was it evaluated on?')).toEqual([]);
    // Typed as the title writes it too.
    expect(typedTitleNames('what tasks was π_0 evaluated on?').map((t) => t.name)).toEqual(['pi0']);
    expect(typesTitleName('is π_0 open source?', pi0.title)).toBe(true);
    const corpus = { papers: 500, termStats: async (terms: string[]) => terms.map(() => ({ df: 0 })) };
    expect(await namedPaper('pi0 robot policy success rate on laundry folding', [pi0], corpus)).toBe(0);
  });
});

describe('a title\'s name typed with a slip', () => {
  const names = ['mentalllm', 'taskmaster1', 'lawma', 'toolplanner', 'clinx'];

  it('is the one name one slip away: two letters swapped, one dropped, added or struck beside', () => {
    expect(slippedName('mentlallm', names)).toBe('mentalllm');
    expect(slippedName('taskmsater1', names)).toBe('taskmaster1');
    expect(slippedName('lwama', names)).toBe('lawma');
    expect(slippedName('toolplaner', names)).toBe('toolplanner');
    expect(slippedName('toolplsnner', names)).toBe('toolplanner');
  });

  it('is none when the name is typed right, two slips away, too short, or one slip from two names', () => {
    expect(slippedName('mentalllm', names)).toBeUndefined();
    expect(slippedName('mnetlallm', names)).toBeUndefined();
    expect(slippedName('toolpalnenr', names)).toBeUndefined();
    // Four letters or fewer: "lama" is no slipped "lawma", nor "clin" "clinx".
    expect(slippedName('lama', names)).toBeUndefined();
    expect(slippedName('clin', names)).toBeUndefined();
    expect(slippedName('lawmas', [...names, 'lawmax'])).toBeUndefined();
  });

  it('is written back as the title writes the name', () => {
    expect(titleHead('Mental-LLM: Leveraging Large Language Models for Mental Health Prediction')).toBe('Mental-LLM');
    expect(titleHead('Taskmaster-1: Toward a Realistic and Diverse Dialog Dataset')).toBe('Taskmaster-1');
    expect(titleHead('Falcon2-11B Technical Report')).toBe('Falcon2-11B');
    expect(titleHead('Model Breadcrumbs: Scaling Multi-Task Model Merging')).toBeUndefined();
  });
});

describe('the words a question calls a paper by', () => {
  it('reads the runs of two to six words before "the ... paper", longest first', () => {
    expect(calledNames('is the less is more paper in here?')).toEqual(['less is more', 'is more']);
    expect(calledNames("where's the selective attention paper")).toEqual(['selective attention']);
    expect(calledNames('the gpt-4 technical report')).toEqual([]);
    expect(calledNames('do we have the learning to learn tech report?')).toEqual(['learning to learn', 'to learn']);
    expect(calledNames('is there a paper called less is more?')).toEqual(['less is more']);
    expect(calledNames('the paper titled "Learning to Learn", is it here?')).toEqual(['Learning to Learn']);
    // A name with a comma in it, up to the end of the sentence; or up to the comma.
    expect(calledNames("is there a paper called show, don't tell?")).toEqual(["show, don't tell"]);
    expect(calledNames('any paper called less is more, on token compression?')).toEqual(['less is more, on token compression', 'less is more']);
  });

  it('reads nothing where no paper is called "the ... paper"', () => {
    expect(calledNames('papers on selective attention')).toEqual([]);
    expect(calledNames('a selective attention paper')).toEqual([]);
  });
});

describe('the one word a question calls a paper by', () => {
  it('is the word before "paper", or after "called", squashed as a title\'s name', () => {
    expect(calledWord('is the guide paper in here?')).toEqual({ name: 'guide', word: 'guide' });
    expect(calledWord("where's the Tele-LLMs paper")).toEqual({ name: 'telellms', word: 'Tele-LLMs' });
    expect(calledWord('is there a paper called limit?')).toEqual({ name: 'limit', word: 'limit' });
    expect(calledWord('is the π_0 paper in here?')).toEqual({ name: 'pi0', word: 'π_0' });
  });

  it('is none when the paper is called by several words or by none', () => {
    expect(calledWord('is the less is more paper in here?')).toBeUndefined();
    expect(calledWord('is there a paper on model merging?')).toBeUndefined();
  });
});

describe('a whole title typed', () => {
  const bulb = 'How Many Parameters Does it Take to Change a Light Bulb? Evaluating Performance in Self-Play';
  it('is read in any case and punctuation, and what is typed besides it is the rest', () => {
    expect(typedWholeTitle('is how many parameters does it take to change a light bulb? evaluating performance in self-play in the corpus?', [bulb])).toBe(0);
    expect(withoutWholeTitle('is how many parameters does it take to change a light bulb evaluating performance in self-play in the corpus?', bulb)).toBe('is in the corpus');
  });

  it('is no part of it, and no title of fewer than four words', () => {
    expect(typedWholeTitle('how many parameters does it take to change a light bulb?', [bulb])).toBe(-1);
    expect(typedWholeTitle('is tower in here', ['Tower: An Open Multilingual LLM'])).toBe(-1);
    expect(typedWholeTitle('the beam tree recursive cells', ['Beam Tree Recursive Cells'])).toBe(0);
    expect(typedWholeTitle('recursive cells', ['Beam Tree Recursive Cells'])).toBe(-1);
  });
});
