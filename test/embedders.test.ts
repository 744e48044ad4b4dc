import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type FeatureExtractor, TransformersEmbeddings } from '../src/retrieval/embedding/embedders.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { hashEmbed, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';
import { runCli } from './helpers/cli.js';
import { REPO, smallCorpus, tempConfig } from './helpers/index.js';

/** The transformers embedder's package is installed only by who selects it (see the README). */
const transformersInstalled = existsSync(path.join(REPO, 'node_modules/@huggingface/transformers/package.json'));

let stub: OpenAiStub;
let corpusDir: string;
let jsonl: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  stub = await startOpenAiStub();
  corpusDir = await mkdtemp(path.join(tmpdir(), 'paperbot-emb-'));
  jsonl = await smallCorpus(corpusDir, 25);
});
afterAll(async () => {
  await stub.close();
  await rm(corpusDir, { recursive: true, force: true });
});
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(env: Record<string, string>) {
  const t = await tempConfig(env);
  cleanups.push(t.cleanup);
  return t;
}

const embeddingRequests = () => stub.requests.filter((r) => r.path.endsWith('/embeddings'));

describe('openai embedder', () => {
  it('embeds through an OpenAI-compatible /v1/embeddings endpoint and records itself in the index', async () => {
    const { config } = await setup({ PAPERBOT_EMBEDDER: 'openai', PAPERBOT_EMBEDDING_BASE_URL: stub.baseURL, PAPERBOT_EMBEDDING_MODEL: 'stub-embed' });
    stub.reset();
    const report = await ingest({ config, inputs: [jsonl] });
    expect(report).toMatchObject({ papers: 25, embedder: 'openai:stub-embed' });
    const reqs = embeddingRequests();
    expect(reqs.length).toBeGreaterThan(0);
    expect(reqs[0]!.body).toMatchObject({ model: 'stub-embed', encoding_format: 'float' });

    stub.reset();
    expect((await ingest({ config, inputs: [jsonl] })).unchanged).toBe(true);
    expect(embeddingRequests()).toHaveLength(0);

    const r = await Retriever.open({ config });
    const res = await r.search('In-Context Meta LoRA Generation', 3);
    expect(res.results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
    expect(embeddingRequests()).toHaveLength(1);

    const lsa = loadConfig({ PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR });
    await expect(Retriever.open({ config: lsa })).rejects.toThrow(
      /built with openai:stub-embed but the configuration selects lsa-160; run `paperbot ingest --rebuild`/,
    );
  });

  it('asks for a key or a base URL when neither is set', async () => {
    const { config } = await setup({ PAPERBOT_EMBEDDER: 'openai' });
    await expect(ingest({ config, inputs: [jsonl] })).rejects.toThrow(/needs PAPERBOT_EMBEDDING_API_KEY .* or PAPERBOT_EMBEDDING_BASE_URL/);
  });
});

describe('transformers embedder', () => {
  it('embeds in batches through the feature-extraction pipeline, mean pooled and normalised', async () => {
    const calls: { texts: string[]; options: unknown }[] = [];
    const extractor: FeatureExtractor = async (texts, options) => {
      calls.push({ texts, options });
      return { tolist: () => texts.map((t) => hashEmbed(t, 8)) };
    };
    const loaded: string[] = [];
    const emb = new TransformersEmbeddings({
      model: 'Xenova/all-MiniLM-L6-v2',
      batchSize: 4,
      loadPipeline: async (model) => {
        loaded.push(model);
        return extractor;
      },
    });
    const vectors = await emb.embedDocuments(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(vectors).toHaveLength(6);
    expect(vectors[0]).toHaveLength(8);
    expect(calls.map((c) => c.texts.length)).toEqual([4, 2]);
    expect(calls[0]!.options).toEqual({ pooling: 'mean', normalize: true });
    await emb.embedQuery('g');
    expect(loaded).toEqual(['Xenova/all-MiniLM-L6-v2']);
  });

  it('builds and queries an index with the configured model', async () => {
    const { config } = await setup({ PAPERBOT_EMBEDDER: 'transformers', PAPERBOT_TRANSFORMERS_MODEL: 'test/hash-model' });
    const factory = () => new TransformersEmbeddings({ model: 'test/hash-model', loadPipeline: async () => async (texts) => ({ tolist: () => texts.map((t) => hashEmbed(t, 32)) }) });
    const report = await ingest({ config, inputs: [jsonl], embeddings: factory });
    expect(report.embedder).toBe('transformers:test/hash-model');
    const r = await Retriever.open({ config, embeddings: factory });
    expect((await r.search('FaceXFormer unified transformer for facial analysis', 1)).results[0]!.paper.title).toBe(
      'FaceXFormer: A Unified Transformer for Facial Analysis',
    );
  });

  it.runIf(transformersInstalled)('reports a model that is not in the local model directory in one line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'paperbot-models-'));
    const emb = new TransformersEmbeddings({ model: 'nobody/missing-model', localDir: dir });
    await expect(emb.embedQuery('x')).rejects.toThrow(new RegExp(`^cannot load embedding model nobody/missing-model from ${dir}: `));
  });

  it.skipIf(transformersInstalled)('says in one line how to install @huggingface/transformers when it is selected without it', async () => {
    const { config } = await setup({});
    const r = await runCli(['ingest', jsonl], { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_EMBEDDER: 'transformers' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `error: PAPERBOT_EMBEDDER=transformers needs @huggingface/transformers, which is not installed: run \`npm install @huggingface/transformers@3\` in ${REPO}`,
    );
  });
});
