import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Retriever } from '../src/retrieval/engine.js';
import { IndexDamagedError, files } from '../src/retrieval/index/index-store.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { VectraReader } from '../src/retrieval/index/vectra-reader.js';
import { VectraStore } from '../src/retrieval/index/vectra-store.js';
import { smallCorpus, tempConfig } from './helpers/index.js';

let retriever: Retriever;
let folder: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempConfig();
  cleanup = t.cleanup;
  await ingest({ config: t.config, inputs: [await smallCorpus(t.dir, 40, '001_1ed52b25255fc1ea.txt')] });
  retriever = await Retriever.open({ config: t.config });
  const gen = path.join(t.config.PAPERBOT_DATA_DIR, (await readFile(path.join(t.config.PAPERBOT_DATA_DIR, 'CURRENT'), 'utf8')).trim());
  folder = files.vectors(gen);
});
afterAll(() => cleanup());

describe('reading a vectra store for search', () => {
  it('reads every vector vectra stored, with its paper and chunk, in the order stored', async () => {
    const store = new VectraStore(retriever.embedder, folder);
    const reader = VectraReader.fromJson(path.join(folder, 'index.json'), await readFile(path.join(folder, 'index.json')));
    const stored = await store.listVectors();
    expect(stored.length).toBeGreaterThan(40);
    expect(reader.size).toBe(stored.length);
    expect(reader.rows().map((r) => ({ paperId: r.paperId, chunk: r.chunk, vector: Array.from(r.vector) }))).toEqual(stored);
  });

  it('reports a store of another shape as a damaged index file', async () => {
    const file = path.join(folder, 'index.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { items: { vector: unknown }[] };
    data.items[0]!.vector = 'not a vector';
    expect(() => VectraReader.fromJson(file, Buffer.from(JSON.stringify(data)))).toThrow(IndexDamagedError);
    expect(() => VectraReader.fromJson(file, Buffer.from('{"version":1,'))).toThrow(`${file}: is not valid JSON`);
  });
});
