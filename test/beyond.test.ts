import { describe, expect, it } from 'vitest';
import { askedBeyond, askedMethod } from '../src/retrieval/requirements/beyond.js';

const words = (q: string) => askedBeyond(q).map((w) => w.word);

describe('what a question asks beyond a paper', () => {
  it('reads the words after "also" in a question asked yes or no, up to the other half of an either-or', () => {
    expect(words('does the illusion detection trick w gaussian blur filters also work for video models? like on illusion videos')).toEqual(['video', 'models']);
    expect(words('can the FSFM face foundation model also catch voice cloning / audio deepfakes or is it images only')).toEqual(['catch', 'voice', 'cloning', 'audio', 'deepfakes']);
    // "is also welcome" judges what the asker would take; it says nowhere a method goes.
    expect(words('Work that uses these findings to improve models, e.g. by pruning or routing, is also welcome.')).toEqual([]);
    // "just this, or also that" asks what a paper found.
    expect(words('do the chatbot-suggested themes just save analysts time, or do they also steer what the analysts conclude?')).toEqual([]);
    // Words of how many, not of what: "arbitrary language pairs" are language pairs.
    expect(words('is there a framework that can also pivot through english for arbitrary language pairs?')).toEqual(['pivot', 'english', 'language', 'pairs']);
    expect(words('Which paper shows that, and does it also discuss combining such per-task experts?')).toEqual(['combining', 'per-task', 'experts']);
    // Verbs of what is looked at or carried over say nowhere.
    expect(words('Which paper is that, and does it also look at what happens when some of the responses are sloppy?')).toEqual(['responses', 'sloppy']);
    expect(new Set(words('does that approach also carry over to non-text inputs?'))).toEqual(new Set(['non-text', 'inputs']));
  });

  it('reads what "but for" asks a method to be taken to, up to what it is instead of, and a shortening as what it stands for', () => {
    expect(words('reflective vlm planning but for drones / aerial navigation instead of robot arms?')).toEqual(['drones', 'aerial', 'navigation']);
    // Not in "not this, but in that", which says what is asked, nor in idioms.
    expect(words("I'm not interested in adapters, but in routing across standalone models.")).toEqual([]);
    expect(words('cheap but for real: any lora variants?')).toEqual([]);
    expect(askedBeyond('like hindsight experience replay but for lms').map((w) => w.term)).toEqual(['languag', 'model']);
  });

  it('reads where a question opening with "has", "was" or "did" asks a method to have been taken, or someone to have taken it, or one ending with "too"', () => {
    expect(words('Has the RLAIF-V open-source feedback approach been applied to video question answering, and if so, how much did it help?')).toEqual(['video', 'question', 'answering']);
    expect(words('I work on code. Was the early-stopping tweak for beam search ever tried on program synthesis?')).toEqual(['program', 'synthesis']);
    expect(words('did the harry potter unlearning method get tested on mistral 7b or only llama')).toEqual(['mistral', '7b']);
    // ... up to what it is for: "so the prompt spans a range of difficulty".
    expect(words('has someone applied that idea to choosing demonstrations so the prompt spans a range of difficulty?')).toEqual(['choosing', 'demonstrations']);
    // ... or asks whether someone took it there: "has anyone tried X on Y" (not "has anyone tried this?").
    expect(words('has anyone tried the harry potter forgetting trick on llava or some other vision language model?')).toEqual(['llava', 'vision', 'language', 'model']);
    expect(words('Has anyone tried to use contrastive decoding for code generation?')).toEqual(['code', 'generation']);
    expect(words('has anyone tried this?')).toEqual([]);
    // Which of a model's releases is meant says nothing of where: "a german chat model" is a german model.
    expect(words('has anyone tried dpo for a german chat model?')).toEqual(['german', 'model']);
    expect(words('has anyone tried dpo on the instruct version of mistral?')).toEqual(['version', 'mistral']);
    // Or one ending with "too": what follows its last preposition; not "too" before a word ("too coarse").
    expect(words('can ICM-LoRA generate lora weights for stable diffusion style models too or is it only text llms')).toEqual(['stable', 'diffusion', 'style', 'models']);
    expect(words('Do small models make steady progress on tasks that standard metrics are too coarse to notice?')).toEqual([]);
    // Not in a clause that says what another work did.
    expect(words('Which study generalizes an earlier forgetting technique that had been tried on a famous fantasy book series?')).toEqual([]);
    expect(words('Which method, which was tested on video, is best?')).toEqual([]);
  });

  it('reads the method someone is asked to have taken somewhere, not a word for any method', () => {
    const method = (q: string) => askedMethod(q).map((w) => w.term);
    expect(method('Has anyone used a diffusion model to generate the weights of control policies for robots?')).toEqual(['diffus', 'model']);
    expect(method('has anyone tried the harry potter forgetting trick on llava?')).toEqual(['harri', 'potter', 'forget']);
    expect(method('has the method been used for robots?')).toEqual([]);
    // What someone is asked to have found out is no method taken anywhere.
    expect(method('has anyone tested what personality llms show when you hit them with job interview style questions?')).toEqual([]);
    expect(askedBeyond('has anyone tested what personality llms show when you hit them with job interview style questions?')).toEqual([]);
  });

  it('reads the kind of thing a paper is asked to have chosen, which it must mention to say which', () => {
    expect(words('When the BigScience team ablated architectures for their open multilingual model, which positional encoding did they settle on?')).toEqual(['positional', 'encoding']);
    expect(words('which positional encoding scheme did they end up choosing, and why?')).toEqual(['positional', 'encoding', 'scheme']);
    expect(words('which positional encoding works best?')).toEqual([]);
  });

  it('reads "also" far after the verb when where a method goes follows it, not how well it does', () => {
    expect(words('Can the cost-aware agent that searches over AI tool chains for multi-round picture editing also handle editing video clips frame by frame?')).toEqual(['editing', 'video', 'clips', 'frame']);
    expect(words('Do the class orderings that make it easiest for people to learn novel objects one after another also work best for machine learners?')).toEqual([]);
  });

  it('leaves out verbs of how a method does and chat, and reads nothing without "also"', () => {
    expect(words('did they also try training on English translations?')).toEqual(['training', 'english', 'translations']);
    expect(words('does it work for video models?')).toEqual([]);
    expect(words('which papers also study video models')).toEqual([]);
  });
});
