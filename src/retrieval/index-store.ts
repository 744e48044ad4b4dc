import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type Paper, PaperSchema } from '../corpus/paper.js';
import { UserError } from '../errors.js';
import { readJson, writeFileAtomic, writeJsonAtomic } from '../util/fs.js';
import { ConfidenceModelSchema } from './confidence.js';
import { EmbedderSpecSchema } from './embedders.js';

/**
 * On-disk layout of an index: `<dataDir>/CURRENT` names the live generation directory, which holds
 * `manifest.json`, `papers.json`, `lexical.json`, the embedder's own files and `vectors/` (the vector
 * store). An ingest writes a complete new generation and then swaps `CURRENT`, so a reader (or a
 * killed ingest) always sees a whole index.
 */
export const ManifestSchema = z.object({
  version: z.literal(1),
  embedder: EmbedderSpecSchema,
  dimensions: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  papers: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  chunkSize: z.number().int().positive(),
  chunkOverlap: z.number().int().nonnegative(),
  /** Search confidence calibrated on this index (see calibrate.ts). */
  confidence: ConfidenceModelSchema.optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

const POINTER = 'CURRENT';

export const files = {
  manifest: (gen: string) => path.join(gen, 'manifest.json'),
  papers: (gen: string) => path.join(gen, 'papers.json'),
  lexical: (gen: string) => path.join(gen, 'lexical.json'),
  lsaMeta: (gen: string) => path.join(gen, 'lsa.json'),
  lsaProjection: (gen: string) => path.join(gen, 'lsa.bin'),
  vectors: (gen: string) => path.join(gen, 'vectors'),
};

/** The live generation directory, or undefined when no complete index exists. */
export async function currentGeneration(dataDir: string): Promise<string | undefined> {
  let name: string;
  try {
    name = (await readFile(path.join(dataDir, POINTER), 'utf8')).trim();
  } catch {
    return undefined;
  }
  if (!/^gen-[\w-]+$/.test(name)) return undefined;
  const dir = path.join(dataDir, name);
  try {
    await stat(files.manifest(dir));
    return dir;
  } catch {
    return undefined;
  }
}

export async function readManifest(gen: string): Promise<Manifest> {
  const parsed = ManifestSchema.safeParse(await readJson(files.manifest(gen)));
  if (!parsed.success) throw new UserError(`${files.manifest(gen)}: index manifest is corrupt; run \`paperbot ingest --rebuild\``);
  return parsed.data;
}

export async function readPapers(gen: string): Promise<Paper[]> {
  const parsed = z.array(PaperSchema).safeParse(await readJson(files.papers(gen)));
  if (!parsed.success) throw new UserError(`${files.papers(gen)}: paper records are corrupt; run \`paperbot ingest --rebuild\``);
  return parsed.data;
}

/** Creates an empty directory for a new generation. */
export async function newGeneration(dataDir: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(dataDir, `gen-${stamp}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Makes `gen` the live generation and removes every other one (older or left by an interrupted ingest). */
export async function commitGeneration(dataDir: string, gen: string): Promise<void> {
  await writeFileAtomic(path.join(dataDir, POINTER), `${path.basename(gen)}\n`);
  await removeStaleGenerations(dataDir, gen);
}

export async function removeStaleGenerations(dataDir: string, keep: string | undefined): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return;
  }
  const keepName = keep ? path.basename(keep) : undefined;
  for (const name of names) {
    if (name.startsWith('gen-') && name !== keepName) await rm(path.join(dataDir, name), { recursive: true, force: true });
  }
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeJsonAtomic(file, value);
}

/**
 * Holds `<dataDir>/ingest.lock` while `fn` runs, so two ingests never write the same index.
 * A lock left by a process that no longer runs is taken over.
 */
export async function withIngestLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(dataDir, { recursive: true });
  const lock = path.join(dataDir, 'ingest.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await open(lock, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new UserError(`another ingest (pid ${pid}) is updating ${dataDir}; wait for it to finish`);
      }
      await rm(lock, { force: true });
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
