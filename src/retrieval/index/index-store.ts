import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import * as z from 'zod';
import { type Paper, PaperSchema } from '../../corpus/paper.js';
import { UserError } from '../../errors.js';
import { isAlive } from '../../util/process.js';
import { type Progress, silent } from '../../util/progress.js';
import { writeFileAtomic, writeJsonAtomic } from '../../util/fs.js';
import { ConfidenceModelSchema } from '../confidence/confidence.js';
import { EmbedderSpecSchema } from '../embedding/embedders.js';

/**
 * On-disk layout of the search index, which is derived from the store of record and can be rebuilt
 * from it at any time: `<dataDir>/CURRENT` names the live generation directory, which holds
 * `manifest.json`, `papers.json` (the papers the index holds), `lexical.json`, the embedder's own
 * files, `vectors/` (the vector store), `dense.bin` (its vectors as matrices) and `words.json`. An ingest writes a complete new generation, verifies it,
 * then swaps `CURRENT`; the previous generation is kept as a fallback. The manifest records the size
 * and CRC-32 of every file, so a damaged file is reported instead of silently changing results.
 */
export const ManifestSchema = z.object({
  version: z.literal(2),
  embedder: EmbedderSpecSchema,
  dimensions: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  papers: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  chunkSize: z.number().int().positive(),
  chunkOverlap: z.number().int().nonnegative(),
  /** The store's paper revision this index reflects (see PaperStore.revision). */
  storeRevision: z.number().int().nonnegative(),
  /** Size and CRC-32 of every file of the generation but the manifest, by path relative to it. */
  files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), crc32: z.number().int().nonnegative() })),
  /** Search confidence calibrated on this index (see calibrate.ts). */
  confidence: ConfidenceModelSchema.optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

const POINTER = 'CURRENT';
const GENERATION_NAME = /^gen-[\w-]+$/;

export const files = {
  manifest: (gen: string) => path.join(gen, 'manifest.json'),
  papers: (gen: string) => path.join(gen, 'papers.json'),
  lexical: (gen: string) => path.join(gen, 'lexical.json'),
  lsaMeta: (gen: string) => path.join(gen, 'lsa.json'),
  lsaProjection: (gen: string) => path.join(gen, 'lsa.bin'),
  vectors: (gen: string) => path.join(gen, 'vectors'),
  /** The vector store's chunk vectors and the paper centroids, ready to search (see DenseIndex.toBuffer). */
  dense: (gen: string) => path.join(gen, 'dense.bin'),
  /** How often each word occurs in the papers' titles and abstracts, for fixing typos in queries. */
  words: (gen: string) => path.join(gen, 'words.json'),
};

/** A damaged index file: names the file and how to rebuild the index from the store. */
export class IndexDamagedError extends UserError {
  override name = 'IndexDamagedError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}; the index is damaged: run \`paperbot ingest --rebuild\` to rebuild it from the paper store (your papers are kept)`);
  }
}

export interface LiveIndex {
  gen: string;
  manifest: Manifest;
}

/**
 * The live index, checked: the pointer, the manifest, and the size and checksum of every file search
 * reads (`every`: of every file, as an ingest that copies them needs; the vector store's own files are
 * read by search only in a generation without `dense.bin`, and checked when they are read). A damaged
 * pointer or manifest falls back to the newest intact generation (said on `progress`, and the pointer
 * is repaired); a file that does not match its checksum throws {@link IndexDamagedError}. Undefined
 * when no intact index exists.
 */
export async function openLiveIndex(dataDir: string, progress: Progress = silent, checked: 'searched' | 'every' = 'searched'): Promise<LiveIndex | undefined> {
  const pointer = path.join(dataDir, POINTER);
  const named = await readPointer(pointer);
  if (named.gen) {
    const manifest = await readManifestIfValid(named.gen);
    if (manifest) {
      await verifyFiles(named.gen, manifest, true, checked);
      return { gen: named.gen, manifest };
    }
  }
  const gens = await listGenerations(dataDir);
  if (gens.length === 0 && named.problem === 'missing') return undefined;
  // Another process's ingest may be committing the newest generation, its pointer not written yet:
  // no index until it is done, rather than a warning and a pointer written beside its own.
  if (await ingestElsewhere(dataDir)) return undefined;
  for (const gen of gens) {
    const manifest = await readManifestIfValid(gen);
    if (!manifest) continue;
    try {
      await verifyFiles(gen, manifest, true, checked);
    } catch {
      continue;
    }
    const why = named.gen ? `${files.manifest(named.gen)} is missing or damaged` : `${pointer} is ${named.problem}`;
    progress(`warning: ${why}; using ${path.basename(gen)}, the newest intact index (${manifest.papers} papers)`);
    await writeFileAtomic(pointer, `${path.basename(gen)}\n`);
    return { gen, manifest };
  }
  if (named.problem !== 'missing') {
    progress(`warning: no intact index in ${dataDir} (${named.gen ? `${files.manifest(named.gen)} is missing or damaged` : `${pointer} is ${named.problem}`})`);
  }
  return undefined;
}

async function readPointer(pointer: string): Promise<{ gen?: string; problem: 'missing' | 'empty' | 'not a generation name' | 'naming a missing generation' | 'ok' }> {
  let name: string;
  try {
    name = (await readFile(pointer, 'utf8')).trim();
  } catch {
    return { problem: 'missing' };
  }
  if (name === '') return { problem: 'empty' };
  if (!GENERATION_NAME.test(name)) return { problem: 'not a generation name' };
  const gen = path.join(path.dirname(pointer), name);
  try {
    await stat(gen);
  } catch {
    return { problem: 'naming a missing generation' };
  }
  return { gen, problem: 'ok' };
}

async function readManifestIfValid(gen: string): Promise<Manifest | undefined> {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(files.manifest(gen), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Generation directories, newest first (their names start with an ISO timestamp). */
export async function listGenerations(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => GENERATION_NAME.test(n))
    .sort()
    .reverse()
    .map((n) => path.join(dataDir, n));
}

/**
 * Contents of the files checked when a live index was opened, by its manifest, each kept until its
 * first reader takes it: opening the index and then loading it reads and checksums each file once.
 */
const checkedAtOpen = new WeakMap<Manifest, Map<string, Buffer>>();

/** Reads a file of a generation, checking it against the manifest. */
export async function readVerified(gen: string, manifest: Manifest, file: string): Promise<Buffer> {
  const rel = path.relative(gen, file);
  const expected = manifest.files[rel];
  if (!expected) throw new IndexDamagedError(file, 'not listed in the manifest');
  const kept = checkedAtOpen.get(manifest);
  const checked = kept?.get(rel);
  if (checked) {
    kept!.delete(rel);
    return checked;
  }
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    throw new IndexDamagedError(file, 'missing');
  }
  if (buf.byteLength !== expected.bytes) throw new IndexDamagedError(file, `${buf.byteLength} bytes, the manifest says ${expected.bytes}`);
  if (crc32(buf) !== expected.crc32) throw new IndexDamagedError(file, 'does not match its checksum');
  return buf;
}

/**
 * Checks the files the manifest lists (`searched`: those search reads, see {@link openLiveIndex});
 * with `keep`, their contents stay for the first {@link readVerified} of each.
 */
export async function verifyFiles(gen: string, manifest: Manifest, keep = false, checked: 'searched' | 'every' = 'every'): Promise<void> {
  const contents = new Map<string, Buffer>();
  const listed = Object.keys(manifest.files);
  // Search reads the vector store's files only in a generation without dense.bin.
  const withVectors = checked === 'every' || !listed.includes(path.relative(gen, files.dense(gen)));
  const vectors = `${path.relative(gen, files.vectors(gen))}${path.sep}`;
  for (const rel of listed.filter((f) => withVectors || !f.startsWith(vectors))) contents.set(rel, await readVerified(gen, manifest, path.join(gen, rel)));
  if (keep) checkedAtOpen.set(manifest, contents);
}

/** Lets go of the contents checked at open that no reader took (files a search does not read). */
export function releaseChecked(manifest: Manifest): void {
  checkedAtOpen.delete(manifest);
}

/** Parses JSON read from an index file; a parse or shape failure is reported as damage to that file. */
export function parseIndexJson<T>(file: string, buf: Buffer, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(buf.toString('utf8'));
  } catch {
    throw new IndexDamagedError(file, 'is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new IndexDamagedError(file, 'has an unexpected shape');
  return parsed.data;
}

export async function readPapers(gen: string, manifest: Manifest): Promise<Paper[]> {
  const file = files.papers(gen);
  return parseIndexJson(file, await readVerified(gen, manifest, file), z.array(PaperSchema));
}

/** Size and CRC-32 of every file under `gen` except the manifest. */
export async function checksumFiles(gen: string): Promise<Manifest['files']> {
  const out: Manifest['files'] = {};
  async function walk(dir: string): Promise<void> {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (p !== files.manifest(gen)) {
        const buf = await readFile(p);
        out[path.relative(gen, p)] = { bytes: buf.byteLength, crc32: crc32(buf) };
      }
    }
  }
  await walk(gen);
  return out;
}

/** Creates an empty directory for a new generation. */
export async function newGeneration(dataDir: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(dataDir, `gen-${stamp}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Writes the manifest of a finished generation (its `files` from {@link checksumFiles}), checks every
 * file against it, makes it the live one, and then removes every generation but it and the one it
 * replaces (kept as a fallback).
 */
export async function commitGeneration(dataDir: string, gen: string, manifest: Manifest, previous: string | undefined): Promise<void> {
  await writeJsonAtomic(files.manifest(gen), manifest);
  const reread = await readManifestIfValid(gen);
  if (!reread) throw new Error(`${files.manifest(gen)} could not be read back`);
  await verifyFiles(gen, reread);
  await writeFileAtomic(path.join(dataDir, POINTER), `${path.basename(gen)}\n`);
  await removeGenerations(dataDir, [gen, previous]);
}

/** Removes generation directories (and temporary files left by killed writers) except those named. */
export async function removeGenerations(dataDir: string, keep: readonly (string | undefined)[]): Promise<void> {
  const keepNames = new Set(keep.filter((k): k is string => k !== undefined).map((k) => path.basename(k)));
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    const stale = (GENERATION_NAME.test(name) && !keepNames.has(name)) || isStaleTemp(name);
    if (stale) await rm(path.join(dataDir, name), { recursive: true, force: true });
  }
}

/** A temporary file of an atomic write (`<name>.<pid>.<random>.tmp`) whose writer is no longer running. */
function isStaleTemp(name: string): boolean {
  const m = /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  return m !== null && !isAlive(Number(m[1]));
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeJsonAtomic(file, value);
}

export interface IngestLockOptions {
  /** Wait for another process's ingest to finish instead of failing (default true). */
  wait?: boolean;
  progress?: Progress;
  pollMs?: number;
}

/**
 * Holds `<dataDir>/ingest.lock` while `fn` runs, so two ingests never write the same index. By
 * default a held lock is waited for (said once on `progress`); a lock left by a process that no
 * longer runs is taken over. With `wait: false`, resolves to `undefined` when another process holds it.
 */
export async function withIngestLock<T>(dataDir: string, fn: () => Promise<T>, options: IngestLockOptions = {}): Promise<T | undefined> {
  const key = path.resolve(dataDir);
  const mine = locksHeldHere.get(key);
  if (mine && options.wait === false) return undefined;
  const turn = (mine ?? Promise.resolve()).then(() => withFileLock(dataDir, fn, options));
  const done = turn.then(
    () => undefined,
    () => undefined,
  );
  locksHeldHere.set(key, done);
  void done.then(() => {
    if (locksHeldHere.get(key) === done) locksHeldHere.delete(key);
  });
  return turn;
}

/**
 * Creates the lock file already holding this process's id (written aside, then linked into place), so
 * no other process ever sees it empty. False when the lock exists.
 */
async function createLock(lock: string): Promise<boolean> {
  const aside = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(aside, String(process.pid));
  try {
    await link(aside, lock);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    await rm(aside, { force: true });
  }
}

/** The process id in a lock file; 0 when it is empty, undefined when it is gone. */
async function lockHolder(lock: string): Promise<number | undefined> {
  const text = await readFile(lock, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.trim()) || 0;
}

/** Whether a live process other than this one holds the ingest lock of `dataDir`. */
async function ingestElsewhere(dataDir: string): Promise<boolean> {
  const holder = await lockHolder(path.join(dataDir, 'ingest.lock'));
  return holder !== undefined && holder !== 0 && holder !== process.pid && isAlive(holder);
}

/** Ingests of this process by data directory: they take turns before taking the file lock. */
const locksHeldHere = new Map<string, Promise<void>>();

async function withFileLock<T>(dataDir: string, fn: () => Promise<T>, options: IngestLockOptions): Promise<T | undefined> {
  await mkdir(dataDir, { recursive: true });
  const lock = path.join(dataDir, 'ingest.lock');
  const wait = options.wait ?? true;
  let told = false;
  for (;;) {
    if (await createLock(lock)) break;
    const holder = await lockHolder(lock);
    // Released since: take it (removing it now could remove the lock another process just took).
    if (holder === undefined) continue;
    if (holder && holder !== process.pid && isAlive(holder)) {
      if (!wait) return undefined;
      if (!told) (options.progress ?? silent)(`waiting for another ingest (pid ${holder}) to finish updating ${dataDir}`);
      told = true;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 150));
      continue;
    }
    if (!holder) {
      // Left empty by a writer killed at once (or by an older paperbot that wrote the pid after creating it).
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < 2000) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
    }
    // The holder is gone; remove its lock only if no other process has taken the lock since.
    if ((await lockHolder(lock)) === holder) await rm(lock, { force: true });
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}
