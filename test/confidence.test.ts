import { describe, expect, it } from 'vitest';
import { chooseThresholds, fitConfidence, keyTerms, logitNormalQuantile, probit, pseudoQueries, quantile, samplePapers } from '../src/retrieval/confidence/calibrate.js';
import {
  CALIBRATION_METHOD,
  type ConfidenceModel,
  FEATURES,
  confidenceFeatures,
  confidenceLevel,
  confidenceProbability,
  fitLogistic,
  levelOf,
  oneLevelLower,
  reportedScore,
  termEvidence,
} from '../src/retrieval/confidence/confidence.js';
import { DenseIndex } from '../src/retrieval/embedding/dense.js';
import { type PaperScores, fuse, topK, zScores } from '../src/retrieval/ranking/fusion.js';
import { seededRandom } from '../src/util/random.js';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('fusion', () => {
  it('fuses BM25 and dense scores as z-scores, so neither scale matters, dense counting twice', () => {
    const s: PaperScores = { lexical: f64([30, 0, 0, 10]), centroid: f64([0.1, 0.9, 0.1, 0.1]), chunk: f64([0.1, 0.9, 0.1, 0.1]) };
    const fused = fuse(s, { lexicalWeight: 1, denseWeight: 2, chunkShare: 0.5, feedbackPapers: 0, chunkPapers: 100 });
    // Paper 1 is far ahead in meaning, paper 0 in words: the dense side wins.
    expect(topK(fused, 4)).toEqual([1, 0, 3, 2]);
    const scaled = fuse({ ...s, lexical: f64([3000, 0, 0, 1000]), centroid: f64([0.91, 0.99, 0.91, 0.91]), chunk: f64([0.91, 0.99, 0.91, 0.91]) }, {
      lexicalWeight: 1,
      denseWeight: 2,
      chunkShare: 0.5,
      feedbackPapers: 0,
      chunkPapers: 100,
    });
    expect(topK(scaled, 4)).toEqual([1, 0, 3, 2]);
  });

  it('leaves an excluded paper out of the ranking and of the statistics', () => {
    const s: PaperScores = { lexical: f64([5, 1, 0]), centroid: f64([0.9, 0.2, 0.1]), chunk: f64([0.9, 0.2, 0.1]) };
    const fused = fuse(s, { lexicalWeight: 1, denseWeight: 2, chunkShare: 0.5, feedbackPapers: 0, chunkPapers: 100 }, 0);
    expect(fused[0]).toBe(-Infinity);
    expect(topK(fused, 3)).toEqual([1, 2]);
    const z = zScores([1, 2, 3], 2);
    expect([z[0], z[1]]).toEqual([-1, 1]);
  });
});

describe('dense index', () => {
  it('scores every paper by its centroid and its best chunk', () => {
    const dense = DenseIndex.build(
      [
        { paper: 0, vector: [1, 0] },
        { paper: 0, vector: [0, 1] },
        { paper: 1, vector: [0, 1] },
      ],
      3,
      2,
    );
    const { centroid, chunk } = dense.scores([1, 0]);
    expect(centroid[0]).toBeCloseTo(Math.SQRT1_2);
    expect(chunk[0]).toBeCloseTo(1);
    // Scoring the chunks of the best paper by centroid only: the others count their centroid's.
    const few = dense.scores([0, 1], 1);
    expect(few.chunk[1]).toBeCloseTo(1);
    expect(few.chunk[0]).toBeCloseTo(Math.SQRT1_2);
    expect(centroid[1]).toBeCloseTo(0);
    // A paper with no vector scores 0.
    expect(centroid[2]).toBe(0);
    expect(chunk[2]).toBe(0);
  });
});

describe('confidence features', () => {
  const n = 60;
  const flat = (v: number) => f64(Array.from({ length: n }, (_, i) => v + 0.001 * (i % 7)));

  it('say more for a query one paper answers than for one that matches everything a little', () => {
    const standout: PaperScores = { lexical: flat(1), centroid: flat(0.2), chunk: flat(0.2) };
    standout.lexical[5] = 20;
    standout.centroid[5] = 0.8;
    standout.chunk[5] = 0.85;
    const vague: PaperScores = { lexical: flat(1), centroid: flat(0.3), chunk: flat(0.3) };
    const p = { lexicalWeight: 1, denseWeight: 2, chunkShare: 0.5, feedbackPapers: 0, chunkPapers: 100 };
    const terms = [{ idf: 2, df: 3, inTop: [true, false, false] }];
    const a = confidenceFeatures({ scores: standout, fused: fuse(standout, p), terms, chunkShare: 0.5 });
    const b = confidenceFeatures({ scores: vague, fused: fuse(vague, p), terms, chunkShare: 0.5 });
    expect(a).toHaveLength(FEATURES.length);
    const at = (xs: number[], name: (typeof FEATURES)[number]) => xs[FEATURES.indexOf(name)]!;
    expect(at(a, 'maxCentroid')).toBeCloseTo(0.8);
    expect(at(a, 'maxChunk')).toBeCloseTo(0.85);
    for (const name of ['maxCentroid', 'denseZ', 'fusedZ50', 'fusedGap10', 'lexicalZ'] as const) expect(at(a, name), name).toBeGreaterThan(at(b, name));
  });

  it('ignore the paper left out', () => {
    const s: PaperScores = { lexical: flat(1), centroid: flat(0.2), chunk: flat(0.2) };
    s.centroid[3] = 0.9;
    s.chunk[3] = 0.9;
    const p = { lexicalWeight: 1, denseWeight: 2, chunkShare: 0.5, feedbackPapers: 0, chunkPapers: 100 };
    const without = confidenceFeatures({ scores: s, fused: fuse(s, p, 3), terms: [], chunkShare: 0.5, exclude: 3 });
    expect(without[FEATURES.indexOf('maxCentroid')]).toBeLessThan(0.3);
  });

  it('count words the corpus never uses against the query, and measure how much of it the best paper holds', () => {
    expect(termEvidence([{ idf: 1, df: 4, inTop: [true, true, false] }, { idf: 3, df: 0, inTop: [false, false, false] }])).toEqual({ coverage: 0.25, unknownShare: 0.75 });
    expect(
      termEvidence([
        { idf: 2, df: 4, inTop: [true, false, false] },
        { idf: 2, df: 9, inTop: [false, true, false] },
        { idf: 4, df: 1, inTop: [false, true, false] },
      ]),
    ).toEqual({ coverage: 0.75, unknownShare: 0 });
  });
});

describe('logistic model', () => {
  it('learns which way each feature points, and its probabilities follow the evidence', () => {
    const rand = seededRandom(3);
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const label = i % 2;
      // Feature 0 separates the classes (on a scale of hundreds); feature 1 is noise.
      x.push([300 + (label ? 40 : -40) + 30 * (rand() - 0.5), rand()]);
      y.push(label);
    }
    const fit = fitLogistic(x, y);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(0.5);
    expect(confidenceProbability(fit, [360, 0.5])).toBeGreaterThan(0.95);
    expect(confidenceProbability(fit, [240, 0.5])).toBeLessThan(0.05);
    expect(confidenceProbability(fit, [310, 0.5])).toBeGreaterThan(confidenceProbability(fit, [290, 0.5]));
  });

  it('reports a probability to four decimals on the same side of each threshold as the probability', () => {
    const thresholds = { low: 0.051338827, high: 0.507785534 };
    // Lifted to the `none` threshold, a score is not shown below it.
    expect(reportedScore(thresholds.low, thresholds)).toBe(0.0514);
    expect(levelOf(reportedScore(thresholds.low, thresholds), thresholds)).toBe('low');
    expect(reportedScore(0.50778, thresholds)).toBe(0.5077);
    expect(levelOf(reportedScore(0.50778, thresholds), thresholds)).toBe('low');
    expect(reportedScore(0.123456, thresholds)).toBe(0.1235);
    expect(reportedScore(0.051338827)).toBe(0.0513);
  });

  it('maps the probability to none, low and high with the stored thresholds', () => {
    const thresholds = { low: 0.2, high: 0.6 };
    expect(levelOf(0.1, thresholds)).toBe('none');
    expect(levelOf(0.2, thresholds)).toBe('low');
    expect(levelOf(0.59, thresholds)).toBe('low');
    expect(levelOf(0.6, thresholds)).toBe('high');
    const model: ConfidenceModel = {
      version: 1,
      features: ['a'],
      mean: [10],
      scale: [2],
      weights: [3],
      bias: 0,
      thresholds,
      papers: 1,
      queries: 1,
    };
    expect(confidenceLevel(model, [4])).toBe('none');
    expect(confidenceLevel(model, [10])).toBe('low');
    expect(confidenceLevel(model, [14])).toBe('high');
  });

  it('lowers a probability by one level, keeping the order within it', () => {
    for (const thresholds of [{ low: 0.2, high: 0.6 }, { low: 0.043, high: 0.487 }, { low: 0.4, high: 0.5 }]) {
      const lower = (p: number) => levelOf(oneLevelLower(p, thresholds), thresholds);
      for (const p of [thresholds.high, (thresholds.high + 1) / 2, 1]) expect(lower(p), `${p}`).toBe('low');
      for (const p of [thresholds.low, (thresholds.low + thresholds.high) / 2, thresholds.high - 1e-9]) expect(lower(p), `${p}`).toBe('none');
      expect(lower(thresholds.low / 2)).toBe('none');
      expect(oneLevelLower(0.3, thresholds)).toBeLessThan(oneLevelLower(0.35, thresholds));
    }
    // No `low` between the thresholds: one level below `high` is `none`.
    const even = { low: 0.56, high: 0.56 };
    for (const p of [0.56, 0.9, 1, 0.3]) expect(levelOf(oneLevelLower(p, even), even), `${p}`).toBe('none');
  });
});

describe('calibration', () => {
  it('puts the none threshold under nearly all answerable pseudo-queries and the high one above most near misses', () => {
    const answerable = Array.from({ length: 100 }, (_, i) => 0.5 + 0.005 * i);
    const nearMiss = Array.from({ length: 100 }, (_, i) => 0.005 * i);
    const t = chooseThresholds(answerable, nearMiss, { answerableNone: 0.02, unanswerableHigh: 0.1, answerableLow: 0.15 });
    expect(answerable.filter((p) => p < t.low).length).toBeLessThanOrEqual(2);
    expect(nearMiss.filter((p) => p >= t.high).length).toBeLessThanOrEqual(10);
    expect(t.high).toBeGreaterThanOrEqual(t.low);
    expect(quantile([5, 1, 3], 0)).toBe(1);
  });

  it('keeps the none threshold steady when a few of the lowest answerable pseudo-queries score otherwise', () => {
    const rand = seededRandom(3);
    const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    // About 700 answerable pseudo-queries, their logits spread as calibration's are, and a few odd ones at the bottom.
    const bulk = Array.from({ length: 700 }, () => 1 / (1 + Math.exp(-(1.5 + 1.6 * gauss()))));
    const nearMiss = Array.from({ length: 700 }, () => 1 / (1 + Math.exp(-(-2 + 1.6 * gauss()))));
    const low = (odd: number) => chooseThresholds([...bulk, ...new Array<number>(odd).fill(0.002)], nearMiss).low;
    // One odd pseudo-query or six: a quantile read off the lowest values would move 30-fold.
    expect(low(6) / low(1)).toBeGreaterThan(0.5);
    expect(low(0)).toBeGreaterThan(0.02);
    // 0.2% of a normal lies 2.88 deviations below its mean.
    expect(probit(0.002)).toBeCloseTo(-2.878, 3);
    expect(probit(0.9)).toBeCloseTo(1.2816, 3);
    expect(low(1)).toBeCloseTo(logitNormalQuantile([...bulk, 0.002], 0.002), 10);
  });

  it('reads the none threshold off the one-paper pseudo-queries alone: topic ones, sure more easily, do not move it', () => {
    const onePaper = Array.from({ length: 100 }, (_, i) => 0.2 + 0.005 * i);
    const topic = onePaper.map((p) => p + 0.3);
    const nearMiss = Array.from({ length: 100 }, (_, i) => 0.005 * i);
    const policy = { answerableNone: 0.02, unanswerableHigh: 0.1, answerableLow: 0.15 };
    const t = chooseThresholds([...onePaper, ...topic], nearMiss, policy, onePaper);
    expect(t.low).toBeCloseTo(chooseThresholds(onePaper, nearMiss, policy).low, 12);
    expect(onePaper.filter((p) => p < t.low).length).toBeLessThanOrEqual(2);
    expect(chooseThresholds([...onePaper, ...topic], nearMiss, policy).low).not.toBeCloseTo(t.low, 3);
  });

  it('reads the none threshold off the topic queries when no one-paper query counted', () => {
    // One feature: answerable rows score 2..3, the others 0..1.
    const answerable = Array.from({ length: 50 }, (_, i) => [2 + i / 50]);
    const other = Array.from({ length: 50 }, (_, i) => [i / 50]);
    const model = fitConfidence({ x: [...answerable, ...other], y: [...answerable.map(() => 1), ...other.map(() => 0)], topic: [...answerable.map(() => true), ...other.map(() => false)], queries: 100 }, 100);
    expect(model.thresholds.low).toBeGreaterThan(0);
    expect(model.method).toBe(CALIBRATION_METHOD);
  });

  it('never lets the high threshold leave most answerable pseudo-queries below it', () => {
    // Near misses score like answerable ones: the high threshold follows the answerable side.
    const answerable = Array.from({ length: 100 }, (_, i) => i / 100);
    const t = chooseThresholds(answerable, answerable, { answerableNone: 0.02, unanswerableHigh: 0.1, answerableLow: 0.15 });
    expect(answerable.filter((p) => p < t.high).length).toBeLessThanOrEqual(15);
  });

  it('makes pseudo-queries from the papers’ own words, and off-topic ones from everyday words, the same for the same seed', () => {
    const papers = [
      {
        title: 'Illusory VQA: Benchmarking Multimodal Models on Visual Illusions',
        abstract:
          'Visual illusions fool people. We test whether multimodal models are fooled by visual illusions in question answering. Low-pass filters help the models see illusions. We release four illusion datasets.',
      },
      {
        title: 'Diverse Beam Search for Neural Sequence Models',
        abstract: 'Beam search decodes sequences greedily. Diverse beam search adds a diversity term to beam search. The decoded sequences differ more.',
      },
    ];
    const idf = (t: string) => (t.startsWith('illus') || t.startsWith('beam') ? 3 : 1);
    const a = pseudoQueries((i) => papers[i]!, [0, 1], idf, { seed: 5 });
    expect(a).toEqual(pseudoQueries((i) => papers[i]!, [0, 1], idf, { seed: 5 }));
    expect(new Set(a.map((q) => q.kind))).toEqual(new Set(['keywords', 'sentence', 'long', 'offtopic']));
    expect(a.filter((q) => q.paper === 0).map((q) => q.text).join(' ')).toMatch(/illus/i);
    const offtopic = a.filter((q) => q.kind === 'offtopic');
    // One for every second paper.
    expect(offtopic).toHaveLength(1);
    expect(pseudoQueries((i) => papers[i]!, [0, 1, 0, 1, 0, 1], idf, { seed: 5 }).filter((q) => q.kind === 'offtopic')).toHaveLength(3);
    expect(offtopic.every((q) => q.paper === -1 && !/illus|beam/i.test(q.text))).toBe(true);
    expect(keyTerms(papers[1]!, idf)[0]).toBe('beam');
  });

  it('makes a topic pseudo-query of the terms key to a paper and at least one related paper, and names those papers', () => {
    const papers = [
      { title: 'Diverse Beam Search for Neural Sequence Models', abstract: 'Beam search decodes sequences. Diverse beam search decodes varied sequences.' },
      { title: 'Beam Decoding with Patience', abstract: 'Beam decoding stops early. Patience in beam decoding helps long sequences.' },
      { title: 'Visual Illusions', abstract: 'Illusions fool people. Illusions fool models.' },
    ];
    const idf = () => 1;
    const queries = [1, 2, 3].flatMap((seed) => pseudoQueries((i) => papers[i]!, [0], idf, { seed, neighbors: () => [1, 2] }));
    const topic = queries.filter((q) => q.kind === 'topic');
    expect(topic).toHaveLength(3);
    for (const q of topic) {
      expect(q.topic).toEqual([0, 1, 2]);
      const words = q.text.split(' ').filter((w) => !/^(is|there|a|paper|on|any|work|papers|about|how|do|you|looking|for|what|known|which|methods|can|we)$/.test(w));
      // Only terms two of the papers share: "beam", "decoding", "sequences"; never "illusions" or "diverse".
      expect(words.length).toBeGreaterThanOrEqual(2);
      expect(words.every((w) => /^(beam|decod|sequenc)/.test(w)), q.text).toBe(true);
    }
    // Without related papers there is no topic to share.
    expect(pseudoQueries((i) => papers[i]!, [0], idf, { seed: 1 }).some((q) => q.kind === 'topic')).toBe(false);
  });

  it('asks a topic in a sentence too: one of the paper\'s own, without the words key to it alone, with shared terms put in', () => {
    const papers = [
      {
        title: 'Diverse Beam Search',
        abstract: 'Diverse beam search decodes sequences with a penalty so that the outputs of the model cover many different readings of one input. Diverse decoding with a penalty helps.',
      },
      { title: 'Beam Decoding with Patience', abstract: 'Beam decoding stops early. Patience in beam decoding helps long sequences.' },
      { title: 'Beam Search Curiosities', abstract: 'Beam search sequences are short. Beam decoding of sequences is studied.' },
    ];
    const idf = (t: string) => (t.startsWith('divers') ? 3 : 1);
    const queries = [1, 2, 3, 4].flatMap((seed) => pseudoQueries((i) => papers[i]!, [0], idf, { seed, neighbors: () => [1, 2] }));
    const sentences = queries.filter((q) => q.kind === 'topic sentence');
    expect(sentences).toHaveLength(4);
    for (const q of sentences) {
      expect(q.topic).toEqual([0, 1, 2]);
      // "diverse" and "penalty" are the paper's alone; the rest of its sentence stays, with shared terms.
      expect(q.text).not.toMatch(/divers|penalty/i);
      expect(q.text).toMatch(/beam|decod|sequenc|search/);
      expect(q.text.split(' ').length).toBeGreaterThan(2);
    }
  });

  it("builds its sentences from the abstract and the description's summary, never from the description's requests", () => {
    const paper = {
      title: 'Diverse Beam Search for Neural Sequence Models',
      abstract: 'Beam search decodes sequences greedily. Diverse beam search adds a diversity term to beam search. The decoded sequences differ more.',
      description: {
        summary: 'A way for a text generator to offer several different beam candidates instead of near copies.',
        questions: ['beam quokka', 'is there a beam search paper about a marmalade xylophone?', 'beam search for a platypus'],
      },
    };
    const idf = (t: string) => (t.startsWith('beam') ? 3 : 1);
    const queries = [1, 2, 3, 4, 5].flatMap((seed) => pseudoQueries(() => paper, [0], idf, { seed }));
    const sentences = queries.filter((q) => q.kind === 'sentence' || q.kind === 'long').map((q) => q.text);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).not.toMatch(/quokka|marmalade|xylophone|platypus/);
    expect(sentences.join(' ')).toMatch(/sequences|candidates/);
  });

  it('samples at most the requested number of papers, spread over the corpus', () => {
    const s = samplePapers(1000, 100, seededRandom(1));
    expect(s).toHaveLength(100);
    expect(new Set(s).size).toBe(100);
    expect(Math.min(...s)).toBeLessThan(10);
    expect(Math.max(...s)).toBeGreaterThan(990);
    expect(samplePapers(5, 100, seededRandom(1))).toEqual([0, 1, 2, 3, 4]);
  });
});
