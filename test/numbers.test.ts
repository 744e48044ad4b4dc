import { describe, expect, it } from 'vitest';
import { contradictedNumbers, contradictedVersions, figures, unnamedVersions } from '../src/retrieval/requirements/numbers.js';

const paper = (abstract: string) => ({ title: 'A Study', abstract });

describe('numbers a question gives', () => {
  it('reads each number with its unit, in digits or words, written onto it or after it', () => {
    expect(figures('squeeze the weights down to two bits').map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: 2, unit: 'bit' }]);
    expect(figures('pretrain Llama 3 405B on 40GB GPUs').map(({ value, unit, text }) => ({ value, unit, text }))).toEqual([
      { value: 405, unit: 'b', text: '405b' },
      { value: 40, unit: 'gb', text: '40gb' },
    ]);
    expect(figures('a 4-bit model, a two-bit one').map(({ value, unit }) => ({ value, unit }))).toEqual([
      { value: 4, unit: 'bit' },
      { value: 2, unit: 'bit' },
    ]);
    expect(figures('covering 1,616 tasks')[0]).toMatchObject({ value: 1616, unit: 'task' });
    // A scale written out is the letter written onto a number, and a size written onto a name is read too.
    expect(figures('a 70-billion-parameter model, 7 billion, Llama2-13b').map(({ value, unit, text }) => ({ value, unit, text }))).toEqual([
      { value: 70, unit: 'b', text: '70-billion-parameter' },
      { value: 7, unit: 'b', text: '7 billion' },
      { value: 13, unit: 'b', text: '13b' },
    ]);
    // Words that name no number, however an object would look them up.
    expect(figures('a constructor model, hasOwnProperty rules')).toEqual([]);
  });

  it('reads a hedged number as an approximation', () => {
    expect(figures('the benchmark w/ 500+ tasks')[0]).toMatchObject({ value: 500, unit: 'task', hedged: true });
    expect(contradictedNumbers('the embedding benchmark w/ 500+ tasks', [paper('It covers more than 500 quality-controlled evaluation tasks and 10 task types.')])).toEqual([]);
    for (const q of ['roughly 11B parameters', 'more than 16 tasks', 'well over a hundred language pairs', 'like 260 legal tasks', 'up to 8 GPUs', '~3 billion', 'a couple hundred million parameters']) {
      expect(figures(q).every((f) => f.hedged), q).toBe(true);
    }
    expect(figures('sixteen hundred tasks')).toEqual([]);
    // A number of thousands is one number, hedged by what stands before it.
    expect(figures('roughly 25 thousand task prompts').map((f) => [f.value, f.unit, f.hedged])).toEqual([[25000, 'task', true]]);
    expect(figures('25 thousand task prompts').map((f) => [f.value, f.unit, f.hedged])).toEqual([[25000, 'task', false]]);
  });
});

describe('numbers of a question that papers contradict', () => {
  it('finds a number the papers give other numbers of its unit for', () => {
    expect(contradictedNumbers('llms quantized to two bits', [paper('We fine-tune 4-bit quantized models.')])).toEqual(['two bits']);
    expect(contradictedNumbers('pretraining llama 405b', [paper('Models at 7B and 13B scales.')])).toEqual(['405b']);
    // A number gives what the word after its unit counts, when the unit describes it: "2000 NLP tasks" are 2000 tasks.
    const iml = paper('We create a large benchmark for instruction meta-learning of 2000 NLP tasks consolidated into task categories.');
    expect(contradictedNumbers('instruction meta-learning benchmark 2000 tasks OPT', [iml, paper('We train on 48 dialogue tasks.')])).toEqual([]);
    expect(contradictedNumbers('instruction meta-learning benchmark 1000 tasks', [iml])).toEqual(['1000 tasks']);
    // Two things a relation is asked between are a pair, not a count.
    const transfer = paper('Cross-lingual transfer across 12 languages.');
    expect(contradictedNumbers('does how closely related two languages are decide how well transfer works?', [transfer])).toEqual([]);
    expect(contradictedNumbers('transfer results for two languages', [transfer])).toEqual(['two languages']);
    expect(contradictedNumbers('how much of its translation skill comes from pairs of sentences in two languages in the web data?', [transfer])).toEqual([]);
    // A count said again of what the question lists is no requirement.
    const bio = paper('We find synergies between two tasks.');
    expect(contradictedNumbers('For QA, IE and generation, what gains did it give in each of those three task categories?', [bio])).toEqual([]);
    expect(contradictedNumbers('what gains did it give in three task categories?', [bio])).toEqual(['three task']);
    // What the asker says of their own work is not asked of the papers; what they ask is.
    const sizes = paper('We combine a fine-tuned 7B model with an untuned 13B model at decoding time.');
    expect(contradictedNumbers('Fine-tuning our 70B model is too expensive. Can we combine a small tuned model with a big untuned one at decoding time?', [sizes])).toEqual([]);
    expect(contradictedNumbers('We have a big untuned model. Can a small tuned model steer a 70B model at decoding time?', [sizes])).toEqual(['70b']);
    // A number after a model family's name is its version, not a count of the word after it.
    const legal = paper('We study 260 legal text classification tasks and fine-tune a Llama 3 model.');
    expect(contradictedNumbers('fine-tuned Llama 3 legal classification', [legal])).toEqual([]);
    expect(contradictedNumbers('fine-tuned model on 3 legal classification tasks', [legal])).toEqual(['3 legal']);
  });

  it('keeps a number one of the papers gives, one whose unit no paper gives a number for, and a hedged one', () => {
    expect(contradictedNumbers('llms quantized to 4 bits', [paper('Other work.'), paper('We fine-tune 4-bit quantized models.')])).toEqual([]);
    expect(contradictedNumbers('llms quantized to two bits', [paper('We fine-tune quantized models.')])).toEqual([]);
    expect(contradictedNumbers('a model of roughly 11B parameters', [paper('A 10.7B model.')])).toEqual([]);
    // A round number stands for the numbers it rounds: "200 tasks" for 204, not 250; not a number of tens ("70b" for 65B).
    const bigBench = paper('The benchmark consists of 204 tasks, contributed by 442 authors.');
    expect(contradictedNumbers('collaborative 200-task LM benchmark', [bigBench])).toEqual([]);
    expect(contradictedNumbers('a benchmark of 250 tasks', [bigBench])).toEqual(['250 tasks']);
    expect(contradictedNumbers('a benchmark of 300 tasks', [bigBench])).toEqual(['300 tasks']);
    expect(contradictedNumbers('merging a 70b model', [paper('We merge 65B models.')])).toEqual(['70b']);
    // What a hedged number is set against is hedged too.
    expect(contradictedNumbers('how much data do u need? like 1k examples vs 50k', [paper('We train on 6k examples.')])).toEqual([]);
    expect(contradictedNumbers('1k examples vs 50k', [paper('We train on 6k examples.')])).toEqual(['1k', '50k']);
    // A number after "task", "track" and the like labels, it does not count.
    expect(contradictedNumbers('who won semeval-2024 task 8 subtask a?', [paper('The task has three subtasks.')])).toEqual([]);
    // "which four" asks what they are, not that there be four.
    expect(contradictedNumbers('which four RAG-specific scenarios are covered?', [paper('We design four crucial RAG-specific scenarios and use 18 RAG subsets.')])).toEqual([]);
    expect(contradictedNumbers('what 4-bit methods are there?', [paper('We fine-tune 2-bit quantized models.')])).toEqual(['4-bit']);
    // Written onto a model's name, the number is given too.
    expect(contradictedNumbers('the 11b model trained on 5T tokens', [paper('We introduce Falcon2-11B, compared with 7B models, trained on 5T tokens.')])).toEqual([]);
    expect(contradictedNumbers('the 13b model trained on 5T tokens', [paper('We introduce Falcon2-11B, compared with 7B models, trained on 5T tokens.')])).toEqual(['13b']);
    // ... and it is a size the question's others are held against, written out or not.
    const unlearning = paper('We unlearn the Harry Potter books from the Llama2-7b model in about 1 GPU hour of finetuning.');
    expect(contradictedNumbers('How many GPU hours does it need when applied to a 70-billion-parameter model instead of a 7B one?', [unlearning])).toEqual(['70-billion-parameter']);
    expect(contradictedNumbers('does it take an hour on a 70 billion parameter model?', [unlearning])).toEqual(['70 billion']);
    expect(contradictedNumbers('does it take an hour on the 7 billion parameter model?', [unlearning])).toEqual([]);
  });

  it('reads a range as given by any number in it', () => {
    const sizes = paper('LLaMA 3.2 (3 billion parameters) and Gemma 2 (9 billion parameters).');
    expect(contradictedNumbers('tuning 3 to 7 billion parameter chatbots', [sizes])).toEqual([]);
    expect(contradictedNumbers('models between 3 and 7 billion parameters', [sizes])).toEqual([]);
    expect(contradictedNumbers('models with 13 to 70 billion parameters', [sizes])).toEqual(['13 to 70 billion']);
    expect(contradictedNumbers('the 3 and 7 billion models', [sizes])).toEqual(['7 billion']);
  });
});

describe('versions of models a question names that papers contradict', () => {
  it('finds a version of a family the papers name only other versions of', () => {
    const muscle = paper('We reduce negative flips by up to 40% from Llama 1 to Llama 2.');
    expect(contradictedVersions('By how much did it reduce regressions when upgrading from Llama 2 to Llama 3?', [muscle])).toEqual(['llama 3']);
    expect(contradictedVersions('does it work on gpt-4o?', [paper('We compare against GPT-4 and GPT-3.5.')])).toEqual(['gpt-4o']);
    // Versions set against each other are both asked; offered as alternatives, either answers.
    expect(contradictedVersions('llama 2 vs llama 3 results?', [paper('We evaluate Llama 2 on the benchmark.')])).toEqual(['llama 3']);
    expect(contradictedVersions('did they use gpt-3.5 or gpt-4?', [paper('We evaluate GPT-4 and Claude.')])).toEqual([]);
    // A version written after a "v" onto any name.
    const embed = paper('Our NV-Embed model ranks No. 1 on MTEB. We will open-source the model at: https://huggingface.co/nvidia/NV-Embed-v1.');
    expect(contradictedVersions("whats nv-embed-v2's avg mteb score? is it much higher than v1", [embed])).toEqual(['nv-embed-v2']);
    expect(contradictedVersions('what tasks does uni-perceiver v2 handle', [paper('We propose Uni-Perceiver v2, a generalist model.')])).toEqual([]);
    expect(contradictedVersions('what changed in model v2?', [paper('We release model v1.')])).toEqual([]);
  });

  it('keeps a version a paper names, written in any form or more precisely, a size, and a family the papers give no version of', () => {
    const trained = paper('We train Llama-3.1-8B and Qwen2.5-7B.');
    expect(contradictedVersions('does it work on llama 3 or qwen 2.5?', [trained])).toEqual([]);
    expect(contradictedVersions('does it work on llama3?', [trained])).toEqual([]);
    expect(contradictedVersions('mistral 7b or llama 2 13b?', [paper('We compare Mistral 7B with LLaMA-2.')])).toEqual([]);
    expect(contradictedVersions('does it beat llama 7b?', [paper('We compare with LLaMA 1 and GPT-4.')])).toEqual([]);
    expect(contradictedVersions('does it work on llama 3?', [paper('We fine-tune LLaMA on instructions.')])).toEqual([]);
    expect(contradictedVersions('does it work on llama 3?', [paper('We fine-tune Llama 2.'), paper('We fine-tune Llama 3.')])).toEqual([]);
  });

  it('finds a version of a family the papers do not name at all, in any form', () => {
    const mtob = paper('Baselines using current LLMs achieve 44.7 chrF on Kalamang to English translation.');
    expect(unnamedVersions('did anyone run gemini 1.5 pro on the kalamang benchmark?', [mtob])).toEqual(['gemini 1.5']);
    expect(unnamedVersions('did anyone run gemini 1.5 pro on the kalamang benchmark?', [mtob, paper('Against proprietary models such as Gemini.')])).toEqual([]);
    // Written with hyphens, or inside another name.
    expect(unnamedVersions('did the instruction-tuned flan-t5 beat gpt4?', [paper('FLAN-T5 and ChatGPT are compared.')])).toEqual([]);
    expect(unnamedVersions('I fine-tune Llama 3 at work. Which papers study data selection?', [paper('Selecting data for instruction tuning.')])).toEqual([]);
    // Nor one the question sets aside, though it asks about what the asker said.
    const open = [paper('We compare ten open language models across task types.')];
    const cannot = "We can't use GPT-4 because of cost, so we pick among open models. Is there a comparison of ten such models?";
    expect(unnamedVersions(cannot, open)).toEqual([]);
    expect(unnamedVersions(cannot.replace("can't use", 'like'), open)).toEqual(['gpt-4']);
    expect(contradictedVersions(cannot, [paper('We compare open models with GPT-3.5.')])).toEqual([]);
  });
});
