import { describe, expect, it } from 'vitest';
import { unmentionedFields } from '../src/retrieval/requirements/domains.js';

const clinx = { title: 'CLIN-X: pre-trained language models for concept extraction in the clinical domain', abstract: 'We pre-train language models on clinical notes of patients.' };
const weights = { title: 'Can We Scale Transformers to Predict Parameters of Diverse ImageNet Models?', abstract: 'A network predicts the parameters of image classifiers.' };

describe('fields a question asks its paper to work in', () => {
  it('names the field asked that the paper writes none of the words of', () => {
    expect(unmentionedFields('Has anyone pretrained a transformer for pulling medical concepts out of veterinary clinical records?', clinx)).toEqual(['veterinary']);
    expect(unmentionedFields('Can one network predict parameters for graph networks on molecular property prediction?', weights)).toEqual(['molecular']);
    expect(unmentionedFields('concept extraction from hospital records', clinx)).toEqual([]);
    expect(unmentionedFields('predicting parameters of image classifiers', weights)).toEqual([]);
  });

  it('reads surgery, mental health, medical scans, many languages, animals, education, autonomous driving, cybersecurity, phones and physics as fields', () => {
    const robots = { title: 'RoboLLM: Robotic Vision Tasks Grounded on Multimodal Large Language Models', abstract: 'Multimodal LLMs serve as the visual perception backbone of robots in real-world warehouses.' };
    expect(unmentionedFields('has anyone used a multimodal llm as the perception backbone for surgical robots in the operating room?', robots)).toEqual(['surgical']);
    expect(unmentionedFields('multimodal llms as perception for robots that assist surgeons?', { ...robots, abstract: `${robots.abstract} We also test it in surgery.` })).toEqual([]);
    expect(unmentionedFields('llm perception backbones for robots in self-driving cars?', robots)).toEqual(['self-driving']);
    expect(unmentionedFields('any flow matching vision-language-action models for self driving cars instead of robot arms?', robots)).toEqual(['self driving']);
    expect(unmentionedFields('llm perception for robots in classrooms?', robots)).toEqual(['classrooms']);
    expect(unmentionedFields('llm perception backbones for malware analysis?', robots)).toEqual(['malware']);
    const qst = { title: 'Quantized Side Tuning', abstract: 'Memory-efficient fine-tuning of quantized large language models.' };
    expect(unmentionedFields('fine-tuning a 4-bit 7B model directly on a smartphone?', qst)).toEqual(['smartphone']);
    expect(unmentionedFields('fine-tuning quantized llms on-device', { ...qst, abstract: `${qst.abstract} It runs on mobile phones.` })).toEqual([]);
    const rohm = { title: 'RoHM: Robust Human Motion Reconstruction via Diffusion', abstract: 'A diffusion model reconstructs human motion from noisy and occluded video.' };
    expect(unmentionedFields('a diffusion model for reconstructing the motion of animals from occluded video?', rohm)).toEqual(['animals']);
    expect(unmentionedFields('motion capture of pets', { ...rohm, abstract: 'We reconstruct the motion of dogs and cats.' })).toEqual([]);
    const tts = { title: 'Linguistic Generalizability of Test-Time Scaling in Mathematical Reasoning', abstract: 'A multilingual benchmark of math competition problems.' };
    expect(unmentionedFields('a multilingual physics competition benchmark?', tts)).toEqual(['physics']);
    const speech = { title: 'SpeechVerse: A Large-scale Generalizable Audio Language Model', abstract: 'An audio language model follows instructions on speech: recognition, emotion and intent.' };
    expect(unmentionedFields('detecting depression from voice recordings with a speech llm?', speech)).toEqual(['depression']);
    const nerf = { title: 'pixelNeRF: Neural Radiance Fields from One or Few Images', abstract: 'A radiance field predicted from one or a few images of a scene.' };
    expect(unmentionedFields('reconstructing CT volumes from a few X-ray projections with radiance fields?', nerf)).toEqual(['ct volumes']);
    const cxr = { title: 'LLM-CXR: Instruction-Finetuned LLM for CXR Image Understanding and Generation', abstract: 'An LLM reads and generates chest X-ray images.' };
    expect(unmentionedFields('an llm that reads and generates chest xrays', cxr)).toEqual([]);
    const twin = { title: 'Twin-Merging: Dynamic Integration of Modular Expertise in Model Merging', abstract: 'Merging fine-tuned models into one, with shared and exclusive knowledge.' };
    expect(unmentionedFields('merging separate language-specific llms into one multilingual model?', twin)).toEqual(['language-specific']);
    expect(unmentionedFields('merging multilingual models', { ...twin, abstract: `${twin.abstract} We merge models for German and Hindi.` })).toEqual([]);
    const tutor = { title: 'Pedagogical Alignment of Large Language Models', abstract: 'LLMs guide students towards the answer instead of giving it.' };
    expect(unmentionedFields('llms as tutors in education?', tutor)).toEqual([]);
    const workflows = { title: 'Improving Generalization in Task-oriented Dialogues with Workflows and Action Plans', abstract: 'Dialogue agents given workflow names and action plans.' };
    expect(unmentionedFields('a task-oriented dialogue model conditioned on triage protocol workflows?', workflows)).toEqual(['triage']);
    expect(unmentionedFields('llms for bug triage from workflow logs?', workflows)).toEqual([]);
    const abbrev = { title: 'Large Language Models for Abbreviated Inputs', abstract: 'A case study with a real user living with ALS.' };
    expect(unmentionedFields('adapting text suggestion to one person with motor neuron disease?', abbrev)).toEqual([]);
  });

  it('reads no field in words used for something else', () => {
    expect(unmentionedFields('which papers fit scaling laws to predict the loss?', weights)).toEqual([]);
    expect(unmentionedFields('has anyone extended scaling-law style analysis to attention head layouts?', weights)).toEqual([]);
    expect(unmentionedFields('cheap parameter prediction for labs without the financial resources to train', weights)).toEqual([]);
  });

  it('reads a field only in the sentence that asks, and any one of fields listed', () => {
    expect(unmentionedFields('Radiology reports are long. Which networks predict parameters of image classifiers?', weights)).toEqual([]);
    // ... unless the sentence that asks is set where the others say.
    const ssum = { title: 'An End-to-End Speech Summarization Using Large Language Model', abstract: 'An LLM generates text summaries directly from speech features.' };
    const therapy = 'We record therapy sessions and want a model that offers mental health support from the spoken audio. Is there research on generating responses from speech in this setting?';
    expect(unmentionedFields(therapy, ssum)).toEqual(['mental health']);
    expect(unmentionedFields(therapy.replace(' in this setting', ''), ssum)).toEqual([]);
    expect(unmentionedFields('llms adapted to specialised fields, like medicine, law or finance?', clinx)).toEqual([]);
    expect(unmentionedFields('llms adapted to law or finance?', clinx)).toEqual(['law', 'finance']);
    // ... and so is one that ends a list of things of other kinds.
    const infill = { title: 'Horizon-Length Prediction for Fill-in-the-Middle', abstract: 'Code models fill in the middle of a file.' };
    expect(unmentionedFields('any work on filling in a missing middle chunk? text, code, even protein seqs', infill)).toEqual([]);
    expect(unmentionedFields('any work on filling in a missing middle chunk of protein seqs?', infill)).toEqual(['protein']);
  });
});
