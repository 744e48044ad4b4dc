import { describe, expect, it } from 'vitest';
import { unmentionedSubfields } from '../src/retrieval/requirements/subfields.js';

const ranking = { title: 'A Deep Look into Neural Ranking Models for Information Retrieval', abstract: 'We survey neural ranking models for search, their architectures and how they are learned.' };
const tts = { title: 'InstructTTSEval: Benchmarking Complex Natural-Language Instruction Following in Text-to-Speech Systems', abstract: 'A benchmark of text-to-speech systems that follow instructions on the voice.' };

describe('subfields with a name of their own a question asks its paper to be about', () => {
  it('names the subfield asked that the paper never writes, though it shares its words', () => {
    expect(unmentionedSubfields('differentiable neural architecture search', ranking)).toEqual(['neural architecture search']);
    expect(unmentionedSubfields('is there a benchmark for singing voice synthesis models that follow text instructions?', tts)).toEqual(['singing voice']);
    expect(unmentionedSubfields('neural ranking models for search', ranking)).toEqual([]);
    // Learning to branch in branch-and-bound solvers, not a paper that trains "branches" of a network.
    const poa = { title: 'POA: Pre-training Once for Models of All Sizes', abstract: 'An elastic student branch is trained with the teacher.' };
    expect(unmentionedSubfields('Is there a paper on learning to branch?', poa)).toEqual(['learning to branch']);
    expect(unmentionedSubfields('learned branching rules for branch-and-bound solvers?', { title: 'Learning to Branch', abstract: 'We imitate strong branching in branch-and-bound.' })).toEqual([]);
    // Gaussian splats, of a paper on neural radiance fields; speech synthesizers, of one on understanding speech.
    const nerf = { title: 'NerfBridge: Bringing Real-time, Online Neural Radiance Field Training to Robotics', abstract: 'Radiance fields trained online from a robot camera stream.' };
    expect(unmentionedSubfields('training gaussian splats online on a drone?', nerf)).toEqual(['gaussian splats']);
    const speech = { title: 'SpeechVerse: A Large-scale Generalizable Audio Language Model', abstract: 'An audio language model that understands speech.' };
    expect(unmentionedSubfields('How can speech synthesizers that produce all frames in parallel sound more natural?', speech)).toEqual(['speech synthesizers']);
    expect(unmentionedSubfields('text-to-speech benchmarks?', tts)).toEqual([]);
  });

  it('takes any form of the name the paper writes, and a plural typed', () => {
    const nas = { title: 'DARTS', abstract: 'We relax the NAS search space to be continuous.' };
    expect(unmentionedSubfields('differentiable neural architecture search', nas)).toEqual([]);
    const fl = { title: 'When Do Curricula Work in Federated Learning?', abstract: 'Curricula for clients trained in a federated way.' };
    expect(unmentionedSubfields('federated learning with differential privacy guarantees?', fl)).toEqual(['differential privacy']);
    expect(unmentionedSubfields('federated learning with DP?', { ...fl, abstract: `${fl.abstract} Training is differentially private.` })).toEqual([]);
    expect(unmentionedSubfields('sparse gaussian processes with inducing points', ranking)).toEqual(['gaussian processes']);
    expect(unmentionedSubfields('following pedestrians across video frames', ranking)).toEqual(['pedestrians']);
    expect(unmentionedSubfields('are there benchmarks of deepfakes?', ranking)).toEqual(['deepfakes']);
    const gqa = { title: 'Cost-Optimal Grouped-Query Attention for Long-Context LLMs', abstract: 'How many attention heads a long-context model needs for the compute it costs.' };
    expect(unmentionedSubfields('cost-optimal sliding-window attention size for long-context llms?', gqa)).toEqual(['sliding-window attention']);
    // A written form is a word ("hands"), not the start of another ("handles").
    const face = { title: 'FaceXFormer: A Unified Transformer for Facial Analysis', abstract: 'One transformer handles many face tasks, handling each as a learned token.' };
    expect(unmentionedSubfields('one transformer for hand analysis tasks such as hand keypoints and gestures?', face)).toEqual(['hand analysis']);
    const lwf = { title: 'Learning without Forgetting for Vision-Language Models', abstract: 'New classes are learned without forgetting old ones.' };
    expect(unmentionedSubfields('image forgery detection with vision-language models?', lwf)).toEqual(['image forgery detection']);
    expect(unmentionedSubfields('sliding window attention for long inputs', { ...gqa, abstract: `${gqa.abstract} Attention is restricted to a sliding window.` })).toEqual([]);
  });

  it('takes the other names a paper gives the subfield, which a question typing them alone does not ask for', () => {
    const kws = { title: 'Mitigating Catastrophic Forgetting for Few-Shot Spoken Word Classification', abstract: 'Users add new spoken words over time.' };
    expect(unmentionedSubfields('keyword spotting where users keep adding new words', kws)).toEqual([]);
    const wavllm = { title: 'WavLLM', abstract: 'A speech large language model for recognition and translation.' };
    expect(unmentionedSubfields('deep learning speech enhancement for calls', wavllm)).toEqual(['speech enhancement']);
    expect(unmentionedSubfields('audio source separation of vocals and drums', wavllm)).toEqual(['source separation']);
    const clarify = { title: "Using clarification questions to improve software developers' Web search", abstract: 'Clarification questions help developers search the web.' };
    expect(unmentionedSubfields('any papers on rewriting follow up questions in a chat into standalone search queries? conversational search stuff', clarify)).toEqual(['conversational search']);
    expect(unmentionedSubfields('query rewriting for web search', { ...clarify, abstract: `${clarify.abstract} Queries are reformulated.` })).toEqual([]);
    const rohm = { title: 'RoHM: Robust Human Motion Reconstruction via Diffusion', abstract: 'Diffusion reconstructs human body motion from occluded video.' };
    expect(unmentionedSubfields('a diffusion model that denoises hand pose and object pose jointly?', rohm)).toEqual(['hand pose']);
    const axbench = { title: 'AxBench: Steering LLMs? Even Simple Baselines Outperform Sparse Autoencoders', abstract: 'Prompting beats steering with sparse autoencoders (SAEs).' };
    expect(unmentionedSubfields('is steering with dictionary-learning features better than prompting?', axbench)).toEqual([]);
    expect(unmentionedSubfields('domain adaptation with optimal transport?', axbench)).toEqual(['optimal transport']);
    const anomalies = { title: 'Detecting anomalies in logs', abstract: 'We flag anomalous log lines.' };
    expect(unmentionedSubfields('anomaly detection in system logs', anomalies)).toEqual([]);
    expect(unmentionedSubfields('which anomalies do llms make in logs?', wavllm)).toEqual([]);
  });

  it('reads a subfield only in the sentence that asks, and any one of subfields listed', () => {
    expect(unmentionedSubfields('I work on federated learning. Which papers survey neural ranking models?', ranking)).toEqual([]);
    expect(unmentionedSubfields('ranking models in federated learning or with differential privacy?', { ...ranking, abstract: `${ranking.abstract} Federated training.` })).toEqual([]);
  });
});
