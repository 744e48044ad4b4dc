import { describe, expect, it } from 'vitest';
import { unmentionedModalities } from '../src/retrieval/requirements/modalities.js';

const onLlms = { title: 'Cost-Optimal Grouped-Query Attention for Long-Context LLMs', abstract: 'We study how many key-value heads large language models need for long inputs.' };

describe('kinds of data a question asks its paper to work on', () => {
  it('names the words typed for images, video and speech that the paper never writes in any of their words', () => {
    expect(unmentionedModalities('grouped-query attention vision transformers', onLlms)).toEqual(['vision']);
    expect(unmentionedModalities('does grouped-query attention help on speech or video?', onLlms)).toEqual(['video', 'speech']);
    expect(unmentionedModalities('grouped-query attention for long inputs', onLlms)).toEqual([]);
    // A diffusion model makes pictures, unless said to make something else.
    expect(unmentionedModalities('is there an emulated fine-tuning thing for diffusion models?', onLlms)).toEqual(['diffusion models']);
    expect(unmentionedModalities('grouped-query attention in text diffusion models', onLlms)).toEqual([]);
    expect(unmentionedModalities('grouped-query attention in diffusion models for language', onLlms)).toEqual([]);
    const routing = { title: 'Denoising Task Routing for Diffusion Models', abstract: 'We route channels of diffusion models for image generation.' };
    expect(unmentionedModalities('task routing for an audio or speech diffusion model', routing)).toEqual(['audio']);
    // A paper writes a kind of data in words of its own: DeiT is a vision transformer, a VQA task is on images.
    const deit = { title: 'Reusing Pretrained Models', abstract: 'We save 76% of the cost on DeiT-base transferred from DeiT-small.' };
    expect(unmentionedModalities('initializing a big vit from a small pretrained one', deit)).toEqual([]);
    // ... but a visualization is no image data.
    const plotted = { title: 'Shapley Head Pruning', abstract: 'We prune attention heads of multilingual transformers and give a visualization of their interference.' };
    expect(unmentionedModalities('which attention heads can be removed from vision transformers?', plotted)).toEqual(['vision']);
    // ... nor do "voice assistants" a paper on text names.
    const assistants = { title: 'Summaries for Personalization', abstract: 'Summaries of user data let real-world systems like voice assistants personalize LLM outputs.' };
    expect(unmentionedModalities('Is there work on speech-based personalization of LLMs?', assistants)).toEqual(['speech']);
    // ... and a question asks for none by naming them as where a method goes.
    expect(unmentionedModalities('personalizing llms with offline user summaries, for latency-bound systems like voice assistants', assistants)).toEqual([]);
    expect(unmentionedModalities('personalizing voice assistants from speech', assistants)).toEqual(['speech']);
    const posix = { title: 'POSIX: A Prompt Sensitivity Index For Large Language Models', abstract: 'LLMs are sensitive to minor variations in prompts, such as spelling errors or the prompt template.' };
    expect(unmentionedModalities('a metric of prompt sensitivity of spoken-language models to spoken prompt variations', posix)).toEqual(['spoken']);
    expect(unmentionedModalities('which speech recognizers use it?', { title: 'A', abstract: 'We transcribe spoken audio with an acoustic model.' })).toEqual([]);
  });

  it('reads time series asked for', () => {
    const news = { title: 'Parameter-efficient techniques versus full fine-tuning', abstract: 'We compare LoRA and adapters with full fine-tuning on multilingual news article classification.' };
    expect(unmentionedModalities('do adapters or LoRA match full fine-tuning for time-series forecasting?', news)).toEqual(['time-series']);
    const forecasting = { title: 'Forecasting with LLMs', abstract: 'We forecast sensor readings with a language model.' };
    expect(unmentionedModalities('llms for time series', forecasting)).toEqual([]);
  });

  it('reads scenes that move over time asked of a paper on still ones', () => {
    const splat = { title: 'SplatFlow: Multi-View Rectified Flow Model for 3D Gaussian Splatting Synthesis', abstract: 'We generate 3D Gaussian Splatting scenes from text prompts and edit them without training.' };
    expect(unmentionedModalities('any paper doing text-to-4d, like gaussian splat scenes that move over time?', splat)).toEqual(['4d']);
    expect(unmentionedModalities('a generator of a time-varying scene built from 3D Gaussian primitives', splat)).toEqual(['time-varying']);
    expect(unmentionedModalities('nerf for dynamic scenes from a handheld video', { ...splat, abstract: 'Radiance fields and camera poses are optimized from video frames, with smooth camera motion.' })).toEqual(['dynamic scenes']);
    expect(unmentionedModalities('text to 3d gaussian splatting scenes', splat)).toEqual([]);
    const poster = { title: 'From Elements to Design: A Layered Approach for Automatic Graphic Design Composition', abstract: 'A multimodal model composes graphic designs layer by layer from elements.' };
    expect(unmentionedModalities('anyone know a paper that automatically animates static poster designs?', poster)).toEqual(['animates']);
    // A paper on what moves writes it in words of its own.
    const rohm = { title: 'RoHM: Robust Human Motion Reconstruction via Diffusion', abstract: 'We reconstruct human motion from monocular videos, with noise and occlusions.' };
    expect(unmentionedModalities('reconstructing dynamic humans from video', rohm)).toEqual([]);
  });

  it('reads thermal images, tabular data, sign language, point clouds and graphs asked for', () => {
    const icon = { title: 'ICON: Incremental CONfidence for Joint Pose and Radiance Field Optimization', abstract: 'Radiance fields and camera poses are optimized jointly from video frames.' };
    expect(unmentionedModalities('nerf from thermal infrared video without camera poses?', icon)).toEqual(['thermal']);
    expect(unmentionedModalities('pose-free nerf on infrared footage', { ...icon, abstract: `${icon.abstract} It works on thermal cameras too.` })).toEqual([]);
    const beam = { title: 'Beam Tree Recursive Cells', abstract: 'We extend recursive neural networks with beam search over latent trees of sentences.' };
    expect(unmentionedModalities('do deep networks beat gradient-boosted trees on tabular data?', beam)).toEqual(['tabular']);
    expect(unmentionedModalities('embeddings of relational tables for tabular data?', { title: 'Observatory', abstract: 'Embeddings of relational tables and their columns.' })).toEqual([]);
    const grammar = { title: 'A Benchmark for Learning to Translate a New Language from One Grammar Book', abstract: 'LLMs learn to translate Kalamang text from a grammar book.' };
    expect(unmentionedModalities('can llms learn to translate sign language from a single grammar reference?', grammar)).toEqual(['sign language']);
    const lwf = { title: 'Learning without Forgetting for Vision-Language Models', abstract: 'Vision-language models learn new image classes without forgetting old ones.' };
    expect(unmentionedModalities('learning new classes in 3D point clouds without forgetting', lwf)).toEqual(['point clouds']);
    expect(unmentionedModalities('reusing layers of a large graph neural network to initialise smaller ones', lwf)).toEqual(['graph neural network']);
    expect(unmentionedModalities('node classification with gnns', { title: 'G', abstract: 'We classify the nodes of citation graphs.' })).toEqual([]);
  });

  it('reads source code asked for, and does not take the code a paper releases for work on code', () => {
    const syntriever = {
      title: 'Syntriever: How to Train Your Retriever with Synthetic Data from LLMs',
      abstract: 'We propose a training framework for retrievers using synthetic data from black-box LLMs. The code is available at https://github.com/x/syntriever.',
    };
    expect(unmentionedModalities('anyone trained a code search retriever on synthetic queries from a black box llm?', syntriever)).toEqual(['code search']);
    expect(unmentionedModalities('a retriever trained on synthetic queries, with code released?', syntriever)).toEqual([]);
    const codegen = { title: 'CodeGen2: Lessons for Training LLMs on Programming and Natural Languages', abstract: 'We train LLMs for program synthesis.' };
    expect(unmentionedModalities('tokenizer design for code LLMs', codegen)).toEqual([]);
    expect(unmentionedModalities('assigning ICD-10 codes to discharge summaries with llms', syntriever)).toEqual([]);
    expect(unmentionedModalities('clinical concept extraction or clinical code search with domain models', syntriever)).toEqual([]);
    // Nor the code a method is written in.
    const patience = { title: 'Beam Decoding with Controlled Patience', abstract: 'A patience factor for beam search improves summarization and translation. Our approach only modifies one line of code.' };
    expect(unmentionedModalities('anyone tried the patience tweak for beam search on code generation?', patience)).toEqual(['code generation']);
    expect(unmentionedModalities('the patience tweak for beam search on code generation', { ...patience, abstract: `${patience.abstract} It also helps code generation.` })).toEqual([]);
  });

  it('takes a paper that writes no kind of data at all as one that may work on any, but not as one on graph neural networks', () => {
    const zeroShot = { title: 'Momentum-based Weight Interpolation of Strong Zero-Shot Models for Continual Learning', abstract: 'Zero-shot capable models lose their robustness when fine-tuned on tasks one after another.' };
    expect(unmentionedModalities('a running average of weights so an image-text model stays robust', zeroShot)).toEqual([]);
    // Graph neural networks are a method too: a paper that writes of no graph is not on them.
    const recommender = { title: 'Deep Task-specific Bottom Representation Network for Multi-Task Recommendation', abstract: 'Multi-task learning for recommendation suffers from negative transfer between conflicting tasks.' };
    expect(unmentionedModalities('multi-task recommendation with graph neural networks over the user-item interaction graph?', recommender)).toEqual(['graph neural networks']);
    expect(unmentionedModalities('multi-task recommendation from images of the items?', recommender)).toEqual([]);
    // A paper that ranks answers or passages works on text.
    const answers = { title: 'Training Curricula for Open Domain Answer Re-Ranking', abstract: 'Neural answer rankers learn the easiest correct answers first.' };
    expect(unmentionedModalities('curriculum learning for neural code search rankers?', answers)).toEqual(['code search']);
  });

  it('reads no data asked in words used for something else, nor in what a question sets aside', () => {
    const face = { title: 'FaceXFormer: A Unified Transformer for Facial Analysis', abstract: 'One transformer for face parsing, landmarks and head pose from images, in real time.' };
    expect(unmentionedModalities('a unified face analysis model that still runs at video frame rate?', face)).toEqual([]);
    expect(unmentionedModalities('a unified face analysis model for video?', face)).toEqual(['video']);
    expect(unmentionedModalities('llms that detect hate speech in tweets', onLlms)).toEqual([]);
    expect(unmentionedModalities('agents that play a video game from text', onLlms)).toEqual([]);
    expect(unmentionedModalities('part-of-speech tagging with llms', onLlms)).toEqual([]);
    expect(unmentionedModalities('llms for languages widely spoken in west africa', onLlms)).toEqual([]);
    expect(unmentionedModalities('a benchmark of the languages spoken by few people', onLlms)).toEqual([]);
    expect(unmentionedModalities('does it guess the country where that language is spoken?', onLlms)).toEqual([]);
    expect(unmentionedModalities('llms for dialects that are mostly spoken, rarely written', onLlms)).toEqual([]);
    expect(unmentionedModalities('an assistant whose answer is spoken aloud', onLlms)).toEqual(['spoken']);
    expect(unmentionedModalities('long-context attention for text only, not images', onLlms)).toEqual([]);
  });

  it('takes kinds listed as examples: a paper of one of them is of the kinds asked', () => {
    const vit = { title: 'Scaling Vision Transformers', abstract: 'We train ViTs on images.' };
    expect(unmentionedModalities('attention tricks that work on any data, images, audio or video?', vit)).toEqual([]);
    expect(unmentionedModalities('attention tricks for audio', vit)).toEqual(['audio']);
    expect(unmentionedModalities('attention tricks for images or 3d point clouds', vit)).toEqual([]);
    // Two words for one kind, joined by a slash, are no list with what follows.
    const icon = { title: 'ICON: Incremental CONfidence for Joint Pose and Radiance Field Optimization', abstract: 'Radiance fields and camera poses are optimized jointly from video frames.' };
    expect(unmentionedModalities('anyone done pose-free nerf training from thermal / infrared camera video?', icon)).toEqual(['thermal']);
    // The speakers of a language are people, not speech.
    const mtob = { title: 'Learning to Translate a New Language from One Grammar Book', abstract: 'Kalamang, a language with less than 200 speakers and spoken in Indonesia, translated from a grammar book.' };
    expect(unmentionedModalities('learning to translate an endangered language from audio recordings of field sessions?', mtob)).toEqual(['audio']);
    expect(unmentionedModalities('translating an endangered language from audio', { ...mtob, abstract: 'Kalamang speech from 20 speakers, translated.' })).toEqual([]);
    // Vision-language models offered besides language models are one of two kinds of model.
    const skills = { title: 'Bootstrap Your Own Skills', abstract: 'A large language model proposes new tasks that a robot chains into skills.' };
    expect(unmentionedModalities('What work uses large language or vision-language models to propose or chain new skills for a robot?', skills)).toEqual([]);
    expect(unmentionedModalities('vision-language models or llms that chain skills for robots', skills)).toEqual([]);
    expect(unmentionedModalities('What work uses vision-language models to propose or chain new skills for a robot?', skills)).toEqual(['vision']);
  });
});
