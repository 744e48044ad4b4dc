import { InputFileError, QUOTE_CHARS } from '../errors.js';
import { cleanLine } from '../util/sanitize.js';
import { truncate } from '../util/truncate.js';
import type { RawPaper } from './paper.js';

const HEADER_LINES = new Set([
  'new',
  'get trending papers in your email inbox!',
  'get trending papers in your email inbox once a day!',
  'subscribe',
  'byak and the research community',
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_LINE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:,? (\d{4}))?$/i;

/** A title longer than this is a paragraph: the title/abstract pairing is off. */
const MAX_TITLE_LENGTH = 300;

export interface ParsedPage {
  papers: RawPaper[];
  /** The page's date (YYYY-MM-DD) when it has a date line. */
  date?: string;
}

/**
 * Resolves a month-day date line to a full date. A line without a year is placed in the most recent
 * year in which that day is not after `reference`.
 */
export function resolvePageDate(line: string, reference: Date): string | undefined {
  const m = DATE_LINE.exec(line.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3));
  const day = Number(m[2]);
  if (day < 1 || day > 31) return undefined;
  let year = m[3] ? Number(m[3]) : reference.getUTCFullYear();
  if (!m[3]) {
    const candidate = Date.UTC(year, month, day);
    if (candidate > reference.getTime()) year -= 1;
  }
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month) return undefined;
  return d.toISOString().slice(0, 10);
}

export function assertText(content: string, file: string): void {
  if (content.trim() === '') throw new InputFileError(file, undefined, 'file is empty');
  if (content.includes('\u0000') || (content.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw new InputFileError(file, undefined, 'file is binary, not text');
  }
}

/**
 * Parses a paper-listing page: a title line followed by its abstract line, in either layout
 * (blank-line separated with a header and a date line, or dense with the first title glued to
 * the header's "Subscribe"). Control and invisible characters are removed from every line.
 */
export function parsePage(content: string, file: string, reference = new Date()): ParsedPage {
  assertText(content, file);
  const lines = content.split(/\r?\n/);
  const body: { text: string; line: number }[] = [];
  let date: string | undefined;
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    let text = cleanLine(lines[i]!);
    if (text === '') continue;
    if (inHeader) {
      const lower = text.toLowerCase();
      if (HEADER_LINES.has(lower)) continue;
      if (date === undefined) {
        const d = resolvePageDate(text, reference);
        if (d) {
          date = d;
          continue;
        }
      }
      if (lower.startsWith('subscribe') && text.length > 'subscribe'.length) {
        text = text.slice('subscribe'.length).trim();
      }
      inHeader = false;
    }
    body.push({ text, line: i + 1 });
  }
  if (body.length === 0) throw new InputFileError(file, undefined, 'no papers found');

  const papers: RawPaper[] = [];
  for (let i = 0; i < body.length; i += 2) {
    const title = body[i]!;
    const abstract = body[i + 1];
    if (title.text.replace(/[^\p{L}\p{N}]/gu, '') === '') {
      throw new InputFileError(file, title.line, 'empty title');
    }
    if (title.text.length > MAX_TITLE_LENGTH) {
      throw new InputFileError(
        file,
        title.line,
        `expected a title but found a ${title.text.length}-character paragraph (title/abstract pairing is off)`,
      );
    }
    if (!abstract) {
      throw new InputFileError(file, title.line, `title "${truncate(title.text, QUOTE_CHARS)}" has no abstract after it (odd title/abstract pairing)`);
    }
    if (abstract.text.length < title.text.length && abstract.text.length < 120) {
      throw new InputFileError(
        file,
        abstract.line,
        `expected the abstract of "${truncate(title.text, QUOTE_CHARS)}" but found a short line (title/abstract pairing is off)`,
      );
    }
    papers.push({ title: title.text, abstract: abstract.text, source: file, ...(date ? { published: date } : {}) });
  }
  return { papers, ...(date ? { date } : {}) };
}
