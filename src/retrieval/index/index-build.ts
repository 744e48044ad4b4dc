import { copyFile, cp, link, mkdir, readFile } from 'node:fs/promises';
import type { Embeddings } from '@langchain/core/embeddings';
import { type Paper, paperText, searchBody } from '../../corpus/paper.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/types.js';
import { type Progress, silent } from '../../util/progress.js';
import { writeFileAtomic } from '../../util/fs.js';
import type { Chunk } from './chunking.js';
import { type EmbedderSpec, checkEmbedder, describeSpec, embedderSpec } from '../embedding/embedders.js';
import { calibrate } from '../confidence/calibrate.js';
import { type ConfidenceModel, isCalibrated, isCurrentModel } from '../confidence/confidence.js';
import { EmbeddedIndex, denseFromVectra, openEmbeddings, readLexical, vectraIndexFile } from './embedded-index.js';
import {
  IndexDamagedError,
  type LiveIndex,
  type Manifest,
  checksumFiles,
  commitGeneration,
  files,
  newGeneration,
  openLiveIndex,
  readPapers,
  writeJson,
} from './index-store.js';
import { RECALIBRATE_CHANGE, type SyncOptions, type SyncReport } from './index-sync.js';
import { LexicalIndex } from '../ranking/lexical.js';
import { LsaModel } from '../embedding/lsa.js';
import { paperWords, wordCounts } from '../query/spelling.js';
import { QueryScorer } from '../ranking/query-scorer.js';
import type { VectraStore } from './vectra-store.js';

const EMBED_BATCH = 64;

/**
 * Brings the index up to date with the store of record: papers the store gained since the index was
 * built are embedded and added in a new generation; with `rebuild` (or no intact index) every paper
 * the store holds is embedded afresh. Call it while holding the ingest lock.
 */
export async function syncIndex(store: Store, options: SyncOptions): Promise<SyncReport> {
  const { config } = options;
  if (config.PAPERBOT_DATABASE_URL) {
    const { syncPostgresIndex } = await import('./pg-index-build.js');
    return syncPostgresIndex(store, options);
  }
  const progress = options.progress ?? silent;
  const now = options.now ?? new Date();
  const dataDir = config.PAPERBOT_DATA_DIR;
  const spec = embedderSpec(config);
  const embedder = describeSpec(spec);
  // Every file is checked: an update copies the vector store's files, which search does not read.
  const live = await openLiveIndex(dataDir, progress, 'every').catch((err: unknown) => {
    // A rebuild replaces a damaged index; anything else reports it.
    if (options.rebuild && err instanceof IndexDamagedError) return undefined;
    throw err;
  });
  const revision = await store.papers.revision();

  if (live && !options.rebuild) {
    checkEmbedder(live.manifest, spec, dataDir);
    // An index whose calibration is missing or fitted on other features is written again with a new one.
    if (live.manifest.storeRevision === revision && isCalibrated(live.manifest)) {
      return { papers: live.manifest.papers, chunksEmbedded: 0, unchanged: true, rebuilt: false, embedder };
    }
  }

  const all = await store.papers.all();
  if (all.length === 0) throw new UserError('no papers to index');
  // Building loads the chunker and the vector store's writer; opening an index for search does not.
  const [{ CHUNK_OVERLAP, CHUNK_SIZE }, { VectraStore }] = await Promise.all([import('./chunking.js'), import('./vectra-store.js')]);
  const gen = await newGeneration(dataDir);
  const fresh = !live || options.rebuild === true || live.manifest.storeRevision > revision;
  let chunksEmbedded: number;
  let totalChunks: number;
  let dimensions: number;
  if (fresh) {
    progress(`${live ? 'rebuilding' : 'building'} the index from the paper store (${all.length} papers)`);
    const built = await buildFresh(gen, all, spec, options, progress);
    chunksEmbedded = totalChunks = built.chunks;
    dimensions = built.dimensions;
  } else {
    const prev = live.gen;
    const indexed = new Set((await readPapers(prev, live.manifest)).map((p) => p.id));
    const added = (await store.papers.changedSince(live.manifest.storeRevision)).filter((p) => !indexed.has(p.id));
    dimensions = live.manifest.dimensions;
    chunksEmbedded = 0;
    if (added.length > 0) {
      progress(`adding ${added.length} new paper(s) to the index`);
      await cp(files.vectors(prev), files.vectors(gen), { recursive: true });
      await copyEmbedderFiles(prev, gen, spec);
      const embeddings = await openEmbeddings(spec, { gen, manifest: live.manifest }, options);
      chunksEmbedded = await embedPapers(added, embeddings, new VectraStore(embeddings, files.vectors(gen)), progress);
    } else {
      await linkTree(prev, gen, spec);
    }
    totalChunks = live.manifest.chunks + chunksEmbedded;
    const lexical = await readLexical(live);
    lexical.add(added.map((p) => ({ id: p.id, title: p.title, text: searchBody(p) })));
    await writeJson(files.lexical(gen), lexical.toJSON());
  }
  await writeJson(files.papers(gen), all);
  await writeDense(gen, all, dimensions);
  await writeJson(files.words(gen), Object.fromEntries(wordCounts(all.map(paperWords))));
  const nowIso = now.toISOString();
  const manifest: Manifest = {
    version: 2,
    embedder: spec,
    dimensions,
    createdAt: fresh ? nowIso : live.manifest.createdAt,
    updatedAt: nowIso,
    papers: all.length,
    chunks: totalChunks,
    chunkSize: CHUNK_SIZE,
    chunkOverlap: CHUNK_OVERLAP,
    storeRevision: revision,
    files: await checksumFiles(gen),
  };
  manifest.confidence = await confidenceFor({ gen, manifest }, fresh ? undefined : live.manifest, options, progress);
  await commitGeneration(dataDir, gen, manifest, live?.gen);
  progress(`indexed ${all.length} papers (${chunksEmbedded} chunks embedded)`);
  return { papers: all.length, chunksEmbedded, unchanged: false, rebuilt: fresh, embedder, generation: gen };
}

/**
 * Writes the generation's chunk vectors (from its vector store) and paper centroids as the matrices
 * search reads (`dense.bin`), papers numbered as in `papers`.
 */
async function writeDense(gen: string, papers: readonly Paper[], dimensions: number): Promise<void> {
  const vectorsFile = vectraIndexFile(gen);
  const dense = denseFromVectra(vectorsFile, await readFile(vectorsFile), papers, dimensions);
  await writeFileAtomic(files.dense(gen), dense.toBuffer());
}

/**
 * The search confidence model of a finished generation: the previous one when the embedder is the same
 * and the index grew or shrank by at most {@link RECALIBRATE_CHANGE}, else a new calibration.
 */
async function confidenceFor(index: LiveIndex, previous: Manifest | undefined, options: SyncOptions, progress: Progress): Promise<ConfidenceModel> {
  const kept = previous?.confidence;
  if (kept && isCurrentModel(kept) && Math.abs(index.manifest.papers - kept.papers) <= RECALIBRATE_CHANGE * kept.papers) return kept;
  const started = performance.now();
  const model = await calibrate(new QueryScorer(await EmbeddedIndex.open(index, options)));
  progress(`calibrated search confidence on ${model.queries} pseudo-queries (${Math.round(performance.now() - started)} ms)`);
  return model;
}

async function buildFresh(
  gen: string,
  papers: Paper[],
  spec: EmbedderSpec,
  options: SyncOptions,
  progress: Progress,
): Promise<{ chunks: number; dimensions: number }> {
  if (spec.kind === 'lsa') {
    progress(`fitting the latent semantic model on ${papers.length} papers`);
    const model = LsaModel.fit(
      papers.map((p) => paperText(p)),
      { dimensions: options.config.PAPERBOT_LSA_DIMENSIONS },
    );
    await writeJson(files.lsaMeta(gen), model.meta);
    await writeFileAtomic(files.lsaProjection(gen), new Uint8Array(model.projection.buffer));
  }
  const embeddings = await openEmbeddings(spec, { gen }, options);
  const { VectraStore } = await import('./vectra-store.js');
  const store = new VectraStore(embeddings, files.vectors(gen));
  await store.ensureCreated();
  const chunks = await embedPapers(papers, embeddings, store, progress);
  const lexical = LexicalIndex.empty();
  lexical.add(papers.map((p) => ({ id: p.id, title: p.title, text: searchBody(p) })));
  await writeJson(files.lexical(gen), lexical.toJSON());
  const probe = await embeddings.embedQuery(papers[0]!.title);
  return { chunks, dimensions: probe.length };
}

async function embedPapers(papers: Paper[], embeddings: Embeddings, store: VectraStore, progress: Progress): Promise<number> {
  const [{ Document }, { chunkPaper }] = await Promise.all([import('@langchain/core/documents'), import('./chunking.js')]);
  const chunks: Chunk[] = [];
  for (const p of papers) chunks.push(...(await chunkPaper(p)));
  const docs = chunks.map((c) => new Document({ pageContent: c.text, metadata: { paperId: c.paperId, chunk: c.index } }));
  const vectors: number[][] = [];
  let lastReport = 0;
  for (let i = 0; i < docs.length; i += EMBED_BATCH) {
    const batch = docs.slice(i, i + EMBED_BATCH);
    vectors.push(...(await embeddings.embedDocuments(batch.map((d) => d.pageContent))));
    const done = Math.min(i + EMBED_BATCH, docs.length);
    const pct = Math.floor((100 * done) / docs.length);
    if (pct - lastReport >= 20 || done === docs.length) {
      progress(`embedding chunks: ${done}/${docs.length} (${pct}%)`);
      lastReport = pct;
    }
  }
  await store.addVectors(vectors, docs);
  return docs.length;
}

async function copyEmbedderFiles(from: string, to: string, spec: EmbedderSpec): Promise<void> {
  if (spec.kind !== 'lsa') return;
  await copyFile(files.lsaMeta(from), files.lsaMeta(to));
  await copyFile(files.lsaProjection(from), files.lsaProjection(to));
}

/** Shares unchanged files with the previous generation (hard links; nothing rewrites them in place). */
async function linkTree(from: string, to: string, spec: EmbedderSpec): Promise<void> {
  await mkdir(files.vectors(to), { recursive: true });
  const pairs: [string, string][] = [[`${files.vectors(from)}/index.json`, `${files.vectors(to)}/index.json`]];
  if (spec.kind === 'lsa') {
    pairs.push([files.lsaMeta(from), files.lsaMeta(to)], [files.lsaProjection(from), files.lsaProjection(to)]);
  }
  for (const [a, b] of pairs) await link(a, b).catch(() => copyFile(a, b));
}
