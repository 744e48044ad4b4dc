import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputFileError, UserError } from '../errors.js';
import { parseJsonl } from './jsonl.js';
import { fromLatex } from './latex.js';
import { parsePage } from './pages.js';
import { type Paper, type RawPaper, paperId } from './paper.js';

/** The extensions read from a directory: listing pages, then JSON Lines. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.jsonl'] as const;
const NOT_AN_INPUT = 'not .txt, .md or .jsonl';

/** Receives each file a directory holds that is not read, with the reason. */
export type SkipListener = (file: string, reason: string) => void;

/**
 * Expands files and directories into the input files they hold. A directory is walked with its
 * subdirectories, in name order; in it, files with one of {@link INPUT_EXTENSIONS} are read and every
 * other file is passed to `onSkip`. Hidden files and directories (a leading dot) are ignored. A file
 * named directly is read whatever its extension.
 */
export async function listInputFiles(inputs: string[], onSkip: SkipListener = () => {}): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UserError(`${input}: no such file or directory`);
    }
    if (info.isDirectory()) await walk(input, files, onSkip, new Set());
    else files.push(input);
  }
  return files;
}

async function walk(dir: string, files: string[], onSkip: SkipListener, visited: Set<string>): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    throw new UserError(`${dir}: directory cannot be read`);
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) await walk(file, files, onSkip, visited);
    else if (!info?.isFile()) onSkip(file, info ? 'not a regular file' : 'cannot be read');
    else if ((INPUT_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase())) files.push(file);
    else onSkip(file, NOT_AN_INPUT);
  }
}

/** An input file's text (UTF-8). */
export async function readText(file: string): Promise<string> {
  try {
    return (await readFile(file)).toString('utf8');
  } catch {
    throw new InputFileError(file, undefined, 'cannot be read');
  }
}

/** Reads and parses one input file: `.jsonl` as JSON Lines, anything else as a listing page. */
export async function readInputFile(file: string, reference = new Date()): Promise<RawPaper[]> {
  const content = await readText(file);
  const source = path.basename(file);
  const papers =
    path.extname(file).toLowerCase() === '.jsonl'
      ? parseJsonl(content, file)
      : parsePage(content, file, reference).papers;
  // Titles stay as given: a paper's identity is its title.
  return papers.map((p) => ({ ...p, abstract: fromLatex(p.abstract), source }));
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
