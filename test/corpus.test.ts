import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDescriptionsFile } from '../src/corpus/descriptions.js';
import { fromLatex } from '../src/corpus/latex.js';
import { listInputFiles, mergePapers, readInputFile } from '../src/corpus/load.js';
import { parsePage, resolvePageDate } from '../src/corpus/pages.js';
import { parseJsonl } from '../src/corpus/jsonl.js';
import { normalizeTitle } from '../src/corpus/paper.js';
import { InputFileError } from '../src/errors.js';
import { CORPUS } from './helpers/index.js';
import { tmpdir } from 'node:os';

const now = new Date('2026-11-23T00:00:00Z');

async function bundled() {
  const files = (await listInputFiles([CORPUS])).filter((f) => !isDescriptionsFile(f));
  const raw = (await Promise.all(files.map((f) => readInputFile(f, now)))).flat();
  return { files, raw, papers: mergePapers([], raw, now) };
}

function errorOf(fn: () => unknown): InputFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputFileError) return err;
    throw err;
  }
  throw new Error('expected an InputFileError');
}

describe('corpus pages', () => {
  it('parses both page layouts of the bundled corpus into 588 distinct papers', async () => {
    const { files, raw, papers } = await bundled();
    expect(files).toHaveLength(5);
    expect(raw.length).toBeGreaterThan(papers.length);
    expect(papers).toHaveLength(588);
    for (const p of papers) {
      expect(p.title.length).toBeGreaterThan(3);
      expect(p.title.startsWith('Subscribe')).toBe(false);
      expect(p.abstract.length).toBeGreaterThan(p.title.length);
    }
  });

  it('reads the first title glued to the header of a dense page', async () => {
    const text = await readFile(path.join(CORPUS, '002_2d9f32c396ac67cd.txt'), 'utf8');
    const page = parsePage(text, '002.txt', now);
    expect(page.papers[0]!.title).toBe('Conditional Poisson Stochastic Beam Search');
    expect(page.date).toBeUndefined();
  });

  it('keeps the date line of a spaced page, in the latest year not after today', async () => {
    const text = await readFile(path.join(CORPUS, '000_babba2480a64a1b1.txt'), 'utf8');
    const page = parsePage(text, '000.txt', now);
    expect(page.date).toBe('2026-03-14');
    expect(page.papers[0]!.title).toBe('In-Context Meta LoRA Generation');
    expect(page.papers[0]!.published).toBe('2026-03-14');
    expect(resolvePageDate('Dec 30', now)).toBe('2025-12-30');
  });

  it('makes one record of a paper that appears on several pages, listing every page', async () => {
    const { papers } = await bundled();
    const multi = papers.filter((p) => p.sources.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
  });

  it('reads the abstracts of the bundled corpus without their LaTeX markup, titles as given', async () => {
    const { papers } = await bundled();
    const abstractOf = (title: RegExp) => papers.find((p) => title.test(p.title))!.abstract;
    expect(abstractOf(/^In-Context Meta LoRA Generation$/)).toContain('only 1% storage compared with the original LoRA.');
    expect(abstractOf(/^2 OLMo 2 Furious$/)).toContain('best practices from Tülu 3');
    for (const p of papers) expect(p.abstract).not.toMatch(/\\(?:%|textit|url|eg\b|"|'|`)/);
    expect(papers.some((p) => p.title.includes('$^{2}$'))).toBe(true);
  });

  it('dates papers by the date line of their page only: the others stay undated, with the time they were added kept', async () => {
    const { papers } = await bundled();
    const undated = papers.filter((p) => !p.published);
    expect(undated).toHaveLength(413);
    expect(undated.every((p) => p.addedAt === now.toISOString())).toBe(true);
    expect(papers.filter((p) => p.published).every((p) => /^2026-0[36]-\d\d$/.test(p.published!))).toBe(true);
  });

  it('normalises titles for identity', () => {
    expect(normalizeTitle('UER: An Open-Source Toolkit!')).toBe('uer an open source toolkit');
  });
});

describe('LaTeX markup in abstracts', () => {
  it.each([
    ['only 1\\% storage, 5\\& 6', 'only 1% storage, 5& 6'],
    ['practices from T\\"ulu 3 and Rozi\\`ere et al., Sabi\\\'a-2, V\\~oro, R\\\'{e}nyi, na\\"{\\i}ve, \\c{c}a', 'practices from Tülu 3 and Rozière et al., Sabiá-2, Võro, Rényi, naïve, ça'],
    ['(1) \\textit{First survey}: \\textbf{\\emph{bold}} and \\texttt{code}', '(1) First survey: bold and code'],
    ['deployed to ChatGLM\\url{https://chatglm.cn}, see \\href{https://x.org}{the demo}', 'deployed to ChatGLM https://chatglm.cn, see the demo (https://x.org)'],
    ['LLMs (\\eg \\textgreater 13B) with ({\\epsilon}, {\\delta})-approximation', 'LLMs (e.g. > 13B) with (ε, δ)-approximation'],
    ['E$^{2}$GAN and $\\alpha=0.5$ cost $5 to $10', 'E²GAN and α=0.5 cost $5 to $10'],
  ])('reads %j as %j', (latex, plain) => {
    expect(fromLatex(latex)).toBe(plain);
  });

  it('leaves text without markup, and commands it does not know, as they are', () => {
    for (const text of ['costs $5 and $10 a month', 'a \\newcommand{x} stays', 'C:\\path is odd']) expect(fromLatex(text)).toBe(text);
  });
});

describe('bad input', () => {
  it('names the file and line of an odd title/abstract pairing', () => {
    const text = 'Title One\nAbstract one is long enough to be an abstract of a paper, really it is, with more words here.\nTitle Two\n';
    const err = errorOf(() => parsePage(text, 'bad.txt', now));
    expect(err.message).toBe('bad.txt:3: title "Title Two" has no abstract after it (odd title/abstract pairing)');
  });

  it('detects an abstract where a title should be', () => {
    const abstract = 'x'.repeat(400);
    const err = errorOf(() => parsePage(`Title\n${abstract}\n${abstract}\nTitle 2\n`, 'p.txt', now));
    expect(err.message).toMatch(/^p\.txt:3: expected a title/);
  });

  it('rejects an empty title, an empty file and a binary file', () => {
    expect(errorOf(() => parsePage('---\nSome abstract text that is long enough to look like an abstract for sure.', 'e.txt', now)).message).toBe(
      'e.txt:1: empty title',
    );
    expect(errorOf(() => parsePage('  \n\n', 'empty.txt', now)).message).toBe('empty.txt: file is empty');
    expect(errorOf(() => parsePage('ab\u0000cd', 'bin.txt', now)).message).toBe('bin.txt: file is binary, not text');
  });

  it('names the line of malformed JSON and of a record without a title', () => {
    const good = JSON.stringify({ title: 'A', abstract: 'B' });
    expect(errorOf(() => parseJsonl(`${good}\n{"title": "x",\n`, 'f.jsonl')).message).toBe('f.jsonl:2: malformed JSON');
    expect(errorOf(() => parseJsonl(`${good}\n${JSON.stringify({ title: ' ', abstract: 'B' })}`, 'f.jsonl')).message).toBe('f.jsonl:2: empty title');
    expect(errorOf(() => parseJsonl(`${JSON.stringify({ abstract: 'B' })}`, 'f.jsonl')).message).toMatch(/^f\.jsonl:1: invalid record: title/);
  });

  it('reads JSON Lines papers with their optional fields', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'paperbot-jsonl-'));
    const file = path.join(dir, 'new.jsonl');
    await writeFile(file, `${JSON.stringify({ title: 'A Paper', abstract: 'About things.', url: 'https://example.org/a', published: '2026-01-02T10:00:00Z' })}\n`);
    try {
      const [p] = await readInputFile(file, now);
      expect(p).toEqual({ title: 'A Paper', abstract: 'About things.', url: 'https://example.org/a', published: '2026-01-02', source: 'new.jsonl' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
