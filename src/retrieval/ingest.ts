import { copyFile, cp, link, mkdir } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { listInputFiles, mergePapers, readInputFile } from '../corpus/load.js';
import type { Paper, RawPaper } from '../corpus/paper.js';
import { UserError } from '../errors.js';
import { type Progress, silent } from '../util/progress.js';
import { calibrate } from './calibrate.js';
import { type Chunk, CHUNK_OVERLAP, CHUNK_SIZE, chunkPaper } from './chunking.js';
import { type ConfidenceModel, modelMatchesFeatures } from './confidence.js';
import { type EmbedderSpec, describeSpec, embedderSpec } from './embedders.js';
import {
  type Manifest,
  commitGeneration,
  currentGeneration,
  files,
  newGeneration,
  readManifest,
  readPapers,
  removeStaleGenerations,
  withIngestLock,
  writeJson,
} from './index-store.js';
import { Retriever } from './engine.js';
import { LexicalIndex } from './lexical.js';
import { LsaEmbeddings, LsaModel, LsaMetaSchema } from './lsa.js';
import { type EmbeddingsFactory, defaultEmbeddingsFactory } from './open-embeddings.js';
import { VectraStore } from './vectra-store.js';
import { writeFileAtomic } from '../util/fs.js';

export interface IngestOptions {
  config: Config;
  /** Files or directories to read; defaults to the bundled corpus. */
  inputs?: string[];
  /** Already parsed papers to add (from a feed), on top of `inputs`. */
  papers?: RawPaper[];
  /** Rebuild from scratch: refit the embedder and re-embed every paper. */
  rebuild?: boolean;
  now?: Date;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
}

export interface IngestReport {
  papers: number;
  added: number;
  updated: number;
  chunksEmbedded: number;
  unchanged: boolean;
  rebuilt: boolean;
  embedder: string;
  generation?: string;
  ms: number;
}

const EMBED_BATCH = 64;

/**
 * Reads the inputs and brings the index up to date. New papers are chunked and embedded; papers
 * already in the index are not embedded again. Inputs are fully parsed before anything is written:
 * a bad file leaves the index exactly as it was.
 */
export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { config } = options;
  const progress = options.progress ?? silent;
  const now = options.now ?? new Date();
  const dataDir = config.PAPERBOT_DATA_DIR;
  const spec = embedderSpec(config);

  const inputFiles = await listInputFiles(options.inputs ?? (options.papers ? [] : [config.PAPERBOT_CORPUS_DIR]));
  const raw: RawPaper[] = [...(options.papers ?? [])];
  for (const file of inputFiles) raw.push(...(await readInputFile(file, now)));
  if (raw.length === 0 && inputFiles.length === 0 && !options.papers) throw new UserError('no input files');
  progress(`read ${raw.length} paper entries from ${inputFiles.length} file(s)`);

  return withIngestLock(dataDir, async () => {
    const current = await currentGeneration(dataDir);
    await removeStaleGenerations(dataDir, current);
    let manifest: Manifest | undefined;
    let existing: Paper[] = [];
    if (current && !options.rebuild) {
      manifest = await readManifest(current);
      if (manifest.embedder.kind !== spec.kind || manifest.embedder.model !== spec.model) {
        throw new UserError(
          `the index in ${dataDir} was built with ${describeSpec(manifest.embedder)} but the configuration selects ${describeSpec(spec)}; run \`paperbot ingest --rebuild\` to rebuild it`,
        );
      }
      existing = await readPapers(current);
    }
    const merged = mergePapers(existing, raw, now);
    const known = new Set(existing.map((p) => p.id));
    const added = merged.filter((p) => !known.has(p.id));
    const before = new Map(existing.map((p) => [p.id, JSON.stringify(p)]));
    const updated = merged.filter((p) => known.has(p.id) && before.get(p.id) !== JSON.stringify(p)).length;
    const base = { papers: merged.length, added: added.length, updated, embedder: describeSpec(spec) };

    if (manifest && current && added.length === 0 && updated === 0) {
      progress(`index is up to date (${merged.length} papers)`);
      return { ...base, chunksEmbedded: 0, unchanged: true, rebuilt: false, ms: performance.now() - started };
    }
    if (merged.length === 0) throw new UserError('no papers to index');

    const gen = await newGeneration(dataDir);
    const rebuilt = !manifest || !current;
    let chunksEmbedded = 0;
    let totalChunks = manifest?.chunks ?? 0;
    let dimensions: number;
    if (rebuilt) {
      const built = await buildFresh(gen, merged, spec, options, progress);
      chunksEmbedded = built.chunks;
      totalChunks = built.chunks;
      dimensions = built.dimensions;
    } else {
      dimensions = manifest!.dimensions;
      if (added.length > 0) {
        await cp(files.vectors(current!), files.vectors(gen), { recursive: true });
        await copyEmbedderFiles(current!, gen, spec);
        const embeddings = await openEmbeddings(spec, gen, options);
        const store = new VectraStore(embeddings, files.vectors(gen));
        chunksEmbedded = await embedPapers(added, embeddings, store, progress);
        totalChunks += chunksEmbedded;
      } else {
        await linkTree(current!, gen, spec);
      }
      const lexical = LexicalIndex.fromJSON(JSON.parse(await readFile(files.lexical(current!), 'utf8')));
      lexical.add(added.map((p) => ({ id: p.id, title: p.title, text: p.abstract })));
      await writeJson(files.lexical(gen), lexical.toJSON());
    }
    await writeJson(files.papers(gen), merged);
    const nowIso = now.toISOString();
    const newManifest: Manifest = {
      version: 1,
      embedder: spec,
      dimensions,
      createdAt: manifest?.createdAt ?? nowIso,
      updatedAt: nowIso,
      papers: merged.length,
      chunks: totalChunks,
      chunkSize: CHUNK_SIZE,
      chunkOverlap: CHUNK_OVERLAP,
    };
    newManifest.confidence = await confidenceFor(gen, newManifest, rebuilt ? undefined : manifest, options, progress);
    await writeJson(files.manifest(gen), newManifest);
    await commitGeneration(dataDir, gen);
    progress(`indexed ${merged.length} papers (${added.length} new, ${chunksEmbedded} chunks embedded)`);
    return { ...base, chunksEmbedded, unchanged: false, rebuilt, generation: gen, ms: performance.now() - started };
  });
}

async function buildFresh(
  gen: string,
  papers: Paper[],
  spec: EmbedderSpec,
  options: IngestOptions,
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
  const embeddings = await openEmbeddings(spec, gen, options);
  const store = new VectraStore(embeddings, files.vectors(gen));
  await store.ensureCreated();
  const chunks = await embedPapers(papers, embeddings, store, progress);
  const lexical = LexicalIndex.empty();
  lexical.add(papers.map((p) => ({ id: p.id, title: p.title, text: p.abstract })));
  await writeJson(files.lexical(gen), lexical.toJSON());
  const probe = await embeddings.embedQuery(papers[0]!.title);
  return { chunks, dimensions: probe.length };
}

/** Recalibrate when the paper count moved by more than this share since the last calibration. */
const RECALIBRATE_CHANGE = 0.05;

/**
 * The search confidence model of a finished generation: the previous one when the embedder is the same
 * and the index grew or shrank by at most {@link RECALIBRATE_CHANGE}, else a new calibration.
 */
async function confidenceFor(gen: string, manifest: Manifest, previous: Manifest | undefined, options: IngestOptions, progress: Progress): Promise<ConfidenceModel> {
  const kept = previous?.confidence;
  if (kept && modelMatchesFeatures(kept) && Math.abs(manifest.papers - kept.papers) <= RECALIBRATE_CHANGE * kept.papers) return kept;
  const started = performance.now();
  const model = await calibrate(await Retriever.openGeneration(gen, manifest, options));
  progress(`calibrated search confidence on ${model.queries} pseudo-queries (${Math.round(performance.now() - started)} ms)`);
  return model;
}

/** The text the latent semantic model is fitted on: the title counts twice. */
export function paperText(p: Pick<Paper, 'title' | 'abstract'>): string {
  return `${p.title}. ${p.title}. ${p.abstract}`;
}

async function embedPapers(papers: Paper[], embeddings: Embeddings, store: VectraStore, progress: Progress): Promise<number> {
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

/** The embedder of a generation: the fitted LSA model stored in it, or the configured pretrained one. */
export async function openEmbeddings(
  spec: EmbedderSpec,
  gen: string,
  options: { config: Config; embeddings?: EmbeddingsFactory },
): Promise<Embeddings> {
  if (spec.kind === 'lsa') {
    const meta = LsaMetaSchema.parse(JSON.parse(await readFile(files.lsaMeta(gen), 'utf8')));
    const buf = await readFile(files.lsaProjection(gen));
    const projection = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    return new LsaEmbeddings(new LsaModel(meta, Float32Array.from(projection)));
  }
  return (options.embeddings ?? defaultEmbeddingsFactory)(spec, options.config);
}
