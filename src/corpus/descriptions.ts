import path from 'node:path';
import * as z from 'zod';
import { InputFileError } from '../errors.js';
import { cleanLine } from '../util/sanitize.js';
import { parseJsonLines } from './jsonl.js';
import { listInputFiles, readText } from './load.js';
import { assertText } from './pages.js';
import { type Description, DescriptionSchema, type Paper, paperId } from './paper.js';

/** Files whose name ends so hold descriptions of papers, not papers. */
export const DESCRIPTIONS_SUFFIX = '.descriptions.jsonl';

/** A description as read from a file, for the paper with that title. */
export interface RawDescription {
  title: string;
  description: Description;
}

const DescriptionRecord = DescriptionSchema.extend({ title: z.string() });

export function isDescriptionsFile(file: string): boolean {
  return path.basename(file).toLowerCase().endsWith(DESCRIPTIONS_SUFFIX);
}

/**
 * Parses a descriptions file: one `{"title", "summary", "questions": [...]}` object per line.
 * Control and invisible characters are removed; a record with an empty title or summary stops the
 * file at its line.
 */
export function parseDescriptions(content: string, file: string): RawDescription[] {
  assertText(content, file);
  const out: RawDescription[] = [];
  for (const { line, record } of parseJsonLines(content, file, DescriptionRecord, 'description')) {
    const title = cleanLine(record.title);
    const summary = cleanLine(record.summary);
    if (title === '') throw new InputFileError(file, line, 'empty title');
    if (summary === '') throw new InputFileError(file, line, 'empty summary');
    const questions = record.questions.map(cleanLine).filter((q) => q !== '');
    out.push({ title, description: { summary, questions } });
  }
  if (out.length === 0) throw new InputFileError(file, undefined, 'no descriptions found');
  return out;
}

/**
 * Gives each paper the description written for its title (the last one read wins). Returns the
 * papers whose description changed, and the titles that name no paper.
 */
export function applyDescriptions(papers: readonly Paper[], descriptions: readonly RawDescription[]): { described: Paper[]; unmatched: string[] } {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const changed = new Map<string, Paper>();
  const unmatched: string[] = [];
  for (const d of descriptions) {
    const id = paperId(d.title);
    const paper = changed.get(id) ?? byId.get(id);
    if (!paper) {
      unmatched.push(d.title);
      continue;
    }
    if (JSON.stringify(paper.description) === JSON.stringify(d.description)) continue;
    changed.set(id, { ...paper, description: d.description });
  }
  return { described: [...changed.values()], unmatched };
}

/**
 * How many of the papers have no description while a descriptions file in `dir` (e.g. the bundled
 * corpus) has one for them: `paperbot ingest` of that directory adds them.
 */
export async function describedElsewhere(papers: readonly Paper[], dir: string): Promise<number> {
  const undescribed = new Set(papers.filter((p) => !p.description).map((p) => p.id));
  if (undescribed.size === 0) return 0;
  const files = (await listInputFiles([dir]).catch(() => [])).filter(isDescriptionsFile);
  const ids = new Set<string>();
  for (const file of files) for (const d of parseDescriptions(await readText(file), file)) if (undescribed.has(paperId(d.title))) ids.add(paperId(d.title));
  return ids.size;
}
