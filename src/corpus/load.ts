import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputFileError, UserError } from '../errors.js';
import { parseJsonl } from './jsonl.js';
import { parsePage } from './pages.js';
import { type Paper, type RawPaper, paperId } from './paper.js';

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '']);

/** Expands files and directories into the input files they hold, sorted. */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UserError(`${input}: no such file or directory`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort();
      for (const name of names) {
        const ext = path.extname(name).toLowerCase();
        if (ext === '.jsonl' || PAGE_EXTENSIONS.has(ext)) files.push(path.join(input, name));
      }
    } else {
      files.push(input);
    }
  }
  return files;
}

/** Reads and parses one input file: `.jsonl` as JSON Lines, anything else as a listing page. */
export async function readInputFile(file: string, reference = new Date()): Promise<RawPaper[]> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    throw new InputFileError(file, undefined, 'cannot be read');
  }
  const content = buf.toString('utf8');
  const source = path.basename(file);
  const papers =
    path.extname(file).toLowerCase() === '.jsonl'
      ? parseJsonl(content, file)
      : parsePage(content, file, reference).papers;
  return papers.map((p) => ({ ...p, source }));
}

/**
 * Folds raw papers into one record per paper (identity: the normalised title), on top of the papers
 * already known. Existing records keep their `addedAt`; new sources and missing fields are merged in.
 */
export function mergePapers(existing: readonly Paper[], raw: readonly RawPaper[], now: Date): Paper[] {
  const byId = new Map<string, Paper>();
  for (const p of existing) byId.set(p.id, p);
  const addedAt = now.toISOString();
  for (const r of raw) {
    const id = paperId(r.title);
    const known = byId.get(id);
    if (!known) {
      byId.set(id, {
        id,
        title: r.title,
        abstract: r.abstract,
        addedAt,
        sources: [r.source],
        ...(r.url ? { url: r.url } : {}),
        ...(r.published ? { published: r.published } : {}),
        ...(r.upvotes !== undefined ? { upvotes: r.upvotes } : {}),
        ...(r.authors ? { authors: r.authors } : {}),
      });
      continue;
    }
    const merged: Paper = { ...known };
    if (!merged.sources.includes(r.source)) merged.sources = [...merged.sources, r.source];
    if (!merged.url && r.url) merged.url = r.url;
    if (r.published && (!merged.published || r.published < merged.published)) merged.published = r.published;
    if (r.upvotes !== undefined && (merged.upvotes ?? -1) < r.upvotes) merged.upvotes = r.upvotes;
    if (!merged.authors && r.authors) merged.authors = r.authors;
    byId.set(id, merged);
  }
  return [...byId.values()];
}
