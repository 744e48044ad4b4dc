import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Answerer, NOT_IN_CORPUS } from '../src/answer/answerer.js';
import { CONFIDENCE_TEXT } from '../src/answer/confidence-text.js';
import { createChatClient } from '../src/answer/llm/llm.js';
import type { Config } from '../src/config.js';
import { paperText } from '../src/corpus/paper.js';
import { syntheticPapers } from '../src/eval/bench.js';
import { FEATURES } from '../src/retrieval/confidence/confidence.js';
import { Retriever } from '../src/retrieval/engine.js';
import { files, openLiveIndex } from '../src/retrieval/index/index-store.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { LsaModel } from '../src/retrieval/embedding/lsa.js';
import { type OpenAiStub, startOpenAiStub } from './support/openai-server.js';
import { indexedConfig, tempConfig } from './helpers/index.js';

const ANSWERABLE = 'How can LoRA weights be generated for a new task from its description?';
const OFF_TOPIC = ['What is the best recipe for sourdough bread?', 'How do Kalman filters fuse IMU and GPS data?'];

let config: Config;
let cleanup: () => Promise<void>;
let stub: OpenAiStub;

beforeAll(async () => {
  const t = await indexedConfig();
  ({ config, cleanup } = t);
  stub = await startOpenAiStub();
});
afterAll(async () => {
  await stub.close();
  await cleanup();
});
beforeEach(() => stub.reset());

async function manifestFile(cfg: Config = config): Promise<string> {
  return files.manifest((await openLiveIndex(cfg.PAPERBOT_DATA_DIR))!.gen);
}

/** Stores other thresholds in the index's calibration, as a different calibration would. */
async function setThresholds(thresholds: { low: number; high: number }): Promise<void> {
  const file = await manifestFile();
  const m = JSON.parse(await readFile(file, 'utf8'));
  m.confidence.thresholds = thresholds;
  await writeFile(file, JSON.stringify(m));
}

describe('calibration at ingest', () => {
  it('stores a confidence model in the index manifest, fitted on this index', async () => {
    const m = (await openLiveIndex(config.PAPERBOT_DATA_DIR))!.manifest;
    expect(m.confidence).toBeDefined();
    expect(m.confidence!.features).toEqual([...FEATURES]);
    expect(m.confidence!.papers).toBe(588);
    expect(m.confidence!.queries).toBeGreaterThan(300);
    expect(m.confidence!.thresholds.low).toBeLessThanOrEqual(m.confidence!.thresholds.high);
  });

  it('gives high confidence where the corpus answers, none where it has nothing', async () => {
    const r = await Retriever.open({ config });
    const hit = await r.search(ANSWERABLE, 5);
    expect(hit).toMatchObject({ confidence: 'high', abstained: false });
    expect(hit.results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
    for (const q of OFF_TOPIC) expect(await r.search(q), q).toMatchObject({ confidence: 'none', abstained: true });
  });

  it('decides with the thresholds stored in the manifest', async () => {
    const original = await readFile(await manifestFile(), 'utf8');
    try {
      await setThresholds({ low: 0, high: 1.01 });
      expect((await (await Retriever.open({ config })).search(ANSWERABLE)).confidence).toBe('low');
      await setThresholds({ low: 1.01, high: 1.01 });
      expect(await (await Retriever.open({ config })).search(ANSWERABLE)).toMatchObject({ confidence: 'none', abstained: true });
    } finally {
      await writeFile(await manifestFile(), original);
    }
  });

  it('keeps the calibration for a few new papers and calibrates again when the corpus grew by more than 5%', async () => {
    const t = await indexedConfig();
    try {
      const before = (await openLiveIndex(t.config.PAPERBOT_DATA_DIR))!.manifest.confidence;
      const base = await (await Retriever.open({ config })).allPapers();
      const few = path.join(t.dir, 'few.jsonl');
      await writeFile(few, syntheticPapers(base, 3, 1).map((p) => JSON.stringify(p)).join('\n'));
      await ingest({ config: t.config, inputs: [few] });
      const kept = (await openLiveIndex(t.config.PAPERBOT_DATA_DIR))!.manifest;
      expect(kept.papers).toBe(591);
      expect(kept.confidence).toEqual(before);
      const many = path.join(t.dir, 'many.jsonl');
      await writeFile(many, syntheticPapers(base, 40, 2).map((p) => JSON.stringify(p)).join('\n'));
      await ingest({ config: t.config, inputs: [many] });
      const redone = (await openLiveIndex(t.config.PAPERBOT_DATA_DIR))!.manifest;
      expect(redone.confidence!.papers).toBe(631);
    } finally {
      await t.cleanup();
    }
  });
});

describe('calibration with another embedder', () => {
  it('gives sensible levels on an embedder whose cosines live on another scale', async () => {
    // An OpenAI-compatible embedding server whose vectors all lean one way: every cosine is high.
    const base = await (await Retriever.open({ config })).allPapers();
    const lsa = LsaModel.fit(base.map((p) => paperText(p)), { dimensions: 160 });
    const skewed = (text: string) => {
      const v = lsa.embed(text).map((x) => 0.4 * x);
      v[0]! += 1;
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const server = await startOpenAiStub({ embed: skewed });
    const t = await tempConfig({ PAPERBOT_EMBEDDER: 'openai', PAPERBOT_EMBEDDING_BASE_URL: server.baseURL, PAPERBOT_EMBEDDING_MODEL: 'stub-embed' });
    try {
      await ingest({ config: t.config });
      const r = await Retriever.open({ config: t.config });
      expect(r.confidenceModel!.papers).toBe(588);
      const hit = await r.search('How can LoRA weights be generated for a new task from its description, without fine-tuning?', 5);
      expect(hit.results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
      expect(hit.confidence).toBe('high');
      expect((await r.search('beam search decoding diversity')).confidence).toBe('high');
      for (const q of OFF_TOPIC) {
        const miss = await r.search(q);
        expect(miss.confidence, q).toBe('none');
        // A fixed cosine bar would have called this relevant.
        const best = Math.max(...(await r.profile(q)).first.centroid);
        expect(best).toBeGreaterThan(0.8);
      }
    } finally {
      await server.close();
      await t.cleanup();
    }
  });
});

describe('ask and confidence', () => {
  function llmAnswerer(r: Retriever): Answerer {
    const llm = createChatClient({ baseURL: stub.baseURL, apiKey: 'sk-test', model: 'stub-chat', temperature: 0, timeoutMs: 2000, maxTokens: 300, maxRetries: 0 });
    return new Answerer(r, { contextTokens: 3000, llm });
  }
  const chats = () => stub.requests.filter((q) => q.path.endsWith('/chat/completions'));

  async function withThresholds<T>(thresholds: { low: number; high: number }, fn: (r: Retriever) => Promise<T>): Promise<T> {
    const original = await readFile(await manifestFile(), 'utf8');
    try {
      await setThresholds(thresholds);
      return await fn(await Retriever.open({ config }));
    } finally {
      await writeFile(await manifestFile(), original);
    }
  }

  it('on a weak match, lets the LLM read the sources and answer', async () => {
    stub.queueChat('ICM-LoRA maps task descriptions to LoRA weights with a CVAE [1].');
    const a = await withThresholds({ low: 0, high: 1.01 }, (r) => llmAnswerer(r).ask(ANSWERABLE));
    expect(chats()).toHaveLength(1);
    expect(a).toMatchObject({ confidence: 'low', decidedBy: 'llm', abstained: false, mode: 'llm' });
    expect(a.citations[0]!.title).toBe('In-Context Meta LoRA Generation');
  });

  it('on a weak match, lets the LLM say the corpus does not cover it', async () => {
    stub.queueChat('NOT_IN_CORPUS');
    const a = await withThresholds({ low: 0, high: 1.01 }, (r) => llmAnswerer(r).ask(ANSWERABLE));
    expect(chats()).toHaveLength(1);
    expect(a).toMatchObject({ confidence: 'low', decidedBy: 'llm', abstained: true, answer: NOT_IN_CORPUS });
  });

  it('refuses without calling the LLM only when confidence is none', async () => {
    const a = await withThresholds({ low: 1.01, high: 1.01 }, (r) => llmAnswerer(r).ask(ANSWERABLE));
    expect(chats()).toHaveLength(0);
    expect(a).toMatchObject({ confidence: 'none', decidedBy: 'retrieval', abstained: true, answer: NOT_IN_CORPUS });
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it('answers a weak match extractively with a plain statement that the papers may not answer it', async () => {
    const a = await withThresholds({ low: 0, high: 1.01 }, (r) => new Answerer(r, { contextTokens: 3000 }).ask(ANSWERABLE));
    expect(a).toMatchObject({ confidence: 'low', decidedBy: 'retrieval', abstained: false, mode: 'extractive' });
    expect(a.answer.startsWith(CONFIDENCE_TEXT.low.explanation)).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});
