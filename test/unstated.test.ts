import { describe, expect, it } from 'vitest';
import { unstatedNote } from '../src/answer/unmentioned-note.js';
import { askedEntities, askedMembers, unlistedMembers, unnamedEntities } from '../src/retrieval/requirements/unnamed.js';
import { askedInKeywords, askedQuantities, asksForPapers, describesOnePaper, givenInWords, unstatedInKeywords, unstatedQuantities } from '../src/retrieval/requirements/unstated.js';

const paper = (abstract: string) => ({ title: 'A Study', abstract });

describe('quantities a question asks for', () => {
  it('reads what "how many" counts and what "how much" asks of an amount', () => {
    // The parameters of a model some words say which of.
    expect(askedQuantities("how many params does apple's server model (the private cloud compute one) have")).toEqual(['apple server model params']);
    expect(askedQuantities('how many params does it have')).toEqual(['params']);
    // Whether someone studied an amount asks for papers, not for the number.
    expect(askedQuantities('anyone studied how much llm scores swing when u just reword the prompt a bit?')).toEqual([]);
    expect(askedQuantities('has anyone measured how many gpu hours rlhf takes?')).toEqual([]);
    expect(askedQuantities('anyone know how much llm scores swing when u reword the prompt?')).toEqual(['llm scores']);
    expect(askedQuantities('How many GPU hours and what hardware were used to pretrain the 13B OLMo 2 model?')).toEqual(['gpu hours']);
    expect(askedQuantities('anyone know how much co2 training bloom 176b emitted?')).toEqual(['co2']);
    // What is counted ends at a conjunction: "how many agents until gains plateau".
    expect(askedQuantities('how many agents until gains plateau on gsm8k?')).toEqual(['agents']);
  });

  it('reads whether a paper gives a measure as asking the measure ("does the report give a param count?")', () => {
    expect(askedQuantities('does the yi-lightning report give a param count? total vs active experts?')).toEqual(['param count']);
    expect(askedQuantities('does it report the batch size')).toEqual(['batch size']);
    expect(askedQuantities('does the paper give a recipe for merging')).toEqual([]);
    // A measure that says of what kind something is asks no measure.
    expect(askedQuantities('Which approach produces task-specific low-rank adapter weights for a language model?')).toEqual([]);
    expect(askedQuantities('what rank did they use?')).toEqual(['rank']);
    // What a method asked for does is no measure asked.
    expect(askedQuantities('Is there a framework that orders prompting strategies by complexity and gives a score to both models and datasets?')).toEqual([]);
  });

  it('reads "what does it score on ..." as asking a score', () => {
    expect(askedQuantities('qwen2.5-math-72b-instruct what does it score on AIME24 exactly')).toEqual(['score']);
    expect(askedQuantities('what does qwen2.5-math-72b-instruct score on the MATH benchmark?')).toEqual(['score']);
    expect(askedQuantities('what does dropout score on in these ablations?')).toEqual([]);
    expect(askedQuantities('kangaroo video lmm, what did it score on video-mme exactly?')).toEqual(['score']);
    expect(askedQuantities('what does it do on long inputs')).toEqual([]);
  });

  it('counts no number in a link of a paper ("https://anonymous.4open.science/...")', () => {
    const agents = { title: 'More Agents Is All You Need', abstract: 'Performance scales with the number of agents instantiated. Our code is at: https://anonymous.4open.science/r/more_agent.' };
    expect(unstatedQuantities(['agents'], [agents])).toEqual(['agents']);
    expect(unstatedQuantities(['agents'], [{ ...agents, abstract: 'We scale up to 40 agents.' }])).toEqual([]);
  });

  it('takes a paper that studies how many of something are needed as stating how many', () => {
    const few = { title: 'Maybe Only 0.5% Data is Needed', abstract: 'We study task specialization, such as the number of instruction types required for instruction tuning.' };
    expect(unstatedQuantities(['instruction types'], [few])).toEqual([]);
    expect(unstatedQuantities(['instruction types'], [{ ...few, abstract: 'We reduce the number of instruction types in the data.' }])).toEqual(['instruction types']);
  });

  it('counts datasets written as "data sets", and kinds of something by it', () => {
    expect(unstatedQuantities(['datasets'], [paper('We tested the method on 18 different data sets and 15 architectures.')])).toEqual([]);
    expect(unstatedQuantities(['datasets'], [paper('We tested the method on many data sets and 15 architectures.')])).toEqual(['datasets']);
    expect(unstatedQuantities(['error types'], [paper('Can metrics identify 68 translation accuracy errors?')])).toEqual([]);
    expect(unstatedQuantities(['error types'], [paper('Metrics differ across error types.')])).toEqual(['error types']);
  });

  it('reads no number asked in what something has an effect on ("its effect on ..., or on how much training data the model memorizes")', () => {
    const q = 'I want studies that measure its effect on accuracy, on different languages, or on how much training data the model memorizes.';
    expect(askedQuantities(q)).toEqual([]);
    expect(askedQuantities('I want studies that measure accuracy, or how much training data the model memorizes.')).toEqual(['training data']);
    expect(askedQuantities('and on how many benchmarks did it win?')).toEqual(['benchmarks']);
  });

  it('reads no number asked in a list in brackets, which says what is meant', () => {
    const choices = 'Do the choices made when building a subword splitter (the text it is fitted on, how text is pre-split, how many pieces it has) matter for authorship tasks?';
    expect(askedQuantities(choices)).toEqual([]);
    expect(askedQuantities('Which subword splitter did they build (how many pieces does it have)?')).toEqual(['pieces']);
  });

  it('reads no number in what something is arranged by', () => {
    expect(askedQuantities('Which search keeps hypotheses in a grid indexed by output position and by how many constraints are met?')).toEqual([]);
    expect(askedQuantities('by how many points does it improve?')).toEqual(['points']);
  });

  it('reads no number asked in a list of examples, which says what is meant', () => {
    const choices =
      'Do choices made when building a subword vocabulary, like what text it is trained on, how words are pre-split, and how many entries it has, change how well a BERT-style model handles British versus American spelling?';
    expect(askedQuantities(choices)).toEqual([]);
    expect(askedQuantities('which knobs matter, e.g., the learning rate, the warmup, or how much data is used?')).toEqual([]);
    // "I'd like" asks.
    expect(askedQuantities("I'd like the vocabulary, the tokenizer, and how many entries it has")).toEqual(['entries']);
    expect(askedQuantities('a tokenizer like bpe, and how many entries does it have?')).toEqual(['entries']);
  });

  it('reads a measure named after "what" or "which", and another one after "and"', () => {
    expect(askedQuantities('What is the vocabulary size of the Qwen2.5 tokenizer?')).toEqual(['vocabulary size']);
    expect(askedQuantities("whats the context length falcon2-11b ends up with")).toEqual(['context length']);
    // Chat's "w" is "with", which ends a measure's name.
    expect(askedQuantities('gecko t2i metric - whats the correlation number w human judgments compared to tifa')).toEqual(['correlation number']);
    expect(askedQuantities('How many languages does it cover, and what is its largest model size?')).toEqual(['languages', 'largest model size']);
    expect(askedQuantities('which base model is PHOENIX built on, and whats its mt-bench score?')).toEqual(['mt-bench score']);
    // "number of instances" counts instances.
    expect(askedQuantities("what's its task count and number of instances?")).toEqual(['task count', 'instances']);
    expect(askedQuantities('hey whats the context length of falcon2-11b')).toEqual(['context length']);
    expect(askedQuantities('lol how many params does it have')).toEqual(['params']);
    expect(askedQuantities('At most how many video frames can Kangaroo take in at once?')).toEqual(['video frames']);
    expect(askedQuantities('What learning rate and batch size were used to pretrain GPT-4?')).toEqual(['learning rate', 'batch size']);
    expect(askedQuantities('How many experts and what context length does Gemini 1.5 Pro use?')).toEqual(['experts', 'context length']);
    expect(askedQuantities('Which papers use DP-SGD, what epsilon values do they reach?')).toEqual(['epsilon values']);
    expect(askedQuantities('In that pretraining trick, what noise types or masking ratio are used?')).toEqual(['masking ratio']);
    expect(askedQuantities('which team won semeval-2024 task 8 subtask a and w/ what score?')).toEqual(['score']);
    // A pair of kinds of a count: "total vs active".
    expect(askedQuantities("whats the total vs active param count of yi-lightning's moe?")).toEqual(['param count']);
    expect(askedQuantities('how many total and active parameters does it have')).toEqual(['parameters']);
    // A possessive is the word it is written onto.
    expect(askedQuantities("what were the teachers' sizes and designs?")).toEqual(['teachers sizes']);
    // How many papers a review covers is a fact of the review; how many papers study a topic is not.
    expect(askedQuantities('How many papers does the review of multi-task transformers across the ML lifecycle cover?')).toEqual(['papers']);
    expect(askedQuantities('how many papers study lora?')).toEqual([]);
    expect(askedQuantities('how many papers does the corpus have on rag')).toEqual([]);
  });

  it('reads "how fast" as asking a speed, which a time, a factor or words for one state', () => {
    expect(askedQuantities('how fast was RFQ transmission pushed above 85%?')).toEqual(['fast']);
    expect(askedQuantities('How fast is it at producing task-specific models?')).toEqual(['fast']);
    const rfq = paper('The RMS values of the corrected orbit were all less than 1mm. Our agent optimized the transmission efficiency of the RFQ to over 85% within 2 minutes.');
    expect(unstatedQuantities(['fast'], [rfq])).toEqual([]);
    expect(unstatedQuantities(['fast'], [paper('It generates task-specific models within few seconds, faster than customization by orders of magnitude.')])).toEqual([]);
    expect(unstatedQuantities(['fast'], [paper('Our agent optimized the transmission efficiency of the RFQ.')])).toEqual(['fast']);
  });

  it('reads "how long did it take" as asking the duration a paper reports, not "how long does it take"', () => {
    expect(askedQuantities('For the resampling method, how long did it take to select data from the Pile?')).toEqual(['time']);
    expect(askedQuantities('how long did pretraining take on their tpus?')).toEqual(['time']);
    expect(askedQuantities('how long does training take on one gpu')).toEqual([]);
    // "does" with a name after it asks that paper's duration.
    expect(askedQuantities('how long does splatflow take to generate one scene?')).toEqual(['time']);
  });

  it('reads no number and no name in a question for advice on what one needs', () => {
    expect(askedQuantities('how many / which languages do u need in multilingual instruction tuning data?')).toEqual([]);
    expect(askedQuantities('how much data do we really need for instruction tuning')).toEqual([]);
    expect(askedQuantities('what does the research say about how many languages you actually need?')).toEqual([]);
    expect(askedQuantities('how many languages you tested?')).toEqual(['languages']);
    expect(askedEntities('how many / which languages do u need in multilingual instruction tuning data?')).toEqual([]);
    expect(askedQuantities('how many gpus does it need')).toEqual(['gpus']);
    expect(askedEntities('Which studies look at how many and which languages to include in the instruction data?')).toEqual([]);
    expect(askedEntities('which languages does the benchmark cover?')).toEqual(['languages']);
    // What a model does asks for no model: "what an LLM generates".
    expect(askedEntities('Which papers propose methods for personalizing what an LLM generates for a single user?')).toEqual([]);
    expect(askedEntities('which llm generates the training data?')).toEqual(['language model']);
    // A word of granularity asks for no level: "query-level routing".
    expect(askedQuantities('What papers propose or survey such query-level routing across expert models?')).toEqual([]);
    expect(askedQuantities('what level of noise do they add?')).toEqual(['level']);
    // What a method does without asks for nothing: "instead of guessing which pretrained checkpoint to start from".
    expect(askedEntities('generating the weights with a diffusion model, instead of guessing which pretrained checkpoint to start from?')).toEqual([]);
    expect(askedEntities('which base model do they use instead of llama?')).toEqual(['base model']);
    expect(askedEntities('Which papers find which neurons are specific to one language and which are shared across languages?')).toEqual([]);
    expect(askedEntities('which of the languages are covered, and what do models score in them?')).toEqual(['languages']);
    // Which languages a study varies is what it studies: "varying how many and which languages are included".
    expect(askedEntities('Are there studies varying how many and which languages are included in the tuning data?')).toEqual([]);
    expect(askedEntities('Are there studies of multilingual tuning data, and which languages are included?')).toEqual(['languages']);
    expect(askedQuantities('Are there studies varying how many languages are included in the tuning data?')).toEqual([]);
    // What one should pick: "how many ... heads to use".
    expect(askedQuantities('We wonder how many query and key-value heads to use.')).toEqual([]);
    expect(askedQuantities('how many query and key-value heads does it use?')).toEqual(['query']);
  });

  it('reads an advantage as a change, which a paper gives by how much one beats another', () => {
    const expert = paper('An expert LM can outperform an MT LM trained with 300+ tasks on 11 unseen datasets by a mean accuracy of 3.20%.');
    expect(askedQuantities("how big was the expert's advantage on the unseen datasets?")).toEqual(['expert advantage']);
    expect(unstatedQuantities(['expert advantage'], [expert])).toEqual([]);
    expect(unstatedQuantities(['expert advantage'], [paper('The expert has a clear advantage over the baseline.')])).toEqual(['expert advantage']);
  });

  it('reads the size of a change in "how many fewer tokens"', () => {
    expect(askedQuantities('How does it build the vocabulary, and how many fewer tokens did it end up using?')).toEqual(['fewer']);
    expect(askedQuantities('how many higher-order terms does it keep?')).toEqual(['higher-order terms']);
    expect(unstatedQuantities(['fewer'], [paper('It improves generation while using up to 60% fewer tokens.')])).toEqual([]);
    expect(unstatedQuantities(['fewer'], [paper('It improves generation while using fewer tokens.')])).toEqual(['fewer']);
  });

  it('reads a cost in "how much did it spend"', () => {
    expect(askedQuantities('how much did evolvedirector actually spend on paid api calls to train edgen lol')).toEqual(['cost']);
    expect(askedQuantities('how much does it cost to train?')).toEqual(['cost']);
    expect(askedQuantities('how much does lora help?')).toEqual([]);
    const evolve = paper('This incurs significant expenses in time, computational resources, and especially the costs associated with calling fee-based APIs.');
    expect(unstatedQuantities(['cost'], [evolve])).toEqual(['cost']);
  });

  it('reads no number in "how much of" a change comes from a cause', () => {
    expect(askedQuantities('how much of the gap comes down to the word-splitting vocabulary rather than the amount of pretraining text?')).toEqual([]);
    expect(askedQuantities('how much of the improvement is due to the data?')).toEqual([]);
    expect(askedQuantities('how much of the gap does it close?')).toEqual(['gap']);
  });

  it('reads no names asked in "what about" another case', () => {
    expect(askedEntities('budget forcing gives +20 on aime but what about other languages')).toEqual([]);
    expect(askedEntities('what other languages does it support')).toEqual(['languages']);
    expect(askedEntities('which of the languages did they cover?')).toEqual(['languages']);
    expect(askedEntities('what are the languages of the benchmark')).toEqual(['languages']);
    expect(askedEntities('what the base model for llava')).toEqual(['base model']);
  });

  it('reads "how many" after a verb of saying', () => {
    expect(askedQuantities('does kangaroo say how many frames it can take max?')).toEqual(['frames']);
  });

  it('reads "how many" after "n" typed for "and"', () => {
    expect(askedQuantities('babyllama-2 params count? n how many teachers did it get distilled from')).toEqual(['teachers']);
  });

  it('reads what "how long" or "how big" asks the size of', () => {
    expect(askedQuantities('how long is the context window of claude 3 opus?')).toEqual(['context window']);
    expect(askedQuantities('How big was the training set of SAM?')).toEqual(['training set size']);
    // The size of a model or a dataset, which its parameters or its items give.
    expect(askedQuantities('how large is that corpus?')).toEqual(['corpus size']);
    expect(askedQuantities('how large is the gain?')).toEqual(['gain']);
    expect(askedQuantities('How large is the vocabulary of the Qwen2.5 tokenizer, and how long a context do they support?')).toEqual(['vocabulary', 'context']);
    expect(askedQuantities('how long does it take to train?')).toEqual([]);
  });

  it('reads no quantity in a question that asks for papers, methods or what something does', () => {
    for (const q of [
      'Which low-memory training method uses sparse projections of gradients so that a 13B LLaMA fits on one 40GB GPU?',
      'Which parameter-efficient method only updates the hidden representations of special tokens?',
      'Which papers analyze what individual attention heads do inside transformer language models?',
      'How can code models learn where a span should end, by predicting how many middle tokens remain?',
      'how many papers study position bias of llm judges?',
      'how much each document in the retrieval corpus helps on a validation set',
      'what is the main idea behind speculative decoding?',
      'MoE experts all have the same size, though tokens differ in how much computation they need. Which benchmarks did they use?',
    ]) {
      expect(askedQuantities(q), q).toEqual([]);
    }
  });

  it('reads the size of a change, a count after a preposition or a dash, and what kinds are counted', () => {
    expect(askedQuantities('in that comparison, by how many points does x-vlm beat the other models?')).toEqual(['points']);
    expect(askedQuantities('by how much does the rate of tool calls drop?')).toEqual(['drop']);
    // "different" before what it describes is no change asked: "how much prior assumption different architectures carry".
    expect(askedQuantities('how can we put a number on how much built-in prior assumption different neural network architectures carry?')).toEqual([]);
    expect(askedQuantities('how much different are the results across languages?')).toEqual(['different']);
    expect(askedQuantities('collab decoding for factuality - any numbers on how much hallucination dropped?')).toEqual(['dropped']);
    expect(askedQuantities('d-pruner, what sparsity level did they prune to')).toEqual(['sparsity level']);
    expect(askedQuantities('predicting on how many gpus a model fits')).toEqual([]);
    expect(askedQuantities('how accurate is the router, and how much cheaper per query is it?')).toEqual(['accuracy', 'cheaper']);
    expect(askedQuantities('On how many metrics does it beat the previous best methods?')).toEqual(['metrics']);
    expect(askedQuantities('moduleformer — how many kinds of modules does it have?')).toEqual(['modules']);
    expect(askedQuantities('the shared task paper - how many teams submitted to the english subtask?')).toEqual(['teams']);
    expect(askedQuantities('How many distinct task families does it unify, and on how many benchmark datasets was it evaluated?')).toEqual(['task families', 'benchmark datasets']);
    expect(askedQuantities('whats the default patience factor value they recommend?')).toEqual(['default patience factor value']);
    expect(askedQuantities('For PASTA, what GLUE average did it achieve?')).toEqual(['glue average']);
    expect(askedQuantities('adapter efficiency paper - whats the actual latency overhead in ms?')).toEqual(['latency overhead']);
    expect(askedQuantities('in the cross-task paper whats the gain for mistral 7b?')).toEqual(['gain']);
    expect(askedQuantities('Which framework improves fine-grained perception in vision-language models?')).toEqual([]);
    // "to how many", "into how many"; a name ends at a preposition.
    expect(askedQuantities("To how many bits are Apple's roughly 3-billion-parameter on-device models quantized?")).toEqual(['bits']);
    expect(askedQuantities('How many languages did it analyze, and into how many groups did it sort them?')).toEqual(['languages', 'groups']);
    expect(askedQuantities('How large were the gains over random selection at annotation budgets of 18 and 100?')).toEqual(['gains']);
  });

  it('reads "how many" after a name the question starts with, not after a verb', () => {
    expect(askedQuantities('moduleformer how many experts and total params??')).toEqual(['experts']);
    // ... after "in", and typed with capitals inside though an English word.
    expect(askedQuantities('in MoDEM how accurate is the bert router?')).toEqual(['accuracy']);
    expect(askedQuantities('in modem how accurate is the bert router?')).toEqual([]);
    // A size asked in a unit is given by a number of that unit.
    expect(askedQuantities('how big is the stored thing in mb vs normal lora?')).toEqual(['mb']);
    expect(unstatedQuantities(['mb'], [paper('At the same time, our method occupies 283MB, only 1% storage compared with the original LoRA.')])).toEqual([]);
    // "how many times bigger" asks the size of a change, as "how much bigger"; "how many times did they" counts nothing.
    expect(askedQuantities('how many times bigger are the models it matches?')).toEqual(['bigger']);
    expect(askedQuantities('how many times faster is it?')).toEqual(['faster']);
    expect(askedQuantities('how many times did they run it?')).toEqual([]);
    expect(unstatedQuantities(['bigger'], [paper('Its performance is comparable to models 5x larger.')])).toEqual([]);
    // A name and "is" before it, and "again" after what is counted.
    expect(askedQuantities('phi-1.5 is how many params again?')).toEqual(['params']);
    expect(askedQuantities('predicting how many tokens a model needs')).toEqual([]);
    // A model's name with its size, though its name is an English word; a name with digits counted ("a100s").
    expect(askedQuantities('solar 10.7b how many layers after depth upscaling? 48?')).toEqual(['layers']);
    expect(askedQuantities('in practice how many layers')).toEqual([]);
    expect(askedQuantities('how many a100s did it take to train opt-iml 175b')).toEqual(['a100s']);
    expect(unstatedQuantities(['a100s'], [paper('We train OPT-IML 30B and 175B, instruction-tuned versions of OPT.')])).toEqual(['a100s']);
    expect(unstatedQuantities(['a100s'], [paper('Training took 12 days on 128 A100s.')])).toEqual([]);
    // "on how many" after what a paper does with a model: "trained on how many tokens"; not "depends on how many".
    expect(askedQuantities('phi-1.5 was trained on how many tokens')).toEqual(['tokens']);
    expect(askedQuantities('the scaling depends on how many experts')).toEqual([]);
  });

  it('reads no quantity in one side of a relation asked about', () => {
    expect(askedQuantities('what is the cheapest trade-off between model size and how many attention heads share keys and values?')).toEqual([]);
    expect(askedQuantities('how big is the model and how many heads does it have?')).toEqual(['model size', 'heads']);
  });

  it('reads a name up to a verb in the past, and a coefficient or a threshold as a measure', () => {
    expect(askedQuantities('how many tasks drawn from the benchmarks?')).toEqual(['tasks']);
    expect(askedQuantities('how many teams signed up, and how many actually submitted systems?')).toEqual(['teams', 'submitted systems']);
    expect(askedQuantities('how many teams actually submitted systems to offenseval 2020?')).toEqual(['teams']);
    // Chat's "r" for "are".
    expect(askedQuantities('how many problems r in mathusereval?')).toEqual(['problems']);
    expect(askedQuantities('For the survey on domain specialization, how many papers does it review?')).toEqual(['papers']);
    expect(askedQuantities('For the survey on multi-task learning, how many papers did the authors review?')).toEqual(['papers']);
    expect(askedQuantities('how many VIT papers does that visual instruction tuning survey actually cover?')).toEqual(['vit papers']);
    // The size of something named only, in any unit, is not one quantity.
    expect(askedQuantities('How big is SciRIFF in terms of demonstrations and tasks?')).toEqual([]);
    expect(askedQuantities('how big is the server model?')).toEqual(['server model size']);
    expect(askedQuantities('which vocabulary size turned out best overall?')).toEqual(['vocabulary size']);
    expect(askedQuantities('what averaging coefficient did they use?')).toEqual(['averaging coefficient']);
    expect(askedQuantities('what confidence threshold was used?')).toEqual(['confidence threshold']);
    expect(askedQuantities('how many datasets did they evaluate on, and what LoRA rank did they use?')).toEqual(['datasets', 'lora rank']);
    expect(askedQuantities('what exact speedup over padding-based prefilling did they report?')).toEqual(['speedup']);
    expect(askedQuantities('decomposed prompting (decomp) - what F1 did it get on hotpotqa?')).toEqual(['f1']);
    expect(askedQuantities('multi-lane - what map does it get on coco?')).toEqual(['map']);
    expect(askedQuantities('how long did each user-study session last?')).toEqual(['time']);
  });

  it('reads an agreement between annotators as a measure', () => {
    expect(askedQuantities('What inter-annotator agreement did the expert annotators reach when grading relevance?')).toEqual(['inter-annotator agreement']);
  });
});

describe('questions that ask for papers', () => {
  it('tells a question for several papers or their methods from one for a fact of one', () => {
    expect(asksForPapers('What frameworks exist for feedback-driven data generation, and what gains do they show?')).toBe(true);
    expect(asksForPapers('Which papers use DP-SGD, what epsilon values do they reach?')).toBe(true);
    expect(asksForPapers('are there any methods that prune experts?')).toBe(true);
    expect(asksForPapers('What research looks at picking a small subset of instruction data, and what data sizes do they recommend?')).toBe(true);
    expect(asksForPapers('how little instruction data do you need, and what sizes do these works recommend?')).toBe(true);
    expect(asksForPapers('What work exists on intent detection across many languages, and how large are the gaps to English?')).toBe(true);
    expect(asksForPapers('what prior work has been done on slot filling?')).toBe(true);
    expect(asksForPapers('what work did they do on slot filling?')).toBe(false);
    expect(asksForPapers('In the multi-goal request dataset, how many utterances are there per language?')).toBe(false);
    expect(asksForPapers('how many tokens was phi-1.5 trained on')).toBe(false);
  });

  it('tells a change by itself, which words may give, from a named measure', () => {
    const asked = askedQuantities('Which papers extend that architecture, and what improvements did they report?');
    expect(asked).toEqual(['improvements']);
    expect(asked.filter(givenInWords)).toEqual(['improvements']);
    expect(askedQuantities('Which papers super-resolve satellite images, and what PSNR gains do they get?').filter(givenInWords)).toEqual([]);
  });
});

describe('a question that describes the one paper it asks of', () => {
  it('tells a paper described by what it does from a topic or papers asked for', () => {
    expect(describesOnePaper('For the method that keeps a running average of weights, what averaging coefficient did they use?')).toBe(true);
    expect(describesOnePaper('In the streaming approach that skips backward passes on easy examples, what loss cutoff value was used?')).toBe(true);
    expect(describesOnePaper('In the study where a lightly adjusted open model beats a commercial system, which model size did they release?')).toBe(true);
    expect(describesOnePaper('How much prize money was on offer in the public contest for finding tasks where bigger models do worse?')).toBe(true);
    expect(describesOnePaper('In the setup where a small classifier sends each prompt to a specialist model, how accurate is the router?')).toBe(true);
    expect(describesOnePaper('how badly does gpt-4 do on that grade school math w/ irrelevant sentences benchmark?')).toBe(true);
    expect(describesOnePaper('what averaging coefficient is used when keeping a running average of weights?')).toBe(false);
    expect(describesOnePaper('is that benchmark any good for math?')).toBe(false);
    expect(describesOnePaper('Which papers use the method that keeps a running average of weights, and what coefficients do they use?')).toBe(false);
  });
});

describe('quantities a list of keywords names', () => {
  it('reads what a pair of kinds of a count counts', () => {
    expect(askedInKeywords('Yi-Lightning total and active parameters')).toEqual(['parameters']);
  });

  it('reads a measure at the end, what "number of" counts and what "total" or "maximum" counts', () => {
    expect(askedInKeywords('Glot500-c corpus size tokens')).toEqual(['corpus size']);
    expect(askedInKeywords('Apple Intelligence server model parameter count')).toEqual(['parameter count']);
    expect(askedInKeywords('Yi-Lightning active parameters number of experts')).toEqual(['number of experts']);
    expect(askedInKeywords('OLMo 2 total pretraining tokens')).toEqual(['pretraining tokens']);
    expect(askedInKeywords('Kangaroo video LMM maximum input frames')).toEqual(['input frames']);
    // A method named by a verb of a measure is no measure: "beam scoring".
    expect(askedInKeywords('CTC non-autoregressive MT fluency beam scoring')).toEqual([]);
    expect(askedInKeywords('CTC non-autoregressive MT fluency beam score')).toEqual(['beam score']);
    expect(unstatedInKeywords(['input frames'], [paper('A curriculum with gradually increasing resolution and number of input frames.')])).toEqual(['input frames']);
    // A count anywhere, a measure with its unit after it, in a longer list.
    expect(askedInKeywords('LLMic Romanian foundation model parameter count training tokens')).toEqual(['parameter count', 'training tokens']);
    expect(askedInKeywords('HerBERT Polish BERT pretraining corpus size GB number of downstream tasks')).toEqual(['corpus size', 'number of downstream']);
    // A measure with what it is of after it; a list in each sentence.
    expect(askedInKeywords('qwen2.5-math-72b-instruct score on aime24?')).toEqual(['score']);
    expect(askedInKeywords('falcon2-11b context length after the final training stage?? 8k or more')).toEqual(['context length']);
    expect(askedInKeywords('llama 3 vocab size 128k?')).toEqual(['vocab size']);
    expect(askedInKeywords('Diverse Beam Search BLEU gain')).toEqual(['bleu gain']);
    // What training is counted in, at the end.
    expect(askedInKeywords('Wonton 7B training tokens')).toEqual(['training tokens']);
    expect(unstatedInKeywords(['training tokens'], [paper('Our Wonton 7B model has demonstrated competitive performance.')])).toEqual(['training tokens']);
    // A duration at the end, stated by a number of hours, days ...
    expect(askedInKeywords('ICON NeRF training time')).toEqual(['training time']);
    expect(askedInKeywords('inference time scaling')).toEqual([]);
    expect(unstatedInKeywords(['training time'], [paper('Each expert takes only 6 hours to train on one single A100.')])).toEqual([]);
    expect(unstatedInKeywords(['training time'], [paper('We present ICON, an optimization procedure for training NeRFs from 2D video frames.')])).toEqual(['training time']);
    // Words of the paper's title name it, not a measure asked.
    expect(askedInKeywords('BERT pretraining 24 hours academic budget')).toEqual(['academic budget']);
    const bert = { title: 'How to Train BERT with an Academic Budget', abstract: 'We present a recipe for pretraining a masked language model in 24 hours using a single low-end deep learning server.' };
    expect(unstatedInKeywords(['academic budget'], [bert])).toEqual([]);
    expect(unstatedInKeywords(['academic budget'], [paper(bert.abstract)])).toEqual(['academic budget']);
    // A budget the paper writes as typed is what it works within, not a number asked.
    expect(askedInKeywords('slimmable multi-task encoder decoders compute budget')).toEqual(['compute budget']);
    const slimmable = paper('We train a multi-task model such that users can adjust the desired compute budget after deployment.');
    expect(unstatedInKeywords(['compute budget'], [slimmable])).toEqual([]);
    expect(unstatedInKeywords(['compute budget'], [paper('We train a multi-task model with slimmable encoders and decoders.')])).toEqual(['compute budget']);
  });

  it('reads numbers asked of a measure as the measure asked, and numbers alone as results asked', () => {
    expect(askedInKeywords('qst (quantized side tuning) memory reduction numbers?')).toEqual(['memory reduction']);
    const qst = paper('Experiments show that QST can reduce the total memory footprint by up to 2.3 times and speed up the finetuning process by up to 3 times.');
    expect(unstatedInKeywords(askedInKeywords('qst (quantized side tuning) memory reduction numbers?'), [qst])).toEqual([]);
    expect(askedInKeywords('cube-llm numbers on talk2car and drivelm?')).toEqual([]);
    expect(askedInKeywords('yulan numbers')).toEqual([]);
  });

  it('reads none in a question, in a list without a measure, or in a method a measure names', () => {
    expect(askedInKeywords('what is the context length of qwen2.5?')).toEqual([]);
    expect(askedInKeywords('model merging for speech')).toEqual([]);
    expect(askedInKeywords('SOLAR 10.7B depth up-scaling base model weights')).toEqual([]);
    expect(askedInKeywords('fill-in-the-middle horizon length prediction')).toEqual([]);
    // A sentence someone says is no list, though another sentence is one.
    expect(askedInKeywords('Most methods assume a static scene. I care about the inference cost.')).toEqual([]);
    expect(askedInKeywords('falcon2-11b context length. what is it?')).toEqual([]);
  });
});

describe('names a question asks for', () => {
  it('reads a question for the model a paper builds on, or the languages it covers', () => {
    expect(askedEntities('Which base model was Babel-83B grown from with the layer-extension technique?')).toEqual(['base model']);
    expect(askedEntities('which llm is nv-embed built on top of?')).toEqual(['base model']);
    expect(askedEntities('what is the base model of llava-o1')).toEqual(['base model']);
    expect(askedEntities('infmllm which llm is it built on')).toEqual(['base model']);
    expect(askedEntities('which lmm is ladeco built on?')).toEqual(['base model']);
    expect(askedEntities('which model family were the 7b and 13b models, llama 2 or qwen?')).toEqual(['base model']);
    expect(askedEntities('which model family is best for code?')).toEqual(['best model']);
    expect(askedEntities('which models are based on transformers')).toEqual([]);
    expect(askedEntities('whats the exact base model llava-o1 was finetuned from?')).toEqual(['base model']);
    // Which of two it builds on; not papers that use one.
    expect(askedEntities('3d-llm uses blip-2 or flamingo as the 2d vlm backbone?')).toEqual(['base model']);
    expect(unnamedEntities(['base model'], [paper('Then, we use 2D VLMs as our backbones to train our 3D-LLMs.')], '3d-llm uses blip-2 or flamingo as the 2d vlm backbone?')).toEqual(['base model']);
    expect(askedEntities('any paper that uses llama as the backbone?')).toEqual([]);
    expect(askedEntities('speechverse uses which speech encoder, whisper or wavlm?')).toEqual(['base model']);
    expect(askedEntities('llamalens is it llama 3.1 8b or 70b based?')).toEqual(['base model']);
    expect(askedEntities('is it transformer based?')).toEqual([]);
    expect(askedEntities('abbreviation expansion for ALS user paper, which 8b llm did they actually deploy? gemma?')).toEqual(['base model']);
    // The model in a role, asked in keywords; not the best one for a role.
    expect(askedEntities('Promptagator query generator LLM')).toEqual(['language model']);
    expect(askedEntities('best judge llm')).toEqual([]);
    expect(askedEntities('what is the base model size')).toEqual([]);
    // Models a paper surpasses, listed after "such as", are what it is compared with.
    const llava = paper('LLaVA-o1 outperforms its base model by 8.9%, but also surpasses the performance of larger and even closed-source models, such as Gemini-1.5-pro, GPT-4o-mini, and Llama-3.2-90B-Vision-Instruct.');
    expect(unnamedEntities(['base model'], [llava], 'what is the base model of llava-o1')).toEqual(['base model']);
    // A model named after what the paper builds on it by, though the question names its family ("the ChatGLM team").
    const glm = { title: 'ChatGLM-Math: Improving Math Problem-Solving in Large Language Models', abstract: 'Based on ChatGLM3-32B, we conduct a series of experiments on both academic and our newly created challenging dataset.' };
    const started = 'How does the self-critique pipeline from the ChatGLM team work, which base model did they start from?';
    expect(askedEntities(started)).toEqual(['base model']);
    expect(unnamedEntities(['base model'], [glm], started)).toEqual([]);
    expect(unnamedEntities(['base model'], [{ ...glm, abstract: 'Based on our analysis, we conduct a series of experiments.' }], started)).toEqual(['base model']);
    // The paper's own name, run together from the starts of its title's words, is no dataset.
    const fourier = { title: 'Fourier Transporter: Bi-Equivariant Robotic Manipulation in 3D', abstract: 'FourTran is constrained to incorporate symmetries of the pick and place actions.' };
    expect(unnamedEntities(['datasets'], [fourier], 'which benchmark did they eval on')).toEqual(['datasets']);
    expect(unnamedEntities(['datasets'], [{ ...fourier, abstract: 'We test FourTran on the RLbench benchmark.' }], 'which benchmark did they eval on')).toEqual([]);
    expect(askedEntities('Which existing model was Hyacinth6B fine-tuned from?')).toEqual(['base model']);
    expect(askedEntities('the forgetting paper - which chat model did they continue pretraining?')).toEqual(['base model']);
    expect(askedEntities('what size model did they continually pretrain on RedPajama?')).toEqual([]);
    expect(askedEntities('Which nine languages does SambaLingo adapt Llama 2 to?')).toEqual(['languages']);
    expect(askedEntities('That shared-task submission testing five LLMs: what were the five languages?')).toEqual(['languages']);
    expect(askedEntities('sambalingo adapted llms to 9 languages - anyone have the list of which ones?')).toEqual(['languages']);
    // Language pairs are languages asked; a pair written with a hyphen names them.
    const pairs = 'which language pairs were the nmt experiments on';
    expect(askedEntities(pairs)).toEqual(['languages']);
    expect(unnamedEntities(['languages'], [paper('We run NMT experiments on English-German and Chinese-English.')], pairs)).toEqual([]);
    expect(unnamedEntities(['languages'], [paper('We find that beam search enforces uniform information density in NMT.')], pairs)).toEqual(['languages']);
    expect(askedEntities('it covers 9 languages. How was it trained, and on which datasets? which ones did they pick?')).toEqual(['datasets']);
    // Which languages one should use is advice on a topic.
    expect(askedEntities('How many and which languages should go into the instruction-tuning data?')).toEqual([]);
    expect(askedEntities('Which two base language models were used in the Tied-LoRA experiments?')).toEqual(['base model']);
    expect(askedEntities('what backbone is it built on?')).toEqual(['base model']);
    expect(askedEntities('The open model grew itself by adding extra layers; which existing model was it expanded from?')).toEqual(['base model']);
    expect(askedEntities('which vision encoder backbone does it use?')).toEqual(['base model']);
    expect(askedEntities('I need its scores and the names of the specific 2D VLM backbones it was built on.')).toEqual(['base model']);
    expect(askedEntities('Which decoder-only LLM is used as the backbone of the NV-Embed embedding model?')).toEqual(['base model']);
    expect(askedEntities('NV-Embed base LLM backbone model')).toEqual(['base model']);
    // Chat's "wat" is "what"; "which plm did they use" asks as "which model" does.
    expect(askedEntities('revisiting who\'s harry potter causal unlearning paper: wat base llm did they use')).toEqual(['base model']);
    expect(askedEntities("lmturk which plm did they use as the 'workers', gpt3??")).toEqual(['base model']);
    expect(askedEntities('which backbone is best for detection?')).toEqual([]);
    // What the asker says of themselves before asking is no part of the asking; what they say they need is.
    expect(askedEntities("I'm building Arabic NLP tools and deciding which pretrained model to start from. In the Arabic models paper, which variants were covered?")).toEqual([]);
    expect(askedEntities('For a table in my survey, I need the names of the specific 2D VLM backbones it was built on. Thanks.')).toEqual(['base model']);
    expect(askedEntities('which model did they use as the baseline for comparison?')).toEqual([]);
    // By any acronym of a language model, in other words for where it starts or what it is built on.
    expect(askedEntities('PTEC industry sector classification - which base PLM did they prompt tune? t5 or smth?')).toEqual(['base model']);
    expect(askedEntities('the english-only query encoder tuning paper, what multilingual embedding model did they start w/?')).toEqual(['base model']);
    expect(askedEntities('The unified generative retriever on KILT was built on which sequence-to-sequence backbone?')).toEqual(['base model']);
    expect(askedEntities('For Persona-Plug, which LLM did they attach the embedding to?')).toEqual(['base model']);
    expect(askedEntities('Which two base language models were used in the Tied-LoRA experiments?')).toEqual(['base model']);
  });

  it('reads a question for the model that did best in a paper comparison, which its abstract may name or not', () => {
    expect(askedEntities('which model did best on the kalamang translation benchmark? was it claude?', { definite: true })).toEqual(['best model']);
    expect(askedEntities('in helmet which model came out on top overall?')).toEqual(['best model']);
    expect(askedEntities('in multiloko which of the 11 models actually scored highest?')).toEqual(['best model']);
    expect(askedEntities('which reward model actually scored best on rag-rewardbench?')).toEqual(['best model']);
    expect(askedEntities('for that grammar-book benchmark, which specific chatbot produced the best baseline score?')).toEqual(['best model']);
    expect(askedEntities('which embedding model won in that clinical semantic search paper?')).toEqual(['best model']);
    expect(askedEntities('TaskBench best performing LLM')).toEqual(['best model']);
    expect(askedEntities('RAG-RewardBench top scoring reward model name')).toEqual(['best model']);
    expect(askedEntities('PRE peer review evaluator — which llm ended up being the best reviewer?')).toEqual(['best model']);
    expect(askedEntities('which model topped the holmes linguistic competence benchmark?')).toEqual(['best model']);
    expect(askedEntities('Using the prompt sensitivity index, which open-source LLM came out as the least sensitive?')).toEqual(['best model']);
    expect(askedEntities('which backbone achieved the best overall results?')).toEqual(['best model']);
    expect(askedEntities('which backbone is best for detection?')).toEqual([]);
    expect(askedEntities('best llm for coding')).toEqual([]);
    expect(askedEntities('which models are good at translation?')).toEqual([]);
    // Which kind of something asks a kind, not the model that did best.
    expect(askedEntities('which kind of model uncertainty turned out to be the best warning sign of invented content?')).toEqual([]);
    const named = paper('Claude 2 performs best, ahead of GPT-4 and Llama 2.');
    expect(unnamedEntities(['best model'], [named], 'which model did best?')).toEqual([]);
    expect(unnamedEntities(['best model'], [paper('We evaluate 51 long-context models on seven categories.')], 'which model did best?')).toEqual(['best model']);
    // A name no list of families holds, written as what beats the others.
    const xvlm = paper('Through our analysis, we find that X-VLM (Zeng et al., 2022) consistently outperforms other baselines.');
    expect(unnamedEntities(['best model'], [xvlm], 'Which model came out on top?')).toEqual([]);
    expect(unnamedEntities(['best model'], [paper('We find that modelling innovations consistently outperform other baselines.')], 'Which model came out on top?')).toEqual(['best model']);
    // ... or as what the best one is.
    const mmteb = paper('We find that the best-performing publicly available model is multilingual-e5-large-instruct with only 560 million parameters.');
    expect(unnamedEntities(['best model'], [mmteb], 'which public model came out on top?')).toEqual([]);
    expect(unnamedEntities(['best model'], [paper('We find that the best-performing model is open.')], 'which public model came out on top?')).toEqual(['best model']);
    // A model a paper names in another role (its judge) is not the one that did best.
    const tts = paper('We leverage Gemini as an automatic judge. Our evaluation of accessible TTS systems highlights room for improvement.');
    expect(unnamedEntities(['best model'], [tts], 'which tts system actually scored best on InstructTTSEval?')).toEqual(['best model']);
    // The metric that did best in a comparison of metrics, which the abstract may name or not.
    const aces = 'In the study that built contrastive test suites for judging translation-quality scorers, which single learned metric came out on top across all the error categories?';
    expect(askedEntities(aces)).toEqual(['best metric']);
    expect(askedEntities('which metric did best on ACES?')).toEqual(['best metric']);
    expect(askedEntities('which metrics does ACES evaluate?')).toEqual([]);
    expect(unnamedEntities(['best metric'], [paper('We benchmark 50 metrics. Different metric families struggle with different phenomena.')], aces)).toEqual(['best metric']);
    expect(unnamedEntities(['best metric'], [paper('We find that xCOMET consistently outperforms other metrics.')], aces)).toEqual([]);
    expect(unstatedNote(['best metric'])).toBe('The closest paper does not say which metric did best.');
    // The method that did best among those a paper compares; not which approach is best for a task, advice on a topic.
    const tutoring = 'In the study that aligned a tutoring model with human-feedback reinforcement learning, which of the three preference algorithms came out on top?';
    expect(askedEntities(tutoring)).toEqual(['best method']);
    expect(askedEntities('which approach is best for aligning a tutoring model?')).toEqual([]);
    expect(unnamedEntities(['best method'], [paper('We apply three state-of-the-art RLHF algorithms and find that they outperform SFT significantly.')], tutoring)).toEqual(['best method']);
    expect(unnamedEntities(['best method'], [paper('We compare PPO, DPO and KTO. KTO consistently outperforms other algorithms.')], tutoring)).toEqual([]);
    expect(unstatedNote(['best method'])).toBe('The closest paper does not say which method did best.');
    // How one decides which model comes out on top asks for a method; another clause's "which models" asks nothing of the best.
    expect(askedEntities("can you combine each collection's ordering of competitors with voting rules to decide which model comes out on top overall?")).toEqual([]);
    expect(askedEntities('In AxBench, which models were the experiments run on, which approach did best for steering?')).not.toContain('best model');
  });

  it('reads a question for the model that got a score it gives, not one of a size', () => {
    expect(askedEntities('in the MTOB kalamang benchmark which llm got the 44.7 chrF score?')).toEqual(['scoring model']);
    expect(askedEntities('which model reached 90% accuracy on gsm8k?')).toEqual(['scoring model']);
    expect(askedEntities('which model got 7b params?')).toEqual([]);
    const mtob = paper('Baselines using current LLMs are promising, achieving 44.7 chrF on Kalamang to English translation.');
    expect(unnamedEntities(['scoring model'], [mtob], 'which llm got the 44.7 chrF score?')).toEqual(['scoring model']);
    expect(unnamedEntities(['scoring model'], [paper('Claude 2 reaches 44.7 chrF.')], 'which llm got the 44.7 chrF score?')).toEqual([]);
    expect(unstatedNote(['scoring model'])).toBe('The closest paper does not say which model got that score.');
  });

  it('reads a question for the models a paper tried', () => {
    expect(askedEntities('which specific text generators did they test it with?')).toEqual(['language model']);
    expect(askedEntities('which llms did the authors evaluate?')).toEqual(['language model']);
    expect(askedEntities('which llm did they actually run the unlearning on?')).toEqual(['language model']);
    expect(askedEntities('For the method that blends chat models, which specific models were combined?')).toEqual(['language model']);
    expect(askedEntities('The instruction-selection work: which LLMs were fine-tuned?')).toEqual(['language model']);
    expect(askedEntities('In the neural nuggets paper, which teacher and student models were used?')).toEqual(['language model']);
    expect(askedEntities('can llms learn by teaching, which models were the teacher and students')).toEqual(['language model']);
    expect(askedEntities('The idea of treating few-shot prompted PLMs as crowdsourcing workers — which PLM acted as the worker?')).toEqual(['language model']);
    expect(askedEntities('A multi-teacher distillation approach — which teacher models were distilled?')).toEqual(['language model']);
    expect(askedEntities('CoMD: which teacher model did they distill from?')).toEqual(['base model']);
    expect(askedEntities('For the utility-based retriever, what retriever model served as the starting checkpoint?')).toEqual(['language model']);
    expect(askedEntities('TP-Eval which MLLMs evaluated')).toEqual(['language model']);
    // A paper's own models are what it trains: "which models were trained" may ask for them.
    expect(askedEntities('which models were trained on the new corpus?')).toEqual([]);
    // A family the question names is one the paper may name as what it tried.
    expect(unnamedEntities(['language model'], [paper('We steer Gemma-2-2B and Gemma-2-9B.')], 'axbench - which gemma models did they run it on')).toEqual([]);
    expect(unnamedEntities(['language model'], [paper('We evaluate GPT-4 and Llama 2.')], 'which llms did they evaluate?')).toEqual([]);
    expect(unnamedEntities(['language model'], [paper('It cuts the cost of calls to the underlying language model.')], 'which llms did they evaluate?')).toEqual(['language model']);
  });

  it('reads a question for the model a paper uses in a role', () => {
    expect(askedEntities('which specific language models served as the in-context learners?', { definite: true })).toEqual(['language model']);
    expect(askedEntities('Which language model provided the feedback scores in that approach?')).toEqual(['language model']);
    expect(askedEntities('Which LLM was used as the judge?')).toEqual(['language model']);
    expect(askedEntities('Which language model was analyzed in the work on low-rank communication channels between layers?')).toEqual(['language model']);
    // The model a paper starts from, by any acronym of a language model, or asked of a subject of several words.
    expect(askedEntities('video-star: which LVLM did they start from, video-llava or something else?')).toEqual(['base model']);
    expect(askedEntities('Which large language model did the WMT 2023 terminology shared-task submission use for post-editing?')).toEqual(['base model']);
    expect(unnamedEntities(['language model'], [paper('We use GPT-4 as the judge.')], 'Which LLM was used as the judge?')).toEqual([]);
    expect(unnamedEntities(['language model'], [paper('It leverages the feedback of the LLM.')], 'Which LLM was used as the judge?')).toEqual(['language model']);
  });

  it('tells a question that can only ask for a name from one that may ask for something else', () => {
    expect(askedEntities('in promptagator which llm do they actually use', { definite: true })).toEqual(['base model']);
    expect(askedEntities('which llm did promptagator use to generate the synthetic queries?', { definite: true })).toEqual(['base model']);
    expect(askedEntities('in wavllm which llm do they plug the whisper + wavlm encoders into?', { definite: true })).toEqual(['base model']);
    expect(askedEntities('which 16 african languages are in injongo?')).toEqual(['languages']);
    // "which model do they use" may ask for an architecture ("a conditional VAE").
    expect(askedEntities('Which model does it use?')).toEqual(['base model']);
    expect(askedEntities('Which model does it use?', { definite: true })).toEqual([]);
    // Words in brackets stand outside the asking.
    expect(askedEntities('which llm backbone does honeybee (the locality enhanced projector mllm) sit on?')).toEqual(['base model']);
  });

  it('reads none in a question for papers or for a model that does something', () => {
    for (const q of [
      'Which paper up-scales a base LLM in depth as a simpler alternative to mixture-of-experts?',
      'which open model is fine-tuned on medical dialogues?',
      'Which papers adapt LLMs to new languages?',
      'what model handles long videos?',
      // The base models a study compares with, not the one it builds on.
      'Which study finds that what instruction-tuned models can do strongly correlates with what their base models achieve?',
      // What the base model does, not which it is; which depth the languages diverge at, not which languages.
      'is there a paper showing instruction tuned models are basically capped by what the base model can do w/ few-shot prompting?',
      'I am also curious whether they analyzed at which depth the languages start to diverge inside the network.',
      'Healthcare text processing outside English: datasets, licensing-exam benchmarks or models for clinical language in other languages',
    ]) {
      expect(askedEntities(q), q).toEqual([]);
    }
  });

  it('keeps a kind the paper names none of, its own model left out', () => {
    const babel = paper('We introduce two variants: Babel-9B, designed for efficient inference, and Babel-83B.');
    expect(unnamedEntities(['base model'], [babel], 'Which base model was Babel-83B grown from?')).toEqual(['base model']);
    // Models it outperforms, listed or not, are what it is compared with.
    const solar = { title: 'SOLAR 10.7B: Scaling Large Language Models with Simple yet Effective Depth Up-Scaling', abstract: 'SOLAR 10.7B outperforms existing open-source pretrained LLMs, such as Llama 2 and Mistral 7B.' };
    expect(unnamedEntities(['base model'], [solar], 'which base model did solar 10.7b start from?')).toEqual(['base model']);
    const nv = paper('Decoder-only LLM-based embedding models are beginning to outperform BERT or T5-based embedding models. We introduce NV-Embed.');
    expect(unnamedEntities(['base model'], [nv], 'which base llm did nv-embed start from?')).toEqual(['base model']);
    expect(unnamedEntities(['base model'], [paper('Built on Mistral 7B, it is better than BERT.')], 'which base llm did nv-embed start from?')).toEqual([]);
    expect(unnamedEntities(['base model'], [paper('Glot500-m improves over an XLM-R baseline.')], 'which model did they use as the baseline?')).toEqual([]);
    // A name written right before what it serves as, however rare.
    expect(unnamedEntities(['base model'], [paper('We introduce the RoboLLM framework, equipped with a BEiT-3 backbone.')], 'robollm - what backbone does it use?')).toEqual([]);
    expect(unnamedEntities(['base model'], [paper('We introduce the RoboLLM framework, equipped with an LLM backbone.')], 'robollm - what backbone does it use?')).toEqual(['base model']);
    // A name with a number right before "model", not one it is compared with, nor words of the field.
    const juru = 'juru legal llm - what base model?';
    expect(unnamedEntities(['base model'], [paper('We specialized the Sabiá-2 Small model with 1.9 billion unique tokens.')], juru)).toEqual([]);
    expect(unnamedEntities(['base model'], [paper('Our model beats GPT-3.5 models on legal exams.')], juru)).toEqual(['base model']);
    expect(unnamedEntities(['base model'], [paper('We adapt Vision-Language Models to legal documents.')], juru)).toEqual(['base model']);
    expect(unnamedEntities(['base model'], [{ title: 'Jurist-2: A Legal Model', abstract: 'We present the Jurist-2 model.' }], juru)).toEqual(['base model']);
    const samba = paper('We scale these experiments across 9 languages and 2 parameter scales.');
    // A model the question offers as a guess is confirmed by a paper that names it, unless it is the paper's own (its title's, or one it introduces).
    const probing = { title: 'Towards Probing Contact Center Large Language Models', abstract: 'We explore different LLM architectures (Flan-T5 and Llama), sizes (3B, 7B, 11B, 13B).' };
    expect(unnamedEntities(['base model'], [probing], 'which llms did the contact center probing study use? flan-t5 and llama right, what sizes')).toEqual([]);
    expect(unnamedEntities(['base model'], [paper('We introduce Llama 3, a herd of models.')], 'which base model was llama 3 built on?')).toEqual(['base model']);
    expect(unnamedEntities(['languages'], [samba], 'Which nine languages does SambaLingo cover?')).toEqual(['languages']);
    expect(unnamedEntities(['languages'], [paper('Trained on Japanese, Thai and Hungarian text.')], 'Which languages does it cover?')).toEqual([]);
    const alpaca = paper("Multilingual tuning is not crucial for an LLM's English performance, but is key to its robustness.");
    expect(unnamedEntities(['languages'], [alpaca], 'which languages did they machine-translate alpaca into?')).toEqual(['languages']);
  });

  it('names less widely spoken languages too', () => {
    const finno = paper('This paper addresses this gap by focusing on Võro, Livonian, and Komi.');
    expect(unnamedEntities(['languages'], [finno], 'which languages did they focus on?')).toEqual([]);
  });

  it('keeps a kind the paper names fewer of than the question counts', () => {
    // Names set off by a comma after the count list it.
    const domains = paper('We conduct experiments in two domains, biomedicine and food, by post-training MLLMs.');
    expect(unlistedMembers(['two domains'], [domains])).toEqual([]);
    expect(unlistedMembers(['two domains'], [paper('We conduct experiments in two domains, by post-training MLLMs.')])).toEqual(['two domains']);
    // A list after a colon further on in the sentence lists them; one of other things after "including" does not.
    const mclm = paper('We test three test-time scaling methods-Outcome Reward Modeling (ORM), Process Reward Modeling (ORM), and Budget Forcing (BF)-on both models.');
    expect(unlistedMembers(['three scaling methods'], [mclm])).toEqual([]);
    expect(unlistedMembers(['three methods'], [paper('We test three methods-based baselines on both models.')])).toEqual(['three methods']);
    // A double hyphen is a dash.
    const scimult = paper('To be specific, we explore two techniques -- task-aware specialization and instruction tuning.');
    expect(unlistedMembers(['two techniques'], [scimult])).toEqual([]);
    const sprint = paper('Our method uses two core ideas to automatically expand a base set of pre-training tasks: instruction relabeling via large language models and cross-trajectory skill chaining.');
    expect(unlistedMembers(['2 core ideas'], [sprint])).toEqual([]);
    const injongoDomains = paper('A dataset for 16 African languages with utterances generated by native speakers across diverse domains, including banking and travel.');
    expect(unnamedEntities(['languages'], [injongoDomains], 'INJONGO list of languages')).toEqual(['languages']);
    // Models named with a word before their family ("text-davinci-002").
    const code = paper('We compare code and text prompts across three popular GPT models (davinci, code-davinci-002, and text-davinci-002).');
    expect(unnamedEntities(['language model'], [code], 'which three GPT models were tested?')).toEqual([]);
    // A model of a family named as it is written ("mT0").
    const sid = paper('We also test the generalization capability of the recent encoder-decoder model mT0 on new tasks.');
    expect(unnamedEntities(['language model'], [sid], 'which model did they test zero-shot?')).toEqual([]);
    const sandbox = paper('This paper explores Question Answering and Named Entity Recognition in five diverse languages.');
    expect(unnamedEntities(['languages'], [sandbox], 'what were the five languages?')).toEqual(['languages']);
    const injongo = paper('A benchmark for 16 African languages, improving transfer from the English language.');
    expect(unnamedEntities(['languages'], [injongo], 'which 16 african languages are in injongo?')).toEqual(['languages']);
    const two = paper('We pretrain on Spanish and French news.');
    expect(unnamedEntities(['languages'], [two], 'which two languages does it cover?')).toEqual([]);
    expect(unnamedEntities(['languages'], [two], 'which three languages does it cover?')).toEqual(['languages']);
  });

  it('reads a question for the team that did best in a shared task, which its overview may name or not', () => {
    expect(askedEntities('who won the coling 2025 genai detection task 1 english subtask and what was their score?')).toEqual(['best team']);
    const trec = 'Which participating team submitted the best-scoring run in the TREC 2023 NeuCLIR news retrieval task?';
    expect(askedEntities(trec)).toEqual(['best team']);
    expect(askedEntities('which team won semeval-2024 task 8 subtask a?')).toEqual(['best team']);
    expect(askedEntities('Which participating team achieved the best effectiveness in the 2023 evaluation?')).toEqual(['best team']);
    // ... or for what the winners did.
    expect(askedEntities('what approach did the winning team actually use in the minerl basalt competition?')).toEqual(['best team']);
    expect(askedEntities('how did the top-ranked submission handle code-mixed text?')).toEqual(['best team']);
    expect(askedEntities('which teams took part in the shared task?')).toEqual([]);
    const runs = paper('A total of 220 runs across all tasks were submitted by six participating teams.');
    expect(unnamedEntities(['best team'], [runs], trec)).toEqual(['best team']);
    expect(unnamedEntities(['best team'], [paper('The winning team used an ensemble of LLMs.')], trec)).toEqual([]);
    expect(unstatedNote(['best team'])).toBe('The closest paper does not say which team did best.');
  });

  it('reads a question for the hardware a paper ran on, not for an amount of it', () => {
    expect(askedEntities('What kind of GPUs, and how many, were in the single low-end server used to pretrain BERT?')).toEqual(['hardware']);
    expect(askedEntities('what gpus / how many did yulan use to pretrain the 12b model')).toEqual(['hardware']);
    expect(askedEntities('What GPU was used to reach the real-time frame rate?')).toEqual(['hardware']);
    expect(askedEntities('what GPU memory does qlora need?')).toEqual([]);
    expect(askedEntities('what gpu hours did the 7b run take?')).toEqual([]);
    const bert = paper('We pretrain a masked language model in 24 hours using a single low-end deep learning server.');
    expect(unnamedEntities(['hardware'], [bert], 'what gpus did they use')).toEqual(['hardware']);
    expect(unnamedEntities(['hardware'], [paper('A 13B LLaMA pretrained on a single 40GB A100.')], 'what gpus did they use')).toEqual([]);
    expect(unnamedEntities(['hardware'], [paper('Trained on 512 TPUv4 chips.')], 'what hardware did they use')).toEqual([]);
  });

  it('reads a question for the software a paper ran, which its abstract names as names are written, or not', () => {
    const docking = 'Which docking software and which specific protein targets were used to score the compounds?';
    expect(askedEntities(docking)).toEqual(['software']);
    expect(askedEntities('nerfbridge bridges ROS with which nerf library?')).toEqual(['software']);
    expect(askedEntities('which papers propose software for training nerfs?')).toEqual([]);
    const warmStart = paper('Docking evaluation of the generated compounds for a number of novel proteins suggests that the one-stage strategy generalizes better.');
    expect(unnamedEntities(['software'], [warmStart], docking)).toEqual(['software']);
    expect(unstatedNote(['software'])).toBe('The closest paper names no “software”.');
    const nerf = paper('An open-source bridge between the Robot Operating System (ROS) and the popular Nerfstudio library.');
    expect(unnamedEntities(['software'], [nerf], 'nerfbridge bridges ROS with which nerf library?')).toEqual([]);
  });

  it('reads a question for the datasets a paper used, which its abstract names as names are written, or not', () => {
    // An acronym of the field joined to a word of English names no dataset.
    const tptu = paper('The base LLMs can hardly plan a correct sub-task order and API-calling order for LLM-based agents.');
    expect(unnamedEntities(['datasets'], [tptu], 'which academic dataset did they evaluate on?')).toEqual(['datasets']);
    // A dataset asked for as what a paper built is the paper asked for.
    expect(askedEntities('Which chatbot safety test set was built around a Central Asian country?')).toEqual([]);
    expect(askedEntities('which benchmark was introduced for multilingual safety?')).toEqual([]);
    expect(askedEntities('Work connecting hallucinations in image captioning with epistemic uncertainty — which captioning dataset did they use?')).toEqual(['datasets']);
    expect(askedEntities('On which tasks or datasets was conditional Poisson stochastic beam search evaluated?')).toEqual(['datasets']);
    expect(askedEntities('guardrail unlearning baselines benchmark used')).toEqual(['datasets']);
    // Benchmarks asked for as the papers themselves, or their size, are not datasets a paper used.
    expect(askedEntities('Which benchmarks evaluate LLMs on culture-specific content?')).toEqual([]);
    expect(askedEntities('what dataset size did they use?')).toEqual([]);
    const q = 'which captioning dataset did they use?';
    const uncertain = { title: 'On Hallucination and Predictive Uncertainty.', abstract: 'We study image captioning and data-to-text generation with NLP models and LLMs.' };
    expect(unnamedEntities(['datasets'], [uncertain], q)).toEqual(['datasets']);
    expect(unnamedEntities(['datasets'], [{ ...uncertain, abstract: 'We evaluate on MS-COCO and WebNLG.' }], q)).toEqual([]);
    // The paper's own method, by its acronym, is no dataset.
    const cpsbs = { title: 'Conditional Poisson Stochastic Beam Search.', abstract: 'We show that CPSBS produces lower variance estimators.' };
    expect(unnamedEntities(['datasets'], [cpsbs], 'On which datasets was conditional Poisson stochastic beam search evaluated?')).toEqual(['datasets']);
    // Nor is a method of the field ("NeRF") or a dimension ("3D").
    const pixelnerf = { title: 'pixelNeRF: Neural Radiance Fields from One or Few Images.', abstract: 'Leveraging the volume rendering approach of NeRF, our model needs no explicit 3D supervision.' };
    expect(unnamedEntities(['datasets'], [pixelnerf], 'what datasets did pixelnerf evaluate on?')).toEqual(['datasets']);
    expect(unnamedEntities(['datasets'], [{ ...pixelnerf, abstract: 'We conduct extensive experiments on ShapeNet benchmarks.' }], 'what datasets did pixelnerf evaluate on?')).toEqual([]);
  });

  it('reads a question for the robot a paper ran on, and for models it keeps frozen', () => {
    expect(askedEntities('What robot platform was used in the real-world experiments of the work where planners teach robots skills?')).toEqual(['robot']);
    expect(askedEntities('which robot arm did they use')).toEqual(['robot']);
    expect(askedEntities('which robot tasks did they test')).toEqual([]);
    expect(askedEntities('Which robot pick-and-put-down method exploits the symmetry of the grasp pose?')).toEqual([]);
    expect(askedEntities('which robot was used in the learning experiments?')).toEqual(['robot']);
    const halp = paper('We evaluate the proposed framework on multiple tasks in simulation and the real world.');
    expect(unnamedEntities(['robot'], [halp], 'what robot did they use')).toEqual(['robot']);
    expect(unnamedEntities(['robot'], [paper('Experiments on a Franka Emika Panda arm.')], 'what robot did they use')).toEqual([]);
    expect(askedEntities('Which pretrained speech encoder and which text model does the joint model keep frozen?')).toEqual(['base model']);
    expect(askedEntities('which models does it freeze during training?')).toEqual(['base model']);
    expect(askedEntities('which layers are frozen?')).toEqual([]);
    const slm = paper('SLM freezes the pretrained foundation models and only trains a simple adapter.');
    expect(unnamedEntities(['base model'], [slm], 'which speech encoder does it keep frozen?')).toEqual(['base model']);
  });

  it('reads where the code is, its license and where its authors work, which an abstract gives or not', () => {
    expect(askedEntities('is there a github repo for the collaborative decoding paper?')).toEqual(['code link']);
    expect(askedEntities('is the code out for tied-lora?')).toEqual(['code link']);
    expect(askedEntities('what license are the datasets under? can i use them commercially')).toEqual(['license']);
    expect(askedEntities('which licensing and specialization exams were the questions scraped from?')).toEqual([]);
    expect(askedEntities("which university/lab is the 'model-agnostic measure of generalization difficulty' paper from?")).toEqual(['affiliation']);
    expect(askedEntities('Who presented the CVPR 2023 tutorial on multimodal GPT-4, and from which institution?')).toEqual(['affiliation']);
    expect(askedEntities('How many dialogue tasks does its repository contain?')).toEqual([]);
    // Asked for the code of a topic or a paper, a kind of reading: the paper is what is wanted.
    expect(askedEntities('github repo for tied-lora weight tying')).toEqual([]);
    // A list of keywords that ends in where the code is asks for it.
    expect(askedEntities('PerSEval code repository')).toEqual(['code link']);
    expect(askedEntities('wavllm github')).toEqual(['code link']);
    expect(askedEntities('lora code generation')).toEqual([]);
    expect(unnamedEntities(['code link'], [paper('Code is available at https://github.com/x/y.')], 'is there a github repo?')).toEqual([]);
    expect(unnamedEntities(['code link'], [paper('We boost factuality by decoding critical tokens.')], 'is there a github repo?')).toEqual(['code link']);
    // Said of code that is out, not of open-source software in general.
    expect(askedEntities('is there code for model breadcrumbs?')).toEqual(['code link']);
    expect(askedEntities('is there code-switching research?')).toEqual([]);
    expect(askedEntities('is there code generation work on rust')).toEqual([]);
    expect(unnamedEntities(['code link'], [paper('Codes and models will be released later.')], 'is there code?')).toEqual([]);
    expect(unnamedEntities(['code link'], [paper('We open-source our models and data.')], 'is there code?')).toEqual([]);
    expect(unnamedEntities(['code link'], [paper('The codes, models, audio, and Gaokao evaluation set can be accessed at aka.ms/wavllm.')], 'is there code?')).toEqual([]);
    const breadcrumbs = paper('This aligns with the collaborative principles underlying open-source software development.');
    expect(unnamedEntities(['code link'], [breadcrumbs], 'is there code?')).toEqual(['code link']);
    expect(unnamedEntities(['code link'], [paper('Full code available at: tbd.')], 'got a github link for the code?')).toEqual(['code link']);
    // Hardware named inside a compound ("A100-GPU-hours").
    const gpuHours = paper('Our goal is to make the best use of our 1,000,000 A100-GPU-hours budget.');
    expect(unnamedEntities(['hardware'], [gpuHours], 'what gpu type was the budget in')).toEqual([]);
    expect(unnamedEntities(['hardware'], [paper('Our goal is to make the best use of our 1,000,000 GPU-hours budget.')], 'what gpu type was the budget in')).toEqual(['hardware']);
    expect(unnamedEntities(['license'], [paper('The model weights are made available under a permissive license.')], 'what license?')).toEqual([]);
    expect(unnamedEntities(['license'], [paper('SOLAR 10.7B is publicly available under the Apache 2.0 license.')], 'what license?')).toEqual([]);
    // Commercial models are no terms of use, nor is an exam for a licence.
    const babel = paper('Babel-83B-Chat sets a new standard for multilingual tasks, reaching the same level of commercial models.');
    expect(unnamedEntities(['license'], [babel], 'what license is babel-83b released under, can i use it commercially?')).toEqual(['license']);
    expect(unnamedEntities(['license'], [paper('A benchmark built on Polish medical licensing and specialization exams.')], 'what license?')).toEqual(['license']);
    expect(unnamedEntities(['affiliation'], [paper('A model by and for Erasmus University Rotterdam.')], 'which university is it from?')).toEqual([]);
  });

  it('keeps languages a paper counts without listing, though it names another in passing', () => {
    const injongo = paper('A benchmark for 16 African languages, improving transfer from the English language.');
    expect(unnamedEntities(['languages'], [injongo], 'INJONGO list of languages')).toEqual(['languages']);
    const listed = paper('A benchmark spanning 3 languages: Swahili, Yoruba and English.');
    expect(unnamedEntities(['languages'], [listed], 'which languages does it cover?')).toEqual([]);
  });

  it('reads programming languages as the languages a paper on code names', () => {
    const stelo = paper('SteloCoder achieves C++, C#, JavaScript, Java, or PHP-to-Python code translation without specifying the input programming language.');
    expect(unnamedEntities(['languages'], [stelo], 'Which source languages does it handle without being told the input language?')).toEqual([]);
    expect(unnamedEntities(['languages'], [paper('We translate code between programming languages.')], 'which languages?')).toEqual(['languages']);
  });
});

describe('quantities a paper does not state', () => {
  it('keeps a quantity the paper names without a number near it', () => {
    const falcon = paper('A multi-stage approach where the early stages are distinguished by their context length and a final stage where we use a curated dataset. Trained on over five trillion tokens.');
    expect(unstatedQuantities(['context length'], [falcon])).toEqual(['context length']);
    expect(unstatedQuantities(['vocabulary size'], [paper('The overlap of vocabulary across languages can be detrimental.')])).toEqual(['vocabulary size']);
  });

  it('takes any score of how well something does for an accuracy, and any metric for a score', () => {
    const predictor = paper('On a random train-test split, an MLP-based predictor achieves an R^2 score greater than 95%, indicating learnable patterns.');
    expect(askedQuantities('How accurate was the predictor, and how much smaller was the subset?')).toContain('accuracy');
    expect(unstatedQuantities(['accuracy'], [predictor])).toEqual([]);
    expect(unstatedQuantities(['accuracy'], [paper('The predictor is accurate on most tasks, and 3 of them are hard.')])).toEqual(['accuracy']);
    // A score is given by any metric's number.
    const mtob = paper('Baselines achieve 44.7 chrF on Kalamang to English translation, compared to 51.6 chrF by a human.');
    expect(askedQuantities('What scores do models get versus a human who learned from the same book?')).toEqual(['scores']);
    expect(unstatedQuantities(['scores'], [mtob])).toEqual([]);
    expect(unstatedQuantities(['scores'], [paper('Baselines fall short of a human who learned from the book, on 2 directions.')])).toEqual(['scores']);
    expect(unstatedQuantities(['promptriever avg score'], [paper('Promptriever gains +14.3 p-MRR over 2 baselines.')])).toEqual(['promptriever avg score']);
  });

  it('reads the size of a model named before who uses it', () => {
    expect(askedQuantities('how big is the on-device model apple uses for apple intelligence?')).toEqual(['on-device model size']);
    const apple = paper(
      'We present models that power Apple Intelligence, including a ~3 billion parameter model designed to run efficiently on devices and a large server-based language model designed for Private Cloud Compute.',
    );
    expect(unstatedQuantities(askedQuantities('how big is the on-device model apple uses?'), [apple])).toEqual([]);
    expect(unstatedQuantities(askedQuantities('how big is the server model apple uses?'), [apple])).toEqual(['server model size']);
    expect(askedQuantities('how big is the model apple')).toEqual(['model apple']);
  });

  it('reads the size of a model asked by its role in a parameter count a few words from the word for the role', () => {
    const rlaif = paper('Using a 34B model as labeler, RLAIF-V 7B model reduces object hallucination by 82.9%.');
    expect(askedQuantities('how much does rlaif-v cut object hallucination? and whats the labeler size')).toContain('labeler size');
    expect(unstatedQuantities(['labeler size'], [rlaif])).toEqual([]);
    expect(unstatedQuantities(['labeler size'], [paper('Using a strong open model as labeler, the 7B model reduces object hallucination by 82.9%.')])).toEqual(['labeler size']);
  });

  it("reads the parameters of a model some words say which of near a parameter count, by the words the paper uses", () => {
    const apple = paper(
      'Models that power Apple Intelligence, including a ~3 billion parameter model designed to run efficiently on devices and a large server-based language model designed for Private Cloud Compute.',
    );
    expect(unstatedQuantities(askedQuantities("how many params does apple's server model have"), [apple])).toEqual(['apple server model params']);
    expect(unstatedQuantities(askedQuantities('how many parameters does the big server-side model have?'), [apple])).toEqual(['big server-side model parameters']);
    expect(unstatedQuantities(askedQuantities("how many params does apple's on-device model have"), [apple])).toEqual([]);
    expect(unstatedQuantities(askedQuantities("how many params does apple's model have"), [apple])).toEqual([]);
    expect(askedQuantities("whats the param count of apple's server model, the private cloud compute one")).toEqual(['apple server model param count']);
    expect(unstatedQuantities(askedQuantities("whats the param count of apple's server model"), [apple])).toEqual(['apple server model param count']);
    expect(unstatedQuantities(askedQuantities('what is the parameter count of the on-device model?'), [apple])).toEqual([]);
  });

  it('reads no number in aspects asked by name', () => {
    expect(askedQuantities('Has anyone defined robustness for ranking models? Which dimensions did they consider?')).toEqual([]);
    expect(askedQuantities('what dimensions do the embeddings have?')).toEqual(['dimensions']);
  });

  it('counts a number before what it counts across acronyms in brackets that shorten the words between', () => {
    const dept = paper('Through extensive experiments on 23 natural language processing (NLP) and vision-language tasks, we demonstrate that DePT outperforms other approaches.');
    expect(unstatedQuantities(['tasks'], [dept])).toEqual([]);
    // As many words between that are no acronym are too many.
    expect(unstatedQuantities(['tasks'], [paper('Through extensive experiments on 23 natural language processing benchmark and vision-language tasks, we demonstrate it.')])).toEqual(['tasks']);
  });

  it('counts a number written near the quantity, in digits or words, in any form of its words', () => {
    expect(unstatedQuantities(['tokens'], [paper('A foundation model trained on over five trillion tokens.')])).toEqual([]);
    expect(unstatedQuantities(['languages'], [paper('A benchmark dataset for 16 African languages.')])).toEqual([]);
    expect(unstatedQuantities(['params'], [paper('Including a ~3 billion parameter model designed to run on devices.')])).toEqual([]);
    expect(unstatedQuantities(['context length'], [paper('We extend the context length of Llama to 128K tokens.')])).toEqual([]);
    // A single one, and a number with a word written with hyphens between it and what it counts.
    expect(unstatedQuantities(['lines'], [paper('SaRA requires only a single line of code modification.')])).toEqual([]);
    expect(unstatedQuantities(['benchmarks'], [paper('It outperforms previous methods on all 9 metrics of two competitive multi-task learning benchmarks.')])).toEqual([]);
    // The numbers of a list's items count nothing; an acronym the paper defines counts what it stands for.
    expect(unstatedQuantities(['instruction categories'], [paper('We (1) investigate patterns between different categories of instructions, (2) optimize the set.')])).toEqual(['instruction categories']);
    // A word that qualifies the next counts nothing after it.
    expect(unstatedQuantities(['languages'], [paper('The growth of language models with billions of parameters has not been explored.')])).toEqual(['languages']);
    expect(unstatedQuantities(['gpt-2 size'], [paper('We 1.) show that it reproduces on a larger GPT2 model, and 2.) that it is mostly reused.')])).toEqual(['gpt-2 size']);
    expect(unstatedQuantities(['pretrained models'], [paper('Tuning drives large pre-trained language models (PLMs). We experiment on 11 tasks and 2 representative PLMs.')])).toEqual([]);
    // "LLMs" are models; a count may stand a few words before what it counts.
    const code = paper('We evaluate 10 open-source instructed LLMs on four representative code comprehension and generation tasks.');
    expect(unstatedQuantities(['models', 'tasks'], [code])).toEqual([]);
    expect(unstatedQuantities(['model'], [paper('Our case study with a deployed 8B parameter LLM on a real user.')])).toEqual([]);
    // A name with a digit in it is no number.
    expect(unstatedQuantities(['output embedding dimension'], [paper('LLM-based embedding models outperform BERT or T5-based embedding models.')])).toEqual(['output embedding dimension']);
    // The size of a change, by any word for it, given after what changed.
    expect(unstatedQuantities(['beat'], [paper('Our best model outperforms the baseline by a large margin (up to +30 F1 points).')])).toEqual([]);
    expect(unstatedQuantities(['gain'], [paper('Cross-task prompting leads to a remarkable performance boost of 107% for LLaMA-2 7B.')])).toEqual([]);
    expect(unstatedQuantities(['gain'], [paper('Cross-task prompting leads to a remarkable performance boost for LLaMA models.')])).toEqual(['gain']);
    expect(unstatedQuantities(['gains'], [paper('On the LEGO synthetic, Skill-It obtains 36.5 points higher accuracy than random sampling.')])).toEqual([]);
    // What is proved is counted by any name for it.
    const prover = paper('LeanAgent successfully proves 162 theorems previously unproved by humans across 23 diverse Lean repositories.');
    expect(unstatedQuantities(askedQuantities('how many statements that humans had not yet proven did it prove?'), [prover])).toEqual([]);
    expect(unstatedQuantities(['statements'], [paper('LeanAgent proves theorems previously unproved by humans across 23 diverse Lean repositories.')])).toEqual(['statements']);
    // What can be cut is given by what can be removed.
    expect(unstatedQuantities(['cut'], [paper('We find that 60% of tokens can be removed while maintaining performance.')])).toEqual([]);
    expect(unstatedQuantities(['cut'], [paper('We find that many tokens can be removed while maintaining performance. We test 2 models.')])).toEqual(['cut']);
    // A number with a percent sign is a percentage; a number after "of" stands beside the word before it.
    expect(unstatedQuantities(['percentage'], [paper('Models can be trained using less than 0.5% of the original dataset.')])).toEqual([]);
    expect(unstatedQuantities(['papers'], [paper('We review 120 papers on multi-task learning.')])).toEqual([]);
    expect(unstatedQuantities(['time'], [paper('DSIR selects data from the full Pile in 4.5 hours.')])).toEqual([]);
    expect(unstatedQuantities(['time'], [paper('DSIR improves over random selection by 2% on GLUE.')])).toEqual(['time']);
    expect(unstatedQuantities(['papers'], [paper('We review papers on multi-task learning.')])).toEqual(['papers']);
    expect(unstatedQuantities(['percentage'], [paper('Models can be trained using a small part of the original dataset.')])).toEqual(['percentage']);
    expect(unstatedQuantities(['parameter sizes'], [paper('We present TeleChat, a collection of LLMs with parameters of 3 billion, 7 billion and 12 billion.')])).toEqual([]);
    // What is counted, by what the papers call it: "jobs" are tasks, "chatbots" LLMs; not by an ordinary word ("episodes": experiences).
    expect(unstatedQuantities(['jobs'], [paper('We conduct a comprehensive study of 260 legal text classification tasks.')])).toEqual([]);
    expect(unstatedQuantities(['chatbots'], [paper('We identify language-selective units within 18 popular LLMs.')])).toEqual([]);
    expect(unstatedQuantities(['training episodes'], [paper('The outcomes of these two experiments offer substantiation.')])).toEqual(['training episodes']);
    // A change by how much, a few words on; a measure from what to what.
    const ditto = paper('Win-rates for DITTO outperform few-shot prompting, supervised fine-tuning, and other self-play methods by an average of 19% points.');
    expect(unstatedQuantities(['beat'], [ditto])).toEqual([]);
    const hint = paper('We improve the test accuracy on sequences of length 100 from less than 1% (for standard training) to more than 92% (via task hinting).');
    expect(unstatedQuantities(['test accuracy'], [hint])).toEqual([]);
    expect(unstatedQuantities(['corpus size'], [paper('We grow the corpus size, which comes to cover 511 languages.')])).toEqual(['corpus size']);
    expect(unstatedQuantities(['smaller'], [paper('We find a subset as informative as BIG-bench Hard while being 3times smaller.')])).toEqual([]);
    // People in general by what a paper calls those it counts, not by any word for some people; groups by any name.
    const study = paper('We conducted a user study involving 24 participants creating prompts.');
    expect(unstatedQuantities(['ppl'], [study])).toEqual([]);
    expect(unstatedQuantities(['ppl'], [paper('BIG-bench consists of 204 tasks, contributed by 442 authors across 132 institutions.')])).toEqual([]);
    // Mistakes by errors.
    const aces = paper('A contrastive challenge set aimed at discovering whether metrics can identify 68 translation accuracy errors.');
    expect(unstatedQuantities(['translation accuracy mistakes'], [aces])).toEqual([]);
    // A score asked by its metric's name, by a number near that name only.
    const scale = paper('In Xhosa to English translation, SCALE improves by 4 BLEURT and surpasses GPT-4 by an average of 6 COMET points.');
    expect(unstatedQuantities(['bleu points'], [scale])).toEqual(['bleu points']);
    expect(unstatedQuantities(['bleu points'], [paper('It gains 2.1 BLEU points over the baseline.')])).toEqual([]);
    expect(unstatedQuantities(['rouge'], [paper('The model reaches a ROUGE-L of 45.2 on How-2.')])).toEqual([]);
    // What a test is made of by any of its names, as chat shortens them too.
    const exams = paper('It comprises over 24,000 exam questions, including a subset of parallel Polish-English corpora.');
    expect(unstatedQuantities(['qs'], [exams])).toEqual([]);
    expect(unstatedQuantities(['problems'], [exams])).toEqual([]);
    expect(unstatedQuantities(['qs'], [paper('The exams were taken by 3,000 medical doctor candidates.')])).toEqual(['qs']);
    expect(unstatedQuantities(['people'], [paper('A platform with 2 million users.')])).toEqual(['people']);
    const semeval = paper('The task attracted a large number of participants: subtask A monolingual (126), subtask B (70).');
    expect(unstatedQuantities(['ppl teams'], [semeval])).toEqual([]);
    expect(unstatedQuantities(['categories'], [paper('Tasks include a 5-class classification task for sentiment analysis.')])).toEqual([]);
    expect(unstatedQuantities(['gain'], [paper('Experiments show that tool-use enhances performance on a long-tail knowledge task: 3.7% on PopQA.')])).toEqual([]);
    // A speedup by the factor a system beats others by.
    const frameworks = paper('Experimental results demonstrate that our system outperforms state-of-the-art training frameworks by up to 1.98x.');
    expect(unstatedQuantities(['max speedup'], [frameworks])).toEqual([]);
    expect(unstatedQuantities(['max speedup'], [paper('Our system outperforms state-of-the-art training frameworks by 20%.')])).toEqual(['max speedup']);
    // An amount is given as a measure is, a percentage too.
    expect(unstatedQuantities(['compute'], [paper('Our method can save 76% computational costs on DeiT-base transferred from DeiT-small.')])).toEqual([]);
    expect(unstatedQuantities(['compute'], [paper('Our method saves computational costs when growing DeiT-small into DeiT-base.')])).toEqual(['compute']);
    // Collections of data by any name.
    expect(unstatedQuantities(['public collections'], [paper('Extensive experiments on 10 public datasets demonstrate that it transfers.')])).toEqual([]);
    // What entrants hand in, by any name.
    expect(unstatedQuantities(['submissions'], [paper('A total of 220 runs across all tasks were submitted by six participating teams.')])).toEqual([]);
    expect(unstatedQuantities(['submissions'], [paper('Six participating teams took part in the track.')])).toEqual(['submissions']);
    // Examples by demonstrations or by data counted in thousands; "X count" as "how many X".
    expect(unstatedQuantities(['examples'], [paper('The 52K English and Chinese instruction-following data generated by GPT-4 helps.')])).toEqual([]);
    expect(unstatedQuantities(['examples'], [paper('We combine 2 data sources for instruction tuning.')])).toEqual(['examples']);
    expect(unstatedInKeywords(['pairs count'], [paper('PaLM is exposed to over 30 million translation pairs across at least 44 languages.')])).toEqual([]);
    expect(unstatedInKeywords(['pairs count'], [paper('PaLM is exposed to many translation pairs in its training data.')])).toEqual(['pairs count']);
    // Rounds of something are counted by it too.
    expect(unstatedQuantities(['distillation rounds'], [paper('The 7B student model after four distillations surpassed LLaVA-13B.')])).toEqual([]);
    expect(unstatedQuantities(['training iterations'], [paper('The 7B student model after four distillations surpassed LLaVA-13B.')])).toEqual(['training iterations']);
    // A change given far after it, past what it is set against; a word a paper writes in a longer form of its stem.
    const muscle = paper('We reduce negative flips -- instances where a prior model version was correct, but a new model incorrect -- by up to 40% from Llama 1 to Llama 2.');
    expect(unstatedQuantities(['reduce'], [muscle])).toEqual([]);
    expect(unstatedQuantities(['accuracy'], [paper('The technique is accurate at 80%.')])).toEqual([]);
    // A dataset's size by how many items it holds.
    expect(unstatedQuantities(['benchmark size'], [paper('It comprises over 24,000 exam questions from licensing exams.')])).toEqual([]);
    expect(unstatedQuantities(['benchmark size'], [paper('It comprises exam questions from 12 licensing exams.')])).toEqual(['benchmark size']);
    // An amount of data is given by how many items it holds, too.
    expect(unstatedQuantities(['synthetic data'], [paper('A 7B model fine-tuned on only a few thousand examples generated by our method does better.')])).toEqual([]);
    expect(unstatedQuantities(['synthetic data'], [paper('A 7B model fine-tuned on examples generated by our method does better.')])).toEqual(['synthetic data']);
    expect(unstatedQuantities(['dataset size'], [paper('The dataset holds 1,500 robot trajectories.')])).toEqual([]);
    // ... or by a share of it.
    const quick = paper('In the MTL setting, an instruction tuned model trained on only 6% of downstream training data achieve SOTA.');
    expect(askedQuantities('How much training data does an instruction-tuned model like Tk-Instruct need to match SOTA?')).toEqual(['training data']);
    expect(unstatedQuantities(['training data'], [quick])).toEqual([]);
    expect(unstatedQuantities(['training data'], [paper('The model reaches 6% higher accuracy with downstream training data.')])).toEqual(['training data']);
    const summaries = paper('Experiments show our method with 75% less of retrieved user data is on-par or outperforms retrieval augmentation.');
    expect(askedQuantities('how much less user data did it need')).toEqual(['less user data']);
    expect(unstatedQuantities(['less user data'], [summaries])).toEqual([]);
    // ... or by a count in thousands written on the dataset itself.
    const unified = paper('To train our model, we construct a task-specific dataset and an 100k multi-task dataset encompassing complex scenarios.');
    expect(unstatedInKeywords(askedInKeywords('UnifiedMLLM multi-task dataset size'), [unified])).toEqual([]);
    expect(unstatedInKeywords(['dataset size'], [paper('We construct a task-specific dataset and a multi-task dataset encompassing complex scenarios.')])).toEqual(['dataset size']);
    // A dataset's size by the count it consists of, whatever it holds; a corpus's size asked with what it is for.
    const coscript = paper('We distill a novel constrained language planning dataset, CoScript, which consists of 55,000 scripts.');
    expect(unstatedInKeywords(askedInKeywords('CoScript dataset size'), [coscript])).toEqual([]);
    expect(unstatedInKeywords(['dataset size'], [paper('We distill a novel dataset, CoScript, which consists of scripts.')])).toEqual(['dataset size']);
    const baby = paper('We present BabyLlama-2, a 345 million parameter model distillation-pretrained from two teachers on a 10 million word corpus.');
    expect(askedQuantities('babyllama-2 whats the param count and how big was the training corpus?')).toContain('training corpus size');
    expect(unstatedQuantities(['training corpus size'], [baby])).toEqual([]);
    // A model's size by a size written onto its name: "T5-small", "ChatGLM3-32B".
    const t5 = 'which dataset and which t5 sizes did they use';
    expect(askedQuantities(t5)).toEqual(['t5 sizes']);
    expect(unstatedQuantities(['t5 sizes'], [paper('We perform extensive experiments on ABCD with T5-small, base and large models.')])).toEqual([]);
    expect(unstatedQuantities(['t5 sizes'], [paper('We perform extensive experiments on ABCD with T5 models.')])).toEqual(['t5 sizes']);
    expect(unstatedQuantities(['parameter count'], [paper('We propose Prompt-base Query Generation for Retriever (Promptagator).')])).toEqual(['parameter count']);
    expect(unstatedQuantities(['base model size'], [paper('Based on ChatGLM3-32B, we conduct a series of experiments.')])).toEqual([]);
    expect(unstatedQuantities(['base model size'], [paper('Based on ChatGLM3, we conduct a series of experiments.')])).toEqual(['base model size']);
    // A share by a percentage; the gap between two things by a number near a word for it.
    const struct = paper('It significantly minimizes the training corpus requirement to a mere 0.3% while achieving 50% of the performance.');
    expect(askedQuantities('how small a fraction of the training corpus did it need?')).toEqual(['fraction']);
    expect(unstatedQuantities(['fraction'], [struct])).toEqual([]);
    expect(unstatedQuantities(['fraction'], [paper('It significantly minimizes the training corpus requirement.')])).toEqual(['fraction']);
    expect(unstatedQuantities(['fraction'], [paper('It improves accuracy by 5% on two benchmarks.')])).toEqual(['fraction']);
    // ... or by how many times smaller it is ("a slice").
    const bench = paper('We find a subset as informative as BIG-bench Hard for evaluating new model families, while being 3times smaller.');
    expect(askedQuantities('how small a slice of the task collection could stand in for the whole thing?')).toEqual(['slice']);
    expect(unstatedQuantities(['slice'], [bench])).toEqual([]);
    expect(unstatedQuantities(['slice'], [paper('We find a subset as informative as BIG-bench Hard.')])).toEqual(['slice']);
    const loko = paper('We find that using local vs English-translated data can result in differences more than 20 points for the best performing models.');
    expect(askedQuantities('how big was the local versus English-translated data gap for the best models?')).toEqual(['gap']);
    expect(unstatedQuantities(['gap'], [loko])).toEqual([]);
    expect(unstatedQuantities(['gap'], [paper('There is a gap between local and translated data.')])).toEqual(['gap']);
    // What is counted, "total" after it.
    expect(askedQuantities('instructttseval how many test cases total and which model is the judge')).toEqual(['test cases']);
    expect(askedQuantities('how many total parameters')).toEqual(['total parameters']);
    // "n" joins two measures asked, as "and" does.
    expect(askedQuantities('what batch size n learning rate did they use for solar 10.7b continued pretraining')).toEqual(['batch size', 'learning rate']);
    // A number after what is counted, a plural noun after it, counts that noun.
    expect(unstatedQuantities(['problems'], [paper('We introduce MCLM, a multilingual math benchmark featuring competition-level problems in 55 languages.')])).toEqual(['problems']);
    expect(unstatedQuantities(['teams'], [paper('The number of participating teams was 126.')])).toEqual([]);
    // A share of what is counted gives how many.
    expect(unstatedQuantities(['tokens'], [paper('We find that 60% of tokens can be removed while maintaining performance.')])).toEqual([]);
    expect(unstatedQuantities(['tokens'], [paper('We find that 60% of accuracy holds with fewer tokens.')])).toEqual(['tokens']);
    // A number after what is counted, "of" after it, counts what follows ("models with billions of parameters").
    const mmteb = paper('We find that while large language models (LLMs) with billions of parameters can achieve state-of-the-art performance.');
    expect(unstatedQuantities(['embedding models'], [mmteb])).toEqual(['embedding models']);
    expect(unstatedQuantities(['teams'], [paper('The teams (126 of them) took part.')])).toEqual([]);
    // One of something given as an example is no count of them.
    const cendol = paper('We showcase that safety in pre-training in one language such as English is transferable to low-resource languages.');
    expect(unstatedQuantities(['indonesian indigenous languages'], [cendol])).toEqual(['indonesian indigenous languages']);
    expect(unstatedQuantities(['languages'], [paper('We train a model in one language only.')])).toEqual([]);
    // An extra cost said in words.
    const dbs = paper('Moreover, these gains are achieved with minimal computational or memory over- head as compared to beam search.');
    expect(unstatedQuantities(['extra compute'], [dbs])).toEqual([]);
    expect(unstatedQuantities(['extra compute'], [paper('These gains come from a diversity-augmented objective.')])).toEqual(['extra compute']);
    // A unit written onto its number; a cost for "cheaper".
    expect(unstatedQuantities(['gb'], [paper('Our compression scheme reduces storage from 57Gb to 8.2Gb.')])).toEqual([]);
    expect(unstatedQuantities(['cheaper'], [paper('It generates instructions at 1/6 the cost of manual construction.')])).toEqual([]);
    // A model's size is given by its parameter count, not a vocabulary's.
    const sizes = paper('Fine-tuning of LLaMA 3.1 (8 billion parameters) and Gemma 2 (9 billion parameters) on solutions.');
    expect(unstatedQuantities(['sizes'], [sizes])).toEqual([]);
    expect(unstatedQuantities(['model size'], [paper('It enables pretraining a 13B parameter LLaMA model on a single GPU.')])).toEqual([]);
    expect(unstatedQuantities(['vocabulary size'], [sizes])).toEqual(['vocabulary size']);
    expect(unstatedQuantities(['model size'], [paper('We study how model size affects memorization.')])).toEqual(['model size']);
    // A size written onto a model's name gives how many parameters it has, not how many it trains.
    const babel = paper('We introduce two variants: Babel-9B and Babel-83B. Babel expands its parameter count through a layer extension technique.');
    expect(unstatedQuantities(askedQuantities('how many parameters does babel have'), [babel])).toEqual([]);
    expect(unstatedQuantities(['parameter count'], [babel])).toEqual([]);
    expect(unstatedQuantities(['trainable parameters'], [babel])).toEqual(['trainable parameters']);
    // Groups, by any name, are counted by what the paper sorts into.
    const quadrants = paper('An analysis across 101 languages classifies languages with similar characteristics into four distinct quadrants.');
    expect(unstatedQuantities(['groups'], [quadrants])).toEqual([]);
    expect(unstatedQuantities(['groups'], [paper('We analyze 101 languages and sort them by their characteristics into groups.')])).toEqual(['groups']);
  });

  it('wants the number beside what is counted, not beside a word that only qualifies it', () => {
    const oxe = paper('We assemble a dataset from 22 different robots collected through a collaboration between 21 institutions.');
    expect(unstatedQuantities(['robot trajectories'], [oxe])).toEqual(['robot trajectories']);
    expect(unstatedQuantities(['robots'], [oxe])).toEqual([]);
    const embed = paper('It achieved a record-high score of 69.32, ranking No. 1 on the Massive Text Embedding Benchmark.');
    expect(unstatedQuantities(['output embedding dimension'], [embed])).toEqual(['output embedding dimension']);
    expect(unstatedQuantities(['context length'], [paper('It supports a 128K context.')])).toEqual([]);
    // A count before a word counts what stands right after it: "16 African languages with utterances" counts languages.
    const injongo = paper('We introduce Injongo, a benchmark dataset for 16 African languages with utterances generated by native speakers.');
    expect(unstatedQuantities(['utterances'], [injongo])).toEqual(['utterances']);
    expect(unstatedQuantities(['languages'], [injongo])).toEqual([]);
    // A number joined to a word counts that word; joined to a word for groups, the groups of what follows.
    const unlearn = paper('Doing 5-shot prompting or rephrasing the question in simple ways can lead to an over ten-fold increase in accuracy.');
    expect(unstatedQuantities(['questions'], [unlearn])).toEqual(['questions']);
    expect(unstatedQuantities(['relevance grades'], [paper('Expert annotators provide 4-level graded relevance scores.')])).toEqual([]);
    expect(unstatedQuantities(['categories'], [paper('We frame it as a 3-way classification problem.')])).toEqual([]);
    // A name with a version is no number, but a word's own is; a verb is not what is counted.
    const medical = paper('We fine-tune a suite of specialized medical models based on Llama-3 series, demonstrating breathtaking capabilities.');
    expect(unstatedQuantities(['examples'], [medical])).toEqual(['examples']);
    expect(unstatedQuantities(['accuracy'], [paper('We report top-1 accuracy on ImageNet.')])).toEqual(['accuracy']);
    expect(unstatedQuantities(['lora rank'], [paper('We use LoRA with rank-8 adapters.')])).toEqual([]);
    // A name that starts with what is counted is not it: "SkillNet" is no skill; an English word that does is ("parameters").
    const skillnet = paper('SkillNet-NLG activates parts of the parameters tied to a set of predefined skills. With only one model file, SkillNet-NLG wins four of five tasks.');
    expect(unstatedQuantities(['predefined skills'], [skillnet])).toEqual(['predefined skills']);
    expect(unstatedQuantities(['params'], [paper('A model with 7 billion parameters.')])).toEqual([]);
    // A number in the next sentence counts nothing of this one.
    expect(unstatedQuantities(['predefined skills'], [paper('A set of predefined skills. With only one model file, it wins.')])).toEqual(['predefined skills']);
    expect(unstatedQuantities(['predefined skills'], [paper('A set of 12 predefined skills, e.g. three for reading.')])).toEqual([]);
    // "single" counts what follows it: "multiple languages in a single model" counts models.
    expect(unstatedQuantities(['languages'], [paper('Representing multiple languages in a single model.')])).toEqual(['languages']);
    expect(unstatedQuantities(['languages'], [paper('Trained on a single high-resource language.')])).toEqual([]);
    // A model's size asked of one of two models a paper names, by a word of its own.
    const apple = paper('Including a ~3 billion parameter model designed to run on devices and a large server-based language model.');
    expect(unstatedQuantities(['server model size'], [apple])).toEqual(['server model size']);
    const ditto = paper('It leverages a very small number (<10) of demonstrations. A user study with participants (N=16).');
    expect(unstatedQuantities(['demonstrations', 'participants'], [ditto])).toEqual([]);
  });

  it('asks any of the papers given', () => {
    const [none, some] = [paper('We study context length.'), paper('A context length of 32k.')];
    expect(unstatedQuantities(['context length'], [none])).toEqual(['context length']);
    expect(unstatedQuantities(['context length'], [none, some])).toEqual([]);
  });

  it('says which quantities the closest paper gives no number for', () => {
    expect(unstatedNote(['context length'])).toBe('The closest paper gives no number for “context length”.');
    expect(unstatedNote(['learning rate', 'batch size'], 'first paper')).toBe('The first paper gives no number for “learning rate” or “batch size”.');
    expect(unstatedNote(['base model'])).toBe('The closest paper names no “base model”.');
    expect(unstatedNote(['best model'])).toBe('The closest paper does not say which model did best.');
    expect(unstatedNote(['params', 'base model'], 'first paper')).toBe('The first paper gives no number for “params”. The first paper names no “base model”.');
    expect(unstatedNote([])).toBe('');
  });
});

describe('quantities a list of keywords names that a paper does not state', () => {
  it('keeps a quantity the paper gives no number for, unless the paper writes the measure in the plural as typed: then it is the topic', () => {
    const sp = paper('Existing sequence parallelism methods assume homogeneous sequence lengths; our approach captures the variability in sequence lengths.');
    expect(unstatedInKeywords(['sequence lengths'], [sp])).toEqual([]);
    expect(unstatedInKeywords(['sequence length'], [sp])).toEqual(['sequence length']);
    expect(unstatedInKeywords(['context lengths'], [sp])).toEqual(['context lengths']);
    expect(unstatedQuantities(['sequence lengths'], [sp])).toEqual(['sequence lengths']);
    const glot = paper('A combination of factors determines quality including corpus size, script and the total capacity of the model.');
    expect(unstatedInKeywords(['corpus size'], [glot])).toEqual(['corpus size']);
  });
});

describe('counted sets a question asks the members of', () => {
  it('reads a count and what it counts when the question asks their names', () => {
    expect(askedMembers('what are the six domains in taskmaster-1')).toEqual(['six domains']);
    expect(askedMembers('taskmaster-1 has six domains right, what are they?')).toEqual(['six domains']);
    expect(askedMembers('Taskmaster-1 six domains list')).toEqual(['six domains']);
    expect(askedMembers('which two papers compare lora adapters?')).toEqual([]);
    expect(askedMembers('papers with six domains of dialogue')).toEqual([]);
  });

  it('reads what is counted in several words, models too, and the names of a counted set', () => {
    expect(askedMembers('which 4 unlearning methods did PISTOL benchmark?')).toEqual(['4 unlearning methods']);
    expect(askedMembers('Training Curricula for Open Domain Answer Re-Ranking three answer ranking datasets names')).toEqual(['three answer ranking datasets']);
    expect(askedMembers('what are the names of the 18 LLMs it studies?')).toEqual(['18 llms']);
    expect(askedMembers('which 9 llms and which 3 benchmarks did they use?')).toEqual(['9 llms', '3 benchmarks']);
    expect(askedMembers('attentiveness to answer choices paper, name of the 6 LMs and 3 datasets?')).toEqual(['6 lms', '3 datasets']);
    expect(askedMembers('what are the six LMs, the three datasets and the 2 metrics')).toEqual(['six lms', 'three datasets', '2 metrics']);
    expect(askedMembers('the paper covers six domains, which ones?')).toEqual(['six domains']);
    expect(askedMembers('which two papers use transformers?')).toEqual([]);
    expect(askedMembers('Which nine language and table embedding models were analyzed with the Observatory framework?')).toEqual(['nine language and table embedding models']);
    const observatory = { abstract: 'We collect and synthesize a suite of datasets and use Observatory to analyze nine such models.' };
    expect(unlistedMembers(['nine language and table embedding models'], [observatory])).toEqual(['nine language and table embedding models']);
  });

  it('finds a counted set written with other words between, by any word of what is counted', () => {
    const pistol = { abstract: 'We conducted benchmarks with four distinct unlearning methods on both Llama2-7B and Mistral-7B models.' };
    expect(unlistedMembers(['4 unlearning methods'], [pistol])).toEqual(['4 unlearning methods']);
    expect(unlistedMembers(['two teacher models'], [{ abstract: 'A model distillation-pretrained from two teachers on a small corpus.' }])).toEqual(['two teacher models']);
    const listed = { abstract: 'It improves two leading neural ranking architectures, namely BERT and ConvKNRM.' };
    expect(unlistedMembers(['two neural ranking architectures'], [listed])).toEqual([]);
    // Listed a few words on; counted in other words for the same thing.
    expect(unlistedMembers(['two orthogonal dimensions'], [{ abstract: 'We propose two orthogonal axes of difficulty: (I) Diffusion and (II) Scope.' }])).toEqual([]);
    expect(unlistedMembers(['two model sizes'], [{ abstract: 'We scale across 9 languages and 2 parameter scales (7B and 70B).' }])).toEqual([]);
    expect(unlistedMembers(['two model sizes'], [{ abstract: 'We scale across 9 languages and 2 parameter scales.' }])).toEqual(['two model sizes']);
    expect(unlistedMembers(['six large language models'], [{ abstract: 'Through extensive experiments with six state-of-the-art LLMs, we analyse their performance.' }])).toEqual(['six large language models']);
    expect(unlistedMembers(['6 lms'], [{ abstract: 'Our experiments on three diverse datasets and six LMs reveal several findings.' }])).toEqual(['6 lms']);
  });

  it('keeps a set the paper counts without listing it, not one it lists or does not count', () => {
    const counted = { abstract: 'The Taskmaster-1 dataset includes 13,215 task-based dialogs comprising six domains. Two procedures were used.' };
    expect(unlistedMembers(['six domains'], [counted])).toEqual(['six domains']);
    expect(unlistedMembers(['two stages'], [{ abstract: 'Ranking involves two stages: passage retrieval and passage re-ranking.' }])).toEqual([]);
    expect(unlistedMembers(['three tasks'], [{ abstract: 'We introduce three tasks, namely specification, description and role play.' }])).toEqual([]);
    expect(unlistedMembers(['six domains'], [{ abstract: 'A dialog dataset.' }])).toEqual([]);
  });

  it('says which counted set the closest paper does not list', () => {
    expect(unstatedNote(['six domains'])).toBe('The closest paper does not list its “six domains”.');
  });
});
