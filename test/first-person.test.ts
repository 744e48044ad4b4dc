import { describe, expect, it } from 'vitest';
import { withoutAsker } from '../src/retrieval/query/first-person.js';

describe("a question without the asker's sentences about themselves", () => {
  it('leaves out what the asker says of themselves when the question stands alone', () => {
    expect(withoutAsker('Fine-tuning our 70B model is too expensive. Which papers cut the memory of fine-tuning?')).toBe('Which papers cut the memory of fine-tuning?');
    expect(withoutAsker('Solo dev here with a handful of GPUs. Does LoRA fit on one of them?')).toBe('Does LoRA fit on one of them?');
    expect(withoutAsker('We train on GPUs. Which methods suit models such as LLaMA?')).toBe('Which methods suit models such as LLaMA?');
    expect(withoutAsker('We use LoRA on our 7B model.')).toBe('We use LoRA on our 7B model.');
  });

  it('keeps it when the question asks about what the asker said', () => {
    for (const q of [
      'Our lab runs single-cell RNA sequencing and wants to cluster cell types. Is there a paper on this, and what do they do about batch effects?',
      'Our team places macro blocks on chip floorplans with reinforcement learning. Which work does this, and how much wirelength does it save?',
      'We want to spot crop diseases from photos of leaves. Which model works best for this?',
      'We want one model for detection and captioning without per-task fine-tuning. Does such a generalist exist?',
      'We have several Whisper-style speech recognition models fine-tuned for different accents. Is there a merging method that combines them into one recognizer?',
      'We record therapy sessions and want a model that offers support from the audio. Is there research on generating responses from speech in this setting?',
      "I'm adapting XLM-R to Bantu languages such as Zulu and Xhosa. Is there a study of targeted adaptation to this language family?",
      'We deploy a vision-language robot assistant in homes. Is there a benchmark for agents that improve from such feedback streams?',
      'We keep separate embedding experts per domain and pick one per query. Is there a paper that evaluates this idea on BEIR?',
    ]) {
      expect(withoutAsker(q), q).toBe(q);
    }
  });

  it('leaves it out when what the question does something to is named in the question itself', () => {
    expect(
      withoutAsker("I'm building a voice assistant for each user's history. Is there work that writes summaries of user data offline and combines them with retrieval at runtime?"),
    ).toBe('Is there work that writes summaries of user data offline and combines them with retrieval at runtime?');
  });
});
