import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { similarReply } from '../src/bot/views/similar-view.js';
import { answerReply } from '../src/bot/views/answer-view.js';
import type { AnswerRecord } from '../src/store/types.js';
import type { Reply } from '../src/bot/types.js';
import { toPayloads } from '../src/bot/discord/discord-reply.js';
import { loadCommands } from '../src/bot/loader.js';
import { md, titleLink } from '../src/bot/markdown.js';
import { plain, renderText } from '../src/bot/terminal/render-text.js';
import { parseDailyPapers } from '../src/corpus/daily-papers.js';
import { parseJsonl } from '../src/corpus/jsonl.js';
import { listInputFiles, mergePapers, readInputFile } from '../src/corpus/load.js';
import { parsePage } from '../src/corpus/pages.js';
import { type Paper, PaperSchema, type RawPaper, normalizeTitle } from '../src/corpus/paper.js';
import { InputFileError, UserError, validateQuery } from '../src/errors.js';
import { seededRandom } from '../src/util/random.js';
import { runCli } from './helpers/cli.js';

const now = new Date('2026-03-20T00:00:00Z');
const ABSTRACT = 'An abstract long enough to read as one, about sparse attention routing in long-context transformers.';

const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

const paper = (over: Partial<Paper> = {}): Paper => ({
  id: 'a-paper',
  title: 'A Paper',
  abstract: ABSTRACT,
  addedAt: now.toISOString(),
  sources: ['x.jsonl'],
  ...over,
});

/** Every embed of every Discord message of a reply, as the JSON discord.js sends. */
function discordJson(reply: Reply): string {
  return JSON.stringify(toPayloads(reply).map((p) => (p.embeds ?? []).map((e) => ('toJSON' in e ? e.toJSON() : e))));
}

/** Every string in a JSON text. */
function stringsOf(json: string): string[] {
  const out: string[] = [];
  JSON.parse(json, (_k, v: unknown) => {
    if (typeof v === 'string') out.push(v);
    return v;
  });
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('paper URLs: only http and https', () => {
  it('stops a JSONL ingest at the line of a javascript:, file: or data: link, naming it', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'JavaScript:alert(1)']) {
      const parse = () => parseJsonl(jsonl({ title: 'Good', abstract: ABSTRACT }, { title: 'Bad', abstract: ABSTRACT, url }), 'f.jsonl');
      expect(parse).toThrow(InputFileError);
      expect(parse).toThrow(/^f\.jsonl:2: url is not an http\(s\) link: "/);
    }
  });

  it('completes a link written without a scheme to https, and reads an empty url as none', () => {
    const [a, b, c] = parseJsonl(
      jsonl(
        { title: 'A', abstract: ABSTRACT, url: 'arxiv.org/abs/2401.00001' },
        { title: 'B', abstract: ABSTRACT, url: ' HTTPS://Example.org/b ' },
        { title: 'C', abstract: ABSTRACT, url: '' },
      ),
      'f.jsonl',
    );
    expect(a!.url).toBe('https://arxiv.org/abs/2401.00001');
    expect(b!.url).toBe('https://example.org/b');
    expect(c!.url).toBeUndefined();
  });

  it('drops a non-http link when a stored paper is read, and no surface breaks on one', () => {
    const stored = PaperSchema.parse(paper({ url: 'javascript:alert(document.cookie)' }));
    expect(stored.url).toBeUndefined();
    expect(PaperSchema.parse(paper({ url: 'https://arxiv.org/abs/1' })).url).toBe('https://arxiv.org/abs/1');

    // A paper that reached a surface with such a link anyway (an older index read by another path).
    const bad = paper({ url: 'javascript:alert(1)' });
    const related = [{ paper: paper({ id: 'b', title: 'B Paper', url: 'file:///etc/passwd' }), score: 0.5 }];
    const reply = similarReply('a paper', bad, [], related);
    expect(() => toPayloads(reply)).not.toThrow();
    expect(discordJson(reply)).not.toMatch(/javascript:|file:/);
    expect(renderText(reply)).not.toMatch(/javascript:|file:/);
  });
});

describe('control and zero-width characters', () => {
  const hostile = '\u001b]0;pwned\u0007\u001b[31mSparse\u001b[0m Atten\u200btion\u0008 Routing\u001b[2J';

  it('are stripped from titles and abstracts at ingest: pages, JSON Lines and the daily-papers API', () => {
    const page = parsePage(`${hostile}\n${ABSTRACT}\u001b[1m bold\u0007\n`, 'p.txt', now).papers[0]!;
    const line = parseJsonl(jsonl({ title: hostile, abstract: `${ABSTRACT}\u001b[1m bold\u0007`, authors: ['\u001b[5mAda\u200b'] }), 'f.jsonl')[0]!;
    const daily = parseDailyPapers([{ paper: { id: '2403.00001', title: hostile, summary: `${ABSTRACT}\u001b[1m bold\u0007` } }], '2026-03-19').papers[0]!;
    for (const p of [page, line, daily]) {
      expect(p.title).toBe('Sparse Attention Routing');
      expect(p.abstract).toBe(`${ABSTRACT} bold`);
    }
    expect(line.authors).toEqual(['Ada']);
  });

  it('makes one paper of titles that differ only by zero-width characters or a soft hyphen', () => {
    const raw = (title: string, source: string): RawPaper => ({ title, abstract: ABSTRACT, source });
    expect(normalizeTitle('Spar\u00adse Atten\u200btion\u2060 Rout\ufeffing')).toBe(normalizeTitle('Sparse Attention Routing'));
    const merged = mergePapers([], [raw('Sparse Attention Routing', 'a.txt'), raw('Sparse Atten\u200btion Routing', 'b.txt')], now);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources).toEqual(['a.txt', 'b.txt']);
  });

  it('are stripped from questions, and a question of only zero-width characters is empty', async () => {
    expect(() => validateQuery('\u200b\u200c\u200d\u2060\ufeff\u00ad')).toThrow(new UserError('query is empty'));
    expect(() => validateQuery('\u001b[2J\u0007')).toThrow(new UserError('query is empty'));
    expect(validateQuery('\u001b[31mwhat is\u200b lora?\u001b[0m\u0007')).toBe('what is lora?');
    const commands = await loadCommands();
    const ask = commands.find((c) => c.name === 'ask')!;
    expect(() => ask.parse({ question: '\u200b \u200b' })).toThrow('/ask needs question');
    expect(ask.parse({ question: 'what is \u001b[1mlora?' })).toMatchObject({ question: 'what is lora?' });
  });

  it('never reach the terminal or an embed raw, even from a paper stored before they were stripped', () => {
    const stored = paper({ title: hostile.replace('\u200b', ''), url: 'https://arxiv.org/abs/1' });
    const reply = similarReply(`\u001b[2J${hostile}`, stored, [{ title: hostile, id: 'x', score: 1 }], [{ paper: stored, score: 0.9 }]);
    const text = renderText(reply);
    expect(text).not.toMatch(CONTROL_CHARS);
    expect(text).toContain('== Related to: Sparse Attention Routing ==');
    for (const value of stringsOf(discordJson(reply))) expect(value).not.toMatch(CONTROL_CHARS);
  });
});

describe('markdown: escaped once for Discord, plain text in the terminal', () => {
  const title = '[click](http://x)';

  it('escapes a title that looks like a link once on Discord and shows it as written in the terminal', () => {
    expect(titleLink(title)).toBe('\\[click\\]\\(http://x)');
    expect(titleLink(title, 'https://arxiv.org/abs/1')).toBe('[\\[click\\]\\(http://x)](https://arxiv.org/abs/1)');
    const p = paper({ title, url: 'https://arxiv.org/abs/1' });
    const reply = similarReply(title, p, [], [{ paper: p, score: 0.9 }]);
    const text = renderText(reply);
    expect(text).toContain(`== Related to: ${title} ==`);
    expect(text).toContain(`1. ${title} <https://arxiv.org/abs/1> · 0.900`);
    expect(text).not.toContain('\\');
  });

  it('never lets text from outside make a masked link on Discord', () => {
    // Discord renders [text](url) as a link; it needs a "](" in the text.
    for (const s of ['[a] [b](http://evil.example)', 'see [1] and [docs](https://evil.example) now', '[x\\](http://e.example)', title]) {
      expect(md(s)).not.toContain('](');
      expect(plain(md(s))).toBe(s);
    }
    expect(md('as shown in [1] and [2, 3]')).toBe('as shown in [1] and [2, 3]');
  });

  it('shows a question and an answer in the terminal exactly as they were written', () => {
    const record: AnswerRecord = {
      key: 'k',
      question: `${title} and **bold** \`code\` ~~x~~ a_b_c # not a heading`,
      answer: '> quoted\n1. first\n- item\nback\\slash and ``` fences ```` and [1]',
      mode: 'extractive',
      abstained: false,
      citations: [{ n: 1, title, url: 'https://arxiv.org/abs/1' }],
      sources: [{ title, score: 0.5, url: 'https://arxiv.org/abs/1' }],
      history: [],
      at: now.toISOString(),
      messageIds: [],
    };
    const text = renderText(answerReply(record, 5));
    expect(text).toContain(`== ${record.question} ==`);
    expect(text).toContain(record.answer);
    expect(text).toContain(`[1] ${title} <https://arxiv.org/abs/1>`);
  });

  it('reads back exactly what it escaped, for any text', () => {
    const rand = seededRandom(11);
    const alphabet = ['\\', '*', '_', '~', '|', '`', '>', '#', '-', '.', '[', ']', '(', ')', '<', ':', '@', ' ', 'a', '1', '](', '(http://x.y/', '\n'];
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(rand() * 16);
      let s = '';
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(plain(md(s))).toBe(s);
      const line = s.replace(/\n/g, ' ');
      expect(plain(titleLink(line, 'https://arxiv.org/abs/1'))).toBe(`${line} <https://arxiv.org/abs/1>`);
    }
  });
});

describe('ingesting a directory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'paperbot-dir-'));
    const papers = (names: string[]) => jsonl(...names.map((title) => ({ title, abstract: `${title}: ${ABSTRACT}` })));
    await mkdir(path.join(dir, 'corpus/2026/03'), { recursive: true });
    await mkdir(path.join(dir, 'corpus/.git'), { recursive: true });
    await writeFile(path.join(dir, 'corpus/top.jsonl'), papers(['Top Level Paper On Retrieval', 'Another Top Level Paper']));
    await writeFile(path.join(dir, 'corpus/2026/march.jsonl'), papers(['Nested Paper On Quantised Adapters']));
    await writeFile(path.join(dir, 'corpus/2026/03/page.txt'), `Deeply Nested Paper On Beam Search\n${ABSTRACT}\n`);
    await writeFile(path.join(dir, 'corpus/2026/notes.pdf'), '%PDF-1.4');
    await writeFile(path.join(dir, 'corpus/LICENSE'), 'MIT License');
    await writeFile(path.join(dir, 'corpus/.git/config'), '[core]');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks subdirectories and names each file it skips', async () => {
    const skipped: string[] = [];
    const files = await listInputFiles([path.join(dir, 'corpus')], (file, reason) => skipped.push(`${path.relative(dir, file)}: ${reason}`));
    expect(files.map((f) => path.relative(dir, f))).toEqual(['corpus/2026/03/page.txt', 'corpus/2026/march.jsonl', 'corpus/top.jsonl']);
    expect(skipped).toEqual(['corpus/2026/notes.pdf: not .txt, .md or .jsonl', 'corpus/LICENSE: not .txt, .md or .jsonl']);
    const raw = (await Promise.all(files.map((f) => readInputFile(f, now)))).flat();
    expect(raw.map((p) => p.title)).toContain('Deeply Nested Paper On Beam Search');
  });

  it('says in ingest --help which files it reads, and ingests a directory with subdirectories', async () => {
    const help = await runCli(['ingest', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/\.txt/);
    expect(help.stdout).toMatch(/\.md/);
    expect(help.stdout).toMatch(/\.jsonl/);
    expect(help.stdout).toMatch(/subdirectories/);

    const env = { PAPERBOT_DATA_DIR: path.join(dir, 'data'), PAPERBOT_CORPUS_DIR: path.join(dir, 'corpus'), PAPERBOT_LOG_LEVEL: 'silent' };
    const r = await runCli(['ingest', path.join(dir, 'corpus')], env);
    expect(r.stderr).not.toContain('cannot be read');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`skipped ${path.join(dir, 'corpus/2026/notes.pdf')}: not .txt, .md or .jsonl`);
    expect(r.stderr).toContain(`skipped ${path.join(dir, 'corpus/LICENSE')}: not .txt, .md or .jsonl`);
    const s = await runCli(['search', 'beam search', '--json', '--k', '4'], env);
    expect(s.code).toBe(0);
    const titles = (JSON.parse(s.stdout) as { results: { title: string }[] }).results.map((x) => x.title);
    expect(titles).toContain('Deeply Nested Paper On Beam Search');
  });
});
