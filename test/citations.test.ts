import { describe, expect, it } from 'vitest';
import { checkCitations, type Source } from '../src/answer/check/citations.js';
import { listInputFiles, readInputFile } from '../src/corpus/load.js';
import { evaluateInventedTitles } from '../src/eval/invented-titles.js';
import { CORPUS } from './helpers/index.js';

const SOURCES: Source[] = [
  {
    n: 1,
    title: 'Attention Is All You Need',
    url: 'https://arxiv.org/abs/1706.03762',
    abstract:
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.',
  },
  {
    n: 2,
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    abstract:
      'We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers. BERT is designed to pre-train deep bidirectional representations from unlabeled text.',
  },
  {
    n: 3,
    title: 'Deep Residual Learning for Image Recognition',
    url: 'https://arxiv.org/abs/1512.03385',
    abstract:
      'Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks that are substantially deeper than those used previously.',
  },
];

const nums = (sources: Source[]): number[] => sources.map((s) => s.n);

describe('checkCitations', () => {
  it('keeps valid citations and lists them in order of first citation', () => {
    const answer = 'Transformers rely on attention [1]. BERT pre-trains them [2], and ResNets [3] use skips [1].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([1, 2, 3]);
    expect(r.cited[0]).toBe(SOURCES[0]);
    expect(r.dropped).toBe(0);
  });

  it('handles lists, adjacent brackets and ranges', () => {
    const answer = 'Both matter [2, 3]. See also [3][1] and [1-2].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([2, 3, 1]);
    expect(r.dropped).toBe(0);

    const en = checkCitations('All three [1–3].', SOURCES);
    expect(en.text).toBe('All three [1–3].');
    expect(nums(en.cited)).toEqual([1, 2, 3]);
  });

  it('rewrites [Source n] to [n]', () => {
    const r = checkCitations('As shown in [Source 2] and [Sources 1, 3].', SOURCES);
    expect(r.text).toBe('As shown in [2] and [1, 3].');
    expect(nums(r.cited)).toEqual([2, 1, 3]);
  });

  it('does not treat (2) as a citation', () => {
    const r = checkCitations('There are two steps (2) and (7).', SOURCES);
    expect(r.text).toBe('There are two steps (2) and (7).');
    expect(r.cited).toEqual([]);
    expect(r.dropped).toBe(0);
  });

  it('removes out-of-range numbers and counts them', () => {
    const r = checkCitations('Attention helps [1, 7]. It was also claimed elsewhere [9]. Fine [4][2].', SOURCES);
    expect(r.text).toBe('Attention helps [1]. It was also claimed elsewhere. Fine [2].');
    expect(nums(r.cited)).toEqual([1, 2]);
    expect(r.dropped).toBe(3);
  });

  it('drops the invalid part of a range', () => {
    const r = checkCitations('Many papers [2-5] agree.', SOURCES);
    expect(r.text).toBe('Many papers [2, 3] agree.');
    expect(r.dropped).toBe(2);
  });

  it('removes an invented bracketed title', () => {
    const r = checkCitations(
      'Sparse attention scales well [Efficient Sparse Attention for Long Documents]. It also helps [1].',
      SOURCES,
    );
    expect(r.text).toBe('Sparse attention scales well. It also helps [1].');
    expect(r.text).not.toContain('Efficient Sparse');
    expect(nums(r.cited)).toEqual([1]);
    expect(r.dropped).toBe(1);
  });

  it('maps a bracketed source title to its number, ignoring case and punctuation', () => {
    const r = checkCitations(
      'Self-attention replaces recurrence [attention is all you need!]. Skips help [Deep Residual Learning, for Image Recognition].',
      SOURCES,
    );
    expect(r.text).toBe('Self-attention replaces recurrence [1]. Skips help [3].');
    expect(nums(r.cited)).toEqual([1, 3]);
    expect(r.dropped).toBe(0);
  });

  it('maps an unambiguous short title before a colon', () => {
    const r = checkCitations('Masked language modelling [BERT] works.', SOURCES);
    expect(r.text).toBe('Masked language modelling [2] works.');
    expect(nums(r.cited)).toEqual([2]);
  });

  it('handles "[Source n: Title]" and mixed lists', () => {
    const r = checkCitations('Attention [Source 1: Attention Is All You Need] and [3; Some Invented Paper Title].', SOURCES);
    expect(r.text).toBe('Attention [1] and [3].');
    expect(nums(r.cited)).toEqual([1, 3]);
    expect(r.dropped).toBe(1);
  });

  it('removes invented titles in markdown links and quoted "see" references', () => {
    const r = checkCitations(
      'Residuals help [3] (see "Very Deep Networks Without Tears"). Also [A Made Up Survey Paper](https://example.com/x).',
      SOURCES,
    );
    expect(r.text).toBe('Residuals help [3]. Also.');
    expect(r.text).not.toMatch(/Tears|Made Up/);
    expect(r.dropped).toBe(2);
  });

  it('maps a quoted source title after "see" to its number', () => {
    const r = checkCitations('Residual connections help (see "Deep Residual Learning for Image Recognition").', SOURCES);
    expect(r.text).toBe('Residual connections help (see [3]).');
    expect(nums(r.cited)).toEqual([3]);
  });

  it('maps a link to a source URL', () => {
    const r = checkCitations('See [the Transformer paper](https://arxiv.org/abs/1706.03762/).', SOURCES);
    expect(r.text).toBe('See the Transformer paper [1].');
    expect(nums(r.cited)).toEqual([1]);
  });

  it('leaves short non-citation brackets and intervals alone', () => {
    const answer =
      'The [CLS] token is pooled; scores lie in [0, 1] and [0.5, 2.0]; the Transformer [2017] predicts a [MASK] [2].';
    const r = checkCitations(answer, SOURCES);
    expect(r.text).toBe(answer);
    expect(nums(r.cited)).toEqual([2]);
    expect(r.dropped).toBe(0);
  });

  it('cleans whitespace and punctuation after removals', () => {
    const r = checkCitations(
      '[Some Invented Paper Title Here] Transformers work [8] , and scale [9][10].\nNew line [11]\n- item [12], then [1]',
      SOURCES,
    );
    expect(r.text).toBe('Transformers work, and scale.\nNew line\n- item, then [1]');
    expect(r.dropped).toBe(6);
    expect(nums(r.cited)).toEqual([1]);

    const inner = checkCitations('Deep nets (see [Some Invented Paper Title], [3]) and more [7], as noted.', SOURCES);
    expect(inner.text).toBe('Deep nets ([3]) and more, as noted.');
    expect(inner.dropped).toBe(2);
  });

  it('removes every citation when there are no sources', () => {
    const r = checkCitations('Nothing to cite [1] here [Some Invented Paper Title].', []);
    expect(r.text).toBe('Nothing to cite here.');
    expect(r.cited).toEqual([]);
    expect(r.dropped).toBe(2);
  });

  it('normalises 【1†source】 markers', () => {
    const r = checkCitations('Attention【1†source】 and residuals【3】.', SOURCES);
    expect(r.text).toBe('Attention[1] and residuals[3].');
    expect(nums(r.cited)).toEqual([1, 3]);
  });
});

/** Four papers of the bundled corpus, their abstracts shortened. */
const PAPERS: Source[] = [
  {
    n: 1,
    title: 'In-Context Meta LoRA Generation',
    url: 'https://huggingface.co/papers/2501.17635',
    abstract:
      'Low-rank Adaptation (LoRA) has demonstrated remarkable capabilities for task specific fine-tuning. To address these limitations, we propose In-Context Meta LoRA (ICM-LoRA), a novel approach that efficiently achieves task-specific customization of large language models (LLMs). Specifically, we use training data from all tasks to train a tailored generator, Conditional Variational Autoencoder (CVAE). CVAE takes task descriptions as inputs and produces task-aware LoRA weights as outputs.',
  },
  {
    n: 2,
    title: 'Large Concept Models: Language Modeling in a Sentence Representation Space',
    abstract:
      'In this paper, we present an attempt at an architecture which operates on an explicit higher-level semantic representation, which we name a concept. Hence, we build a "Large Concept Model". The Large Concept Model is trained to perform autoregressive sentence prediction in an embedding space, SONAR, which supports up to 200 languages.',
  },
  {
    n: 3,
    title: 'Specializing Smaller Language Models towards Multi-Step Reasoning',
    abstract:
      'The surprising ability of Large Language Models (LLMs) to perform well on complex reasoning with only few-shot chain-of-thought prompts is believed to emerge only in very large-scale models. We show that such abilities can, in fact, be distilled down from GPT-3.5 to T5 variants. We propose model specialization, to specialize the model\'s ability towards a target task.',
  },
  {
    n: 4,
    title: 'Retrieval Head Mechanistically Explains Long-Context Factuality',
    abstract:
      'Our systematic investigation across a wide spectrum of models reveals that a special type of attention heads are largely responsible for retrieving information, which we dub retrieval heads. We identify intriguing properties of retrieval heads: (1) universal: all the explored models with long-context capability have a set of retrieval heads. Accuracy rose by 26.8% on the benchmark.',
  },
];

const KEEP = 'ICM-LoRA generates LoRA weights from task descriptions [1].';

/** An invented title in every form a model writes one: each must be gone, and counted. */
const INVENTED: { form: string; answer: string; text?: string; dropped?: number; cited?: number[] }[] = [
  { form: 'double quotes after "the paper", cited', answer: `The paper "Quantum Banana Networks for Model Merging" [3] settles the question. ${KEEP}`, text: KEEP },
  { form: 'curly quotes', answer: `“Quantum Banana Networks for Model Merging” [3] settles the question. ${KEEP}`, text: KEEP },
  { form: 'low-high quotes', answer: `${KEEP} Merging is solved in „Quantum Banana Networks for Model Merging“ [3].`, text: KEEP },
  { form: 'guillemets', answer: `${KEEP} Merging is solved in « Quantum Banana Networks for Model Merging » [3].`, text: KEEP },
  { form: 'single quotes', answer: `${KEEP} The authors' 'Quantum Banana Networks for Model Merging' settles it [3].`, text: KEEP },
  { form: 'curly single quotes', answer: `${KEEP} The authors’ ‘Quantum Banana Networks for Model Merging’ settles it [3].`, text: KEEP },
  { form: '*italics*', answer: `${KEEP} As *Quantum Banana Networks for Model Merging* shows, merging is easy [3].`, text: KEEP },
  { form: '_italics_', answer: `${KEEP} As _Quantum Banana Networks for Model Merging_ shows, merging is easy [3].`, text: KEEP },
  { form: '**bold**', answer: `${KEEP} As **Quantum Banana Networks for Model Merging** shows, merging is easy [3].`, text: KEEP },
  { form: '__bold__', answer: `${KEEP} As __Quantum Banana Networks for Model Merging__ shows, merging is easy [3].`, text: KEEP },
  { form: '***bold italics***', answer: `${KEEP} As ***Quantum Banana Networks for Model Merging*** shows, merging is easy [3].`, text: KEEP },
  { form: '`code`', answer: `${KEEP} As \`Quantum Banana Networks for Model Merging\` shows, merging is easy [3].`, text: KEEP },
  { form: '<cite> and <em>', answer: `${KEEP} See <cite>Quantum Banana Networks</cite> and <em>Banana Merging at Scale</em> for more [3].`, text: KEEP, dropped: 2 },
  { form: 'bold around quotes, lower case', answer: `${KEEP} The paper **"quantum banana networks for merging"** settles it [3].`, text: KEEP },
  { form: 'titled, unquoted', answer: `A paper titled Quantum Banana Networks for Model Merging shows that merging works [3]. ${KEEP}`, text: KEEP },
  { form: 'entitled, sentence case', answer: `${KEEP} Merging is analysed in a study entitled quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'paper called, one word', answer: `${KEEP} A paper called Bananas shows merging works [3].`, text: KEEP },
  { form: 'lower case after "the paper", as the subject', answer: `${KEEP} The paper quantum banana networks for model merging [3] settles the question.`, text: KEEP },
  { form: 'lower case after "a study", then a comma', answer: `In a study quantum bananas for merging [3], merging is easy. ${KEEP}`, text: KEEP },
  { form: '"the X paper"', answer: `The Quantum Banana paper [3] reports the same. ${KEEP}`, text: KEEP },
  { form: '"the paper X", one name', answer: `${KEEP} The paper BananaNet [3] reports the same.`, text: KEEP },
  { form: 'quoted name after "paper"', answer: `${KEEP} The paper "BananaNet" reports the same [3].`, text: KEEP },
  { form: 'quoted name right before a citation', answer: `${KEEP} Merging is solved by "BananaNet" [3].`, text: KEEP },
  { form: 'Title Case followed by a citation', answer: `Quantum Banana Networks for Model Merging [3] settles the question. ${KEEP}`, text: KEEP },
  { form: 'Title Case, two words, cited', answer: `${KEEP} Merging is solved by Quantum Bananas [3].`, text: KEEP },
  { form: 'Title Case, no citation next to it', answer: `${KEEP} As shown in Quantum Banana Networks for Model Merging, merging is easy [3].`, text: KEEP },
  { form: 'Title Case with an author-year reference', answer: `${KEEP} Quantum Bananas (Smith et al., 2023) show that merging is easy.`, text: KEEP },
  { form: 'colon-style title', answer: `${KEEP} BananaNet: Merging Models Without Data [3] shows that merging is easy.`, text: KEEP },
  { form: 'colon-style title, two parts', answer: `${KEEP} It builds on Banana Merging: Models at Scale and more.`, text: KEEP },
  { form: 'colon-style, quoted, lower case', answer: `${KEEP} The "bananamerge: merging models without data" approach is easy [3].`, text: KEEP },
  { form: 'two-word Title Case in quotes', answer: `${KEEP} The approach follows "Quantum Bananas" closely [1].`, text: KEEP },
  { form: 'all capitals', answer: `${KEEP} QUANTUM BANANA NETWORKS FOR MODEL MERGING [3] shows that merging is easy.`, text: KEEP },
  { form: 'bulleted list', answer: `- Quantum Banana Networks for Model Merging [3]\n- ${KEEP}`, text: `- ${KEEP}` },
  { form: 'numbered list with a dash', answer: `1. ${KEEP}\n2. Quantum Banana Networks for Model Merging — merges models [3].`, text: `1. ${KEEP}` },
  { form: 'bold list label', answer: `- **Quantum Banana Networks**: merges models [3].\n- ${KEEP}`, text: `- ${KEEP}` },
  { form: 'heading', answer: `## Quantum Banana Networks for Model Merging\n${KEEP}`, text: KEEP },
  { form: 'table row', answer: `| Quantum Banana Networks for Model Merging | merges models [3] |\n${KEEP}`, text: KEEP },
  { form: 'between dashes', answer: `${KEEP} One paper — Quantum Banana Networks for Model Merging — merges models [3].`, text: KEEP },
  { form: 'parenthesised quote', answer: 'Merging is easy (“Quantum Banana Networks for Model Merging”) with ICM-LoRA [1].', text: 'Merging is easy with ICM-LoRA [1].' },
  { form: 'parenthesised "e.g." quote', answer: 'Merging is easy with ICM-LoRA (e.g., "Quantum Banana Networks") [1].', text: 'Merging is easy with ICM-LoRA [1].' },
  { form: 'parenthesised "see", unquoted', answer: 'Merging is easy with ICM-LoRA [1] (see Quantum Banana Networks for Model Merging).', text: 'Merging is easy with ICM-LoRA [1].' },
  { form: 'three-word bracket', answer: 'Merging works with ICM-LoRA [Quantum Banana Networks] [1].', text: 'Merging works with ICM-LoRA [1].' },
  { form: 'three-word link to an unknown page', answer: 'Merging works with ICM-LoRA [Quantum Banana Networks](https://example.org/qbn) [1].', text: 'Merging works with ICM-LoRA [1].' },
  { form: "three-word link to a source's page", answer: `${KEEP} Merging works, see [Quantum Banana Networks](https://huggingface.co/papers/2501.17635).`, text: KEEP },
  { form: 'a real title with a word added', answer: `${KEEP} The follow-up "In-Context Meta LoRA Generation 2" [1] improves it.`, text: KEEP },
  { form: 'a real title with a word changed', answer: `${KEEP} The paper In-Context Meta LoRA Synthesis [1] improves it.`, text: KEEP },
  { form: 'two invented titles in one sentence', answer: `${KEEP} Both "Quantum Banana Networks" and "Mango Merging at Scale" agree [3].`, text: KEEP, dropped: 2 },
  { form: 'possessive', answer: `${KEEP} Quantum Banana Networks’ merging rule is simple [1].`, text: KEEP },
  { form: 'a question as title', answer: `${KEEP} "Are Bananas All You Need?" [3] shows it.`, text: KEEP },
  { form: 'full-width quotes', answer: `${KEEP} Merging works ＂Quantum Bananas＂ [3].`, text: KEEP },
  { form: 'HTML-escaped quotes', answer: `${KEEP} Merging works &quot;Quantum Bananas&quot; [3].`, text: KEEP },
  { form: 'parenthesised Title Case', answer: 'Merging is easy with ICM-LoRA (Quantum Banana Networks for Model Merging) [1].', text: 'Merging is easy with ICM-LoRA [1].' },
  { form: 'a reference-list line', answer: `${KEEP}
[3] Quantum Banana Networks for Model Merging`, text: KEEP },
  { form: 'after a "Reference:" label', answer: `${KEEP} Reference: Quantum Banana Networks for Model Merging.`, text: KEEP },
  { form: 'a coined name right before a citation', answer: `${KEEP} BananaMerge [3] merges models without data.`, text: KEEP },
  { form: 'a coined name after "The"', answer: `${KEEP} The BananaMerge [3] method merges models without data.`, text: KEEP },
  { form: 'a hyphenated coined name', answer: `${KEEP} Merging is solved as reported in Banana-Merge [3].`, text: KEEP },
  { form: 'a coined name with a version', answer: `${KEEP} Work such as QuantumBanana-7B [3] merges models.`, text: KEEP },
  { form: 'a Title-Case name, then "method" and a citation', answer: `${KEEP} The Banana Merge method [3] merges models without data.`, text: KEEP },
  { form: 'a coined name with an edition', answer: `${KEEP} BananaMerge Pro [3] merges models without data.`, text: KEEP },
  { form: 'a coined name with a version number', answer: `${KEEP} Merging is solved by BananaMerge 2 [3].`, text: KEEP },
  { form: 'a lower-case phrase an acronym spells out, cited', answer: `${KEEP} Merging is solved by quantum-banana networks (QBN) [3].`, text: KEEP },
  { form: 'a phrase an acronym spells out, starting the sentence', answer: `${KEEP} Quantum banana networks (QBN) [3] merge models.`, text: KEEP },
  { form: 'a phrase an acronym spells out, then "approach" and a citation', answer: `${KEEP} The quantum banana networks (QBN) approach [3] merges models.`, text: KEEP },
  { form: 'a phrase an acronym spells the start of', answer: `${KEEP} Quantum banana networks for model merging (QBN) [3] merge models.`, text: KEEP },
  { form: 'lower-case words between "the" and "paper", cited', answer: `${KEEP} Merging is easy in the quantum banana networks paper [3].`, text: KEEP },
  { form: 'a sentence-case title after a "Title:" label', answer: `Title: Quantum banana networks for model merging. ${KEEP}`, text: KEEP },
  { form: 'a lower-case title after a "Paper:" label', answer: `${KEEP} Paper: quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'a sentence-case title under a "Sources:" heading', answer: `${KEEP}\n\nSources:\n- Quantum banana networks for model merging [3]`, text: KEEP },
  {
    form: 'a sentence-case title in a reference list',
    answer: `${KEEP}\n\nReferences\n[1] In-Context Meta LoRA Generation\n[3] Quantum banana networks for model merging, arXiv 2023`,
    text: `${KEEP}\n\nReferences\n[1] In-Context Meta LoRA Generation`,
  },
  {
    form: 'a sentence-case title in lines that open with citations',
    answer: `${KEEP}\n[1] In-Context Meta LoRA Generation\n[3] Smith et al. Quantum banana networks for model merging.`,
    text: `${KEEP}\n[1] In-Context Meta LoRA Generation`,
  },
  { form: 'a coined name alone in parentheses, uncited', answer: 'Merging works with ICM-LoRA (QuantumBananaNet) [1].', text: 'Merging works with ICM-LoRA [1].' },
  { form: 'a coined name with a digit', answer: `${KEEP} Banana2Vec [3] merges models without data.`, text: KEEP },
  { form: 'an acronym an invented title in brackets spells out', answer: `${KEEP} QBN (Quantum Banana Networks) [3] merges models.`, text: KEEP },
  { form: 'a reference line of its own, sentence case', answer: `${KEEP}\n\n[3] Quantum banana networks for model merging`, text: KEEP },
  { form: 'a reference line ending the answer, with a year', answer: `${KEEP}\n[3] Quantum banana networks for model merging (2023)`, text: KEEP },
  { form: 'a heading that cites, sentence case', answer: `### Quantum banana networks for model merging [3]\n${KEEP}`, text: KEEP },
  { form: 'lower case after "the most relevant is"', answer: `${KEEP} The most relevant is quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'a coined name inside a sentence, cited', answer: `${KEEP} Merging is solved by QuantumBanana (Lee et al., 2024).`, text: KEEP },
  { form: 'lower case after "another relevant work is", ending the sentence', answer: `${KEEP} Another relevant work is quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'JSON-escaped quotes left in text', answer: `${KEEP} The paper \\"Quantum Banana Networks\\" agrees [1].`, text: KEEP },  { form: 'a Title-Case title before authors', answer: `${KEEP} Quantum Banana Networks for Model Merging by Smith et al. [3] merges models.`, text: KEEP },
  { form: 'a sentence-case title as the subject of a cited sentence', answer: `${KEEP} Quantum banana networks for model merging [3] settles the question.`, text: KEEP },
  { form: 'a lower-case title as the subject of a cited sentence', answer: `quantum banana networks via model merging [3] settle the question. ${KEEP}`, text: KEEP },
  { form: 'a sentence-case title as a list item', answer: `${KEEP}\n\n- Quantum banana networks for model merging [3]`, text: KEEP },
  { form: 'a sentence-case title as a numbered item with a year', answer: `${KEEP}\n\n1. Quantum banana networks for model merging (2023) [3]: merges models.`, text: KEEP },
  { form: 'a sentence-case title in a table cell', answer: `${KEEP}\n\n| Paper | Finding |\n| --- | --- |\n| Quantum banana networks for model merging [3] | merges models |`, text: `${KEEP}\n\n| Paper | Finding |\n| --- | --- |` },
  { form: 'a lower-case title after "as shown in"', answer: `${KEEP} Merging is free, as shown in quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'a lower-case title after "In"', answer: `${KEEP} In quantum banana networks for model merging [3], the authors merge models.`, text: KEEP },
  { form: 'a subject none of whose words are the sources\'', answer: `${KEEP} Quantum banana orchestration [3] settles the question.`, text: KEEP },
  { form: 'a title opening with a hyphenated -ing word after "the work"', answer: `${KEEP} The work self-rewarding banana distillation [3] merges models.`, text: KEEP },
  { form: 'a lower-case title in bold as a list item', answer: `${KEEP}\n\n- **quantum banana networks for model merging** [3]`, text: KEEP },
  { form: 'a lower-case reference line of its own', answer: `${KEEP}\n\n[3] quantum banana networks for model merging`, text: KEEP },
  { form: 'a lower-case title in parentheses after a citation', answer: `ICM-LoRA generates LoRA weights [1] (quantum banana networks for model merging).`, text: 'ICM-LoRA generates LoRA weights [1].' },
  { form: 'a lower-case title after "check out"', answer: `${KEEP} Check out quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'a lower-case title set off after "their paper"', answer: `${KEEP} Their paper, quantum banana networks for model merging [3], merges models.`, text: KEEP },
  { form: 'a title after "see [n]"', answer: `${KEEP} See [3] Quantum banana networks for model merging.`, text: KEEP },
  { form: 'a list item naming a title before a dash', answer: `${KEEP}\n\n- quantum banana networks for model merging — merges models [3]`, text: KEEP },
  { form: 'an acronym joined to a name, after "according to"', answer: `${KEEP} According to QBN-Concept [2], merging works.`, text: KEEP },
  { form: 'an acronym run into a name, then "method" and a citation', answer: `${KEEP} The QBNMerge [3] method merges models.`, text: KEEP },
  { form: 'a sentence-case title of the sources\' words after "the paper"', answer: `${KEEP} The paper Meta concept generation for multi-step language models [3] settles the question.`, text: KEEP },
  { form: 'a sentence-case title with a year, opening a sentence', answer: `${KEEP} Concept heads for long-context reasoning (2024) shows it [4].`, text: KEEP },
  { form: 'a sentence-case title as an item numbered "(1)", then a comma', answer: `${KEEP}\n\n(1) Quantum banana networks for model merging, [3]`, text: KEEP },
  { form: 'a lower-case title as a list item with authors', answer: `${KEEP}\n\n* quantum banana networks for model merging (Smith et al.) [3]`, text: KEEP, dropped: 2 },
  { form: 'a lower-case title after "Further reading:"', answer: `${KEEP}\n\nFurther reading: quantum banana networks for model merging [3].`, text: KEEP },
  { form: 'a lower-case title set off after "the follow-up"', answer: `${KEEP} The follow-up, quantum banana networks for model merging [3], merges models.`, text: KEEP },
  { form: 'a sentence-case title recommended, uncited', answer: `${KEEP} I recommend reading Quantum banana networks for model merging.`, text: KEEP },
  { form: 'a lower-case title after "see the paper", uncited', answer: `${KEEP} See the paper quantum banana networks for model merging.`, text: KEEP },
  { form: 'a sentence-case title after "another relevant paper is", uncited', answer: `${KEEP} Another relevant paper is Quantum banana networks for model merging.`, text: KEEP },
  { form: 'a title opening with "A", recommended', answer: `${KEEP} I recommend reading A quantum banana network for model merging.`, text: KEEP },
  { form: 'a title opening with "a" after "the paper"', answer: `${KEEP} The paper a quantum banana network for model merging [3] settles the question.`, text: KEEP },
  { form: 'a title opening with "A" as a list item', answer: `${KEEP}\n\n- A quantum banana network for model merging [3]`, text: KEEP },
  { form: 'a title opening with a capitalised -ed word after "the paper"', answer: `${KEEP} The paper Advanced banana solutions through quantum merging [3] settles the question.`, text: KEEP },
  { form: 'a list item with two made-up words among the sources\' words', answer: `${KEEP}\n\n- Tidal banana generation of LoRA weights [1]`, text: KEEP },
  { form: 'a lower-case title opening with an -ing word after "the paper"', answer: `${KEEP} The paper improving banana merging via quantum routing [3] settles the question.`, text: KEEP },
  { form: 'a lower-case title opening with "towards" after "the paper"', answer: `${KEEP} The paper towards quantum banana networks for merging [3] settles the question.`, text: KEEP },
  {
    form: 'an acronym of it before it in parentheses, its letters not all the initials',
    answer: `${KEEP} QBNM (Quantum Banana Networks for Model Merging) [1] merges models.`,
    text: KEEP,
  },
  { form: "Title Case words of the source's own, recommended", answer: `${KEEP} I recommend reading Task-Aware LoRA Generation from Task Descriptions.`, text: KEEP },
  { form: "Title Case words of the source's own, before a year", answer: `${KEEP} Task-Aware LoRA Generation from Task Descriptions (2024) shows it [1].`, text: KEEP },
  { form: 'lower case after "see", closed by "for details"', answer: `${KEEP} See quantum banana networks for model merging for details.`, text: KEEP },
];

/** Legitimate text: quoted terms and phrases from the abstracts, names, numbers, real titles. */
const LEGITIMATE: { form: string; answer: string; text?: string; cited: number[] }[] = [
  { form: 'a quoted name from an abstract', answer: 'The authors build a "Large Concept Model" that predicts sentence embeddings [2].', cited: [2] },
  { form: 'a quoted term from an abstract', answer: 'Smaller models can learn "chain-of-thought" reasoning from larger ones [3].', cited: [3] },
  { form: 'a quoted term from an abstract, cited at once', answer: 'They distil "chain-of-thought" [3] into T5 variants.', cited: [3] },
  { form: 'a quoted phrase from an abstract', answer: 'CVAE turns task descriptions into "task-aware LoRA weights" [1].', cited: [1] },
  { form: 'a short quoted term not in the sources', answer: 'Retrieval heads act like a "lookup" step [4], a kind of "soft copying" [4].', cited: [4] },
  { form: 'a quoted number', answer: 'Accuracy rose by "26.8%" on the benchmark [4].', cited: [4] },
  { form: 'a quoted single word', answer: 'Retrieval heads are "universal" across models [4].', cited: [4] },
  { form: 'italic emphasis', answer: 'ICM-LoRA needs *no* additional fine-tuning and is *much* cheaper [1].', cited: [1] },
  { form: 'bold emphasis of a phrase', answer: 'ICM-LoRA needs **no additional fine-tuning at all** [1].', cited: [1] },
  { form: 'a bold label', answer: '- **Key idea:** ICM-LoRA maps task descriptions to LoRA weights [1].', cited: [1] },
  { form: 'a bold heading of two words', answer: '**Main Contributions**\nICM-LoRA maps task descriptions to LoRA weights [1].', cited: [1] },
  { form: 'a Title-Case name from an abstract', answer: 'A Conditional Variational Autoencoder (CVAE) generates the weights [1].', cited: [1] },
  { form: 'a plural name at the start of a sentence', answer: 'Using Conditional Variational Autoencoders, ICM-LoRA produces task-aware weights [1].', cited: [1] },
  { form: 'names joined by "and"', answer: 'In-Context Meta LoRA and Conditional Variational Autoencoder are combined [1].', cited: [1] },
  { form: 'acronyms and model names', answer: 'GPT-3.5 and T5 variants are compared, and LLMs are distilled [3].', cited: [3] },
  { form: 'a name the abstract uses, cited', answer: 'LoRA [1] adapts models cheaply, and ICM-LoRA [1] generates its weights.', cited: [1] },
  { form: 'a name whose parts start words of the sources', answer: 'The MetaLoRA [1] generator turns task descriptions into weights.', cited: [1] },
  { form: 'a name from an abstract, then "method" and a citation', answer: 'The Low-Rank Adaptation method [1] is cheap to tune.', cited: [1] },
  { form: 'a name from an abstract after "according to"', answer: 'According to ICM-LoRA [1], task descriptions are enough.', cited: [1] },
  { form: 'a phrase of an abstract after "the study"', answer: 'The study Large Concept Model [2] predicts sentence embeddings.', cited: [2] },
  { form: 'a name from an abstract with a year', answer: 'Low-rank Adaptation (2021) is cheap, and ICM-LoRA generates its weights [1].', cited: [1] },
  { form: 'a source title recommended, with words after it', answer: 'Check out In-Context Meta LoRA Generation for details.', text: 'Check out In-Context Meta LoRA Generation [1] for details.', cited: [1] },
  { form: 'a name from an abstract, described in its words after "the top result is"', answer: 'The top result is ICM-LoRA for task-specific customization [1].', cited: [1] },
  { form: 'advice that is not shaped like a title', answer: 'I recommend Low-rank Adaptation with a small rank, as ICM-LoRA does [1].', cited: [1] },
  { form: 'a list item that opens with "A" and is a sentence', answer: '- A generator turns task descriptions into LoRA weights [1]', cited: [1] },
  { form: 'a description opening with "the" after "the paper"', answer: 'The paper the authors wrote on task-aware LoRA weights [1] is short.', cited: [1] },
  { form: 'what a paper does, in -ing words after "the paper"', answer: 'The paper using task-aware LoRA weights for customization [1] shows it.', cited: [1] },
  { form: 'a name the abstract uses in parentheses', answer: 'Task descriptions become LoRA weights (ICM-LoRA) [1].', cited: [1] },
  { form: 'a name the abstract uses with an edition', answer: 'LoRA Adapters [1] are cheap to tune.', cited: [1] },
  { form: 'a lower-case phrase of source words an acronym spells out', answer: 'ICM-LoRA generates task-aware weights (TAW) [1].', cited: [1] },
  { form: 'a lower-case phrase of the sources an acronym they use spells out', answer: 'A conditional variational autoencoder (CVAE) [1] makes the weights.', cited: [1] },
  { form: 'an acronym a source phrase in brackets spells out', answer: 'CVAE (Conditional Variational Autoencoder) [1] generates the weights.', cited: [1] },
  { form: '"the X paper" with a real name', answer: 'The ICM-LoRA paper [1] trains a CVAE.', cited: [1] },
  { form: '"the X paper" in lower case, with source words', answer: 'The original meta lora paper [1] trains a CVAE.', cited: [1] },
  { form: '"the same paper"', answer: 'The same paper [1] trains a CVAE.', cited: [1] },
  {
    form: 'a sources list of real titles, with a year, a main title and what each shows',
    answer: 'ICM-LoRA trains a CVAE [1].\n\nSources:\n- [1] In-Context Meta LoRA Generation (2025)\n- [2] Large Concept Models — sentence embeddings\n- Specializing smaller language models towards multi-step reasoning [3]',
    cited: [1, 2, 3],
  },
  { form: 'a reference line of its own with a real title', answer: 'ICM-LoRA trains a CVAE [1].\n\n[1] In-Context Meta LoRA Generation', cited: [1] },
  { form: 'a paragraph that opens with a citation and is a sentence', answer: 'Yes.\n\n[4] Retrieval heads are universal.', cited: [4] },
  { form: 'a heading that cites, in the sources\' words', answer: '### Task-aware LoRA weights [1]\nICM-LoRA trains a CVAE [1].', cited: [1] },
  { form: 'a real title after "the closest match is"', answer: 'The closest match is in-context meta lora generation [1].', cited: [1] },
  { form: 'lines that open with citations and go on as sentences', answer: '[1] trains a CVAE on task descriptions.\n[4] finds retrieval heads in every model.', cited: [1, 4] },
  { form: 'lines that open with citations, then a real name', answer: '[1] ICM-LoRA trains a CVAE.\n[4] Retrieval heads are universal.', cited: [1, 4] },
  { form: 'a real title after a "Paper:" label', answer: 'Paper: Large Concept Models [2]. It predicts sentence embeddings.', cited: [2] },
  { form: 'a label and citations only', answer: 'A CVAE makes the weights. Sources: [1], [2].', cited: [1, 2] },
  { form: 'a source phrase an acronym spells out, starting the sentence', answer: 'Conditional variational autoencoder (CVAE) [1] makes the weights.', cited: [1] },
  { form: 'a determiner before "papers"', answer: 'Many papers [1, 3] adapt language models.', cited: [1, 3] },
  { form: 'a verb after "the paper"', answer: 'The paper proposes task descriptions as prompts [1] and trains a CVAE.', cited: [1] },
  { form: 'an adverb after "the paper"', answer: 'The paper also generates weights for new tasks [1] without fine-tuning.', cited: [1] },
  { form: 'a preposition after "the study"', answer: 'The study on heads across many models [4] finds retrieval heads.', cited: [4] },
  { form: 'a description after "the paper"', answer: 'The paper most relevant to this question [1] trains a CVAE.', cited: [1] },
  { form: 'a phrase of an abstract after "the paper"', answer: 'The paper task-aware LoRA weights [1] come from a CVAE.', cited: [1] },
  {
    form: 'a source title in lower case after "the paper"',
    answer: 'The paper in-context meta lora generation [1] trains a CVAE.',
    cited: [1],
  },
  { form: 'a description after "another relevant paper is"', answer: 'Another relevant paper is the one on retrieval heads [4].', cited: [4] },
  { form: 'a verb after "a related study was"', answer: 'A related study was conducted across many models [4].', cited: [4] },
  {
    form: 'a source title in lower case after "another relevant work is"',
    answer: 'Another relevant work is in-context meta lora generation [1].',
    cited: [1],
  },
  { form: 'an "Answer:" label', answer: 'Answer: ICM-LoRA generates LoRA weights [1].', cited: [1] },
  { form: 'the sources\' words as the subject of a cited sentence', answer: 'Task-aware LoRA weights for large language models [1] come from a CVAE.', cited: [1] },
  { form: 'a paraphrase of one word as the subject of a cited sentence', answer: 'Task-aware adapter weights for language models [1] come from a CVAE.', cited: [1] },
  { form: 'a generic subject before a citation', answer: 'Recent work [1] generates LoRA weights.', cited: [1] },
  { form: 'list items in the sources\' words', answer: '- Task-specific customization of large language models [1]\n- Retrieval heads in long-context models [4]: they retrieve information.', cited: [1, 4] },
  { form: 'a list item that is a sentence', answer: '- ICM-LoRA is trained on data from all tasks [1]', cited: [1] },
  { form: 'a source title in sentence case as a list item', answer: '- Large concept models: language modeling in a sentence representation space [2]', text: '- Large concept models: language modeling in a sentence representation space [2]', cited: [2] },
  { form: 'a table cell in the sources\' words', answer: '| Method | Finding |\n| --- | --- |\n| Task-aware LoRA weights [1] | come from a CVAE |', cited: [1] },
  { form: 'a topic after "in" mid-sentence', answer: 'LoRA weights are generated in task-specific customization [1].', cited: [1] },
  { form: 'a subject with one word of paraphrase', answer: 'Task-specific adapter generators [1] come from a CVAE.', cited: [1] },
  { form: 'a subject of two words the sources do not use', answer: 'Adapter hypernetworks [1] come from a CVAE.', cited: [1] },
  { form: 'a description of what a source did after "as shown in"', answer: 'As shown in adapter weight synthesis experiments [1], a CVAE makes the weights.', cited: [1] },
  { form: '"see [n]" and what to look for', answer: 'ICM-LoRA trains a CVAE. See [1] for the details.', cited: [1] },
  { form: 'a source title in lower case after "check out"', answer: 'Check out in-context meta lora generation [1].', cited: [1] },
  { form: 'a list item in the sources\' words before a dash', answer: '- Task-aware LoRA weights — a CVAE produces them [1]', cited: [1] },
  { form: 'a sentence opening with words and a colon', answer: 'Short answer: ICM-LoRA trains a CVAE [1].', cited: [1] },
  { form: 'apostrophes', answer: "The model's weights don't need fine-tuning, and the authors' CVAE isn't large [1].", cited: [1] },
  { form: 'a year in parentheses', answer: 'ICM-LoRA (2025) is recent [1].', cited: [1] },
  { form: 'code for an identifier', answer: 'Weights come from a `generator` network [1].', cited: [1] },
  { form: 'a source title quoted exactly', answer: 'The paper "In-Context Meta LoRA Generation" [1] trains a CVAE.', cited: [1] },
  { form: 'a main title before the colon', answer: 'The "Large Concept Models" [2] predict sentences.', cited: [2] },
  {
    form: 'a source title, other case and punctuation, uncited',
    answer: 'As "in-context meta LoRA generation!" shows, a CVAE produces LoRA weights.',
    text: 'As "in-context meta LoRA generation!" [1] shows, a CVAE produces LoRA weights.',
    cited: [1],
  },
  {
    form: 'a source title in italics, hyphenated differently',
    answer: 'A CVAE produces LoRA weights, as *In Context Meta-LoRA Generation* shows.',
    text: 'A CVAE produces LoRA weights, as *In Context Meta-LoRA Generation* [1] shows.',
    cited: [1],
  },
  {
    form: 'a source title in Title Case, unquoted',
    answer: 'Retrieval Head Mechanistically Explains Long-Context Factuality finds retrieval heads.',
    text: 'Retrieval Head Mechanistically Explains Long-Context Factuality [4] finds retrieval heads.',
    cited: [4],
  },
  {
    form: 'a source title cited with another number',
    answer: 'The paper "In-Context Meta LoRA Generation" [3] trains a CVAE.',
    text: 'The paper "In-Context Meta LoRA Generation" [1] [3] trains a CVAE.',
    cited: [1, 3],
  },
];

describe('invented titles', () => {
  it.each(INVENTED)('removes one given as $form and counts it', ({ answer, text, dropped, cited }) => {
    const r = checkCitations(answer, PAPERS);
    expect(r.text).not.toMatch(/banana|mango|QBN|LoRA Generation 2|LoRA Synthesis/i);
    if (text !== undefined) expect(r.text).toBe(text);
    expect(r.dropped).toBe(dropped ?? 1);
    expect(nums(r.cited)).toEqual(cited ?? [1]);
  });

  it.each(LEGITIMATE)('keeps $form', ({ answer, text, cited }) => {
    const r = checkCitations(answer, PAPERS);
    expect(r.text).toBe(text ?? answer);
    expect(r.dropped).toBe(0);
    expect(nums(r.cited)).toEqual(cited);
  });

  it('keeps a name spelled out before an acronym the sources use, and only then', () => {
    const sources: Source[] = [{ n: 1, title: 'Retrieval Head Mechanistically Explains Long-Context Factuality', abstract: 'Retrieval heads explain how LLMs use long contexts.' }];
    const kept = checkCitations('Large Language Models (LLMs) use retrieval heads [1].', sources);
    expect(kept).toMatchObject({ text: 'Large Language Models (LLMs) use retrieval heads [1].', dropped: 0 });
    const gone = checkCitations('Retrieval heads matter [1]. Direct Preference Optimization (DPO) does not change them [1].', sources);
    expect(gone).toMatchObject({ text: 'Retrieval heads matter [1].', dropped: 1 });
  });

  it('drops only the sentence that carries the invented title', () => {
    const r = checkCitations(
      `ICM-LoRA trains a CVAE [1]. The paper "Quantum Banana Networks for Model Merging" [3] settles the question. Retrieval heads are universal [4].`,
      PAPERS,
    );
    expect(r.text).toBe('ICM-LoRA trains a CVAE [1]. Retrieval heads are universal [4].');
    expect(nums(r.cited)).toEqual([1, 4]);
    expect(r.dropped).toBe(1);
  });

  it('leaves no citation when the only cited sentence named an invented title', () => {
    const r = checkCitations('The paper "Quantum Banana Networks for Model Merging" [3] settles the question.', PAPERS);
    expect(r.text).toBe('');
    expect(r.cited).toEqual([]);
    expect(r.dropped).toBe(1);
  });
});

describe("titles of the corpus's other papers", () => {
  /** Titles of the corpus besides the sources' (two of the bundled corpus, one made for the last test). */
  const CORPUS_TITLES = [
    'In-Context Meta LoRA Generation',
    'Sens-Merging: Sensitivity-Guided Parameter Balancing for Merging Large Language Models',
    'LeanAgent: Lifelong Learning for Formal Theorem Proving',
    'Distilled Down from GPT-3.5 to T5',
  ];

  /** The sources, one of them on model merging: a title of that field is made of words they use. */
  const SOURCES: Source[] = [
    PAPERS[0]!,
    {
      n: 2,
      title: 'A Survey of Model Merging',
      abstract:
        'Merging large language models combines fine-tuned models into one without further training. Merging methods weigh parameters by their sensitivity, balance tasks guided by task vectors, and keep parameter balancing cheap.',
    },
    PAPERS[2]!,
  ];

  it.each([
    { form: 'as a subject, in field words', answer: `${KEEP} Sensitivity-guided parameter balancing for merging large language models [2] is related.` },
    { form: 'after an opening "In"', answer: `${KEEP} In sensitivity-guided parameter balancing for merging large language models [2], weights are balanced.` },
    { form: 'as a list item', answer: `${KEEP}\n\n- Sensitivity-Guided Parameter Balancing for Merging Large Language Models [3]` },
    { form: 'whole, without a citation', answer: `${KEEP} See also Sens-Merging: sensitivity-guided parameter balancing for merging large language models.` },
    { form: 'with a word left out', answer: `${KEEP} According to sensitivity-guided parameter balancing for merging language models [2], it works.` },
  ])('removes the sentence naming one $form, and counts it', ({ answer }) => {
    const r = checkCitations(answer, SOURCES, '', CORPUS_TITLES);
    expect(r).toMatchObject({ text: KEEP, dropped: 1 });
    expect(nums(r.cited)).toEqual([1]);
  });

  it('keeps the words of another title that the question asks in', () => {
    const answer = 'Sensitivity-guided parameter balancing for merging large language models is what [2] studies.';
    expect(checkCitations(answer, SOURCES, 'any papers on sensitivity-guided parameter balancing for merging large language models?', CORPUS_TITLES)).toMatchObject({ text: answer, dropped: 0 });
    expect(checkCitations(answer, SOURCES, 'any papers on merging?', CORPUS_TITLES)).toMatchObject({ text: '', dropped: 1 });
  });

  it("keeps the sources' own titles, the words they use in that order, and a few words of another title", () => {
    for (const answer of [
      'The paper In-Context Meta LoRA Generation [1] trains a CVAE.',
      'Such abilities can be distilled down from GPT-3.5 to T5 variants [3].',
      'LeanAgent learns lifelong [1].',
      'Merging large language models is hard [2].',
      'Parameter balancing guided by sensitivity helps [2].',
    ]) {
      expect(checkCitations(answer, SOURCES, '', CORPUS_TITLES)).toMatchObject({ text: answer, dropped: 0 });
    }
  });
});

describe('author references', () => {
  // The sources give titles and abstracts only, so a name of authors is not theirs unless an abstract uses it.
  it.each([
    { form: 'before a citation, with a year', answer: `${KEEP} Smith et al. (2023) [3] distil chain-of-thought into T5 variants.`, text: `${KEEP} [3] distil chain-of-thought into T5 variants.` },
    { form: 'before a citation, mid-sentence', answer: `${KEEP} As Smith et al. [3] show, T5 variants learn chain-of-thought.`, text: `${KEEP} As [3] show, T5 variants learn chain-of-thought.` },
    { form: 'two authors and a year', answer: `${KEEP} According to Zhang and Li (2021) [3], T5 variants learn chain-of-thought.`, text: `${KEEP} According to [3], T5 variants learn chain-of-thought.` },
    { form: 'in parentheses', answer: `${KEEP} T5 variants learn chain-of-thought (Smith et al., 2023) [3].`, text: `${KEEP} T5 variants learn chain-of-thought [3].` },
    { form: 'two in parentheses', answer: `${KEEP} T5 variants learn chain-of-thought (Smith, 2023; Lee et al., 2022) [3].`, text: `${KEEP} T5 variants learn chain-of-thought [3].`, dropped: 2 },
  ])('removes the names, keeping the cited claim: $form', ({ answer, text, dropped }) => {
    const r = checkCitations(answer, PAPERS);
    expect(r.text).toBe(text);
    expect(r.dropped).toBe(dropped ?? 1);
    expect(nums(r.cited)).toEqual([1, 3]);
  });

  it('drops a claim that rests on authors alone', () => {
    const r = checkCitations(`${KEEP} Smith et al. (2023) show that T5 variants learn chain-of-thought.`, PAPERS);
    expect(r).toMatchObject({ text: KEEP, dropped: 1 });
  });

  it('keeps authors an abstract names', () => {
    const sources: Source[] = [{ n: 1, title: 'Scaling Data-Constrained Language Models', abstract: 'Following Kaplan et al., we fit scaling laws when data is repeated.' }];
    const answer = 'Kaplan et al. [1] give the laws this paper extends.';
    expect(checkCitations(answer, sources)).toMatchObject({ text: answer, dropped: 0 });
  });
});

describe('links and paper identifiers', () => {
  const sources: Source[] = [
    { n: 1, title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', abstract: 'We propose the Transformer. Code is at https://github.com/tensorflow/tensor2tensor.' },
    { n: 2, title: 'Deep Residual Learning for Image Recognition', abstract: 'We present a residual learning framework.' },
  ];

  it.each([
    { form: 'an arXiv id in parentheses', answer: 'Residual learning eases training (arXiv:2401.01234) [2].', text: 'Residual learning eases training [2].' },
    { form: 'a bare URL', answer: 'Residual learning eases training [2], see https://arxiv.org/abs/2401.01234.', text: 'Residual learning eases training [2].' },
    { form: 'a markdown link, which keeps its text', answer: 'See [the residual paper](https://arxiv.org/abs/1512.03385) [2].', text: 'See the residual paper [2].' },
    { form: 'a DOI', answer: 'Residual learning eases training (doi:10.1109/CVPR.2016.90) [2].', text: 'Residual learning eases training [2].' },
  ])('removes one the sources do not give: $form', ({ answer, text }) => {
    const r = checkCitations(answer, sources);
    expect(r.text).toBe(text);
    expect(r.dropped).toBe(1);
  });

  it('keeps a source\'s own link, its arXiv id and a link an abstract gives', () => {
    const answer = 'The Transformer [1] (arXiv:1706.03762v7, https://arxiv.org/pdf/1706.03762) has code at https://github.com/tensorflow/tensor2tensor.';
    expect(checkCitations(answer, sources)).toMatchObject({ text: answer, dropped: 0 });
    expect(checkCitations('Read [it](https://arxiv.org/abs/1706.03762v7) first.', sources)).toMatchObject({ text: 'Read it [1] first.', dropped: 0 });
  });
});

describe('venues', () => {
  const sources: Source[] = [
    { n: 1, title: 'Deep Residual Learning for Image Recognition', abstract: 'We present a residual learning framework.' },
    { n: 2, title: 'Scaling Data-Constrained Language Models', abstract: 'We fit scaling laws for repeated data. Accepted at NeurIPS 2023 as an oral.' },
  ];

  it.each([
    { form: 'in parentheses', answer: 'Residual learning (CVPR 2016) eases training [1].', text: 'Residual learning eases training [1].' },
    { form: 'with a short year and a track', answer: 'Residual learning eases training [1] (ICLR\'24, oral).', text: 'Residual learning eases training [1].' },
    { form: 'set off by commas', answer: 'Deep Residual Learning for Image Recognition [1], published at CVPR 2016, eases training.', text: 'Deep Residual Learning for Image Recognition [1] eases training.' },
    { form: 'ending the sentence', answer: 'Residual learning eases training [1], accepted to ICML 2017.', text: 'Residual learning eases training [1].' },
  ])('removes one no source names: $form', ({ answer, text }) => {
    expect(checkCitations(answer, sources)).toMatchObject({ text, dropped: 1 });
  });

  it('keeps a venue an abstract names', () => {
    const answer = 'Repeated data follows its own scaling laws [2] (NeurIPS 2023).';
    expect(checkCitations(answer, sources)).toMatchObject({ text: answer, dropped: 0 });
  });
});

describe('figures', () => {
  const sources: Source[] = [
    { n: 1, title: 'In-Context Meta LoRA Generation', abstract: 'Our method occupies 283MB, only 1% storage compared with the original LoRA.' },
    { n: 2, title: 'Retrieval Head Mechanistically Explains Long-Context Factuality', abstract: 'Accuracy rose by 26.8% on the benchmark, and inference is 3.2x faster.' },
  ];

  it('drops a sentence stating a percentage or factor its cited source does not give, and only that sentence', () => {
    const r = checkCitations('ICM-LoRA needs 1% of the storage [1]. Accuracy rose by 35% [2]. Inference is 5x faster [2].', sources);
    expect(r).toMatchObject({ text: 'ICM-LoRA needs 1% of the storage [1].', dropped: 2 });
  });

  it('reads a figure against the sources the sentence cites', () => {
    expect(checkCitations('ICM-LoRA raised accuracy by 26.8% [1]. Retrieval heads matter [2].', sources)).toMatchObject({ text: 'Retrieval heads matter [2].', dropped: 1 });
    expect(checkCitations('Accuracy rose by 26.8% [1-2].', sources)).toMatchObject({ text: 'Accuracy rose by 26.8% [1-2].', dropped: 0 });
  });

  it('keeps figures as written, rounded, as a share\'s complement, or from the question', () => {
    const answer = 'Accuracy rose by 27% and inference is about 3x faster [2]. ICM-LoRA saves 99% of the storage [1]. At 2x the budget it still fits [1].';
    expect(checkCitations(answer, sources, 'does it still fit at 2x the budget?')).toMatchObject({ text: answer, dropped: 0 });
  });
});

describe('answers made from corpus papers', () => {
  it('lose every invented title, made up or another paper\'s, in every form, and keep what the sources say', async () => {
    const [file] = await listInputFiles([CORPUS]);
    const papers = (await readInputFile(file!)).slice(0, 60);
    const report = evaluateInventedTitles(papers);
    expect(report.madeUp).toEqual({ count: 180, removed: 1 });
    expect(report.otherPapers.removed).toBe(1);
    // Titles of the source's own words in Title Case go; in lower or sentence case they read as a description.
    expect(report.recombined.removed).toBeGreaterThan(0.7);
    expect(report.legitimate.kept).toBe(1);
  });
});
