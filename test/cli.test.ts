import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { CORPUS, indexedConfig } from './helpers/index.js';

let env: Record<string, string>;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await indexedConfig();
  cleanup = t.cleanup;
  dir = t.dir;
  env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS };
});
afterAll(() => cleanup());

describe('paperbot CLI', () => {
  it('search --json prints the documented shape', async () => {
    const r = await runCli(['search', 'LoRA weight generation from task descriptions', '--k', '3', '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ query: 'LoRA weight generation from task descriptions', confidence: 'high', abstained: false });
    expect(Object.keys(out).sort()).toEqual(['abstained', 'confidence', 'query', 'results']);
    expect(out.results).toHaveLength(3);
    expect(Object.keys(out.results[0]).sort()).toEqual(['score', 'title']);
    expect(out.results[0].title).toBe('In-Context Meta LoRA Generation');
  });

  it('search says in words when nothing in the corpus answers, and JSON marks it none', async () => {
    const text = await runCli(['search', 'What is the best recipe for sourdough bread?', '--k', '2'], env);
    expect(text.stdout.split('\n')[0]).toBe('Not in the corpus: nothing answers "What is the best recipe for sourdough bread?". Closest papers, but not an answer:');
    const json = JSON.parse((await runCli(['search', 'What is the best recipe for sourdough bread?', '--json'], env)).stdout);
    expect(json).toMatchObject({ confidence: 'none', abstained: true });
  });

  it('search says which name of the query its first papers do not mention, and JSON lists it', async () => {
    const q = 'lifelong learning for theorem proving in coq';
    const text = (await runCli(['search', q, '--k', '2'], env)).stdout.trimEnd().split('\n');
    expect(text[0]).toBe(`Weak match: these are the closest papers, but they may not answer "${q}":`);
    expect(text.at(-1)).toBe('None of the first papers mention “coq”.');
    expect(JSON.parse((await runCli(['search', q, '--k', '2', '--json'], env)).stdout)).toMatchObject({ confidence: 'low', unmentioned: ['coq'] });
  });

  it('search says when none of the papers found is dated in the year the query asks for, and JSON lists it', async () => {
    const q = 'rlhf papers from 2023';
    const text = (await runCli(['search', q, '--k', '3'], env)).stdout.trimEnd().split('\n');
    expect(text[0]).toBe(`Papers for "${q}" (strong match):`);
    expect(text.at(-1)).toBe('None of the papers found is dated 2023 in the corpus.');
    expect(JSON.parse((await runCli(['search', q, '--k', '3', '--json'], env)).stdout)).toMatchObject({ confidence: 'high', abstained: false, not_dated: [2023] });
  });

  it('search says when the corpus does not say any of the papers found comes from the venue asked for, and JSON lists it', async () => {
    const q = 'neurips papers on model merging';
    const text = (await runCli(['search', q, '--k', '3'], env)).stdout.trimEnd().split('\n');
    expect(text[0]).toBe(`Papers for "${q}" (strong match):`);
    expect(text.at(-1)).toBe('The corpus does not say any of the papers found is from “neurips”.');
    expect(JSON.parse((await runCli(['search', q, '--k', '3', '--json'], env)).stdout)).toMatchObject({ confidence: 'high', abstained: false, not_from: ['neurips'] });
  });

  it('search says how well the corpus covers each request of a question that makes several', async () => {
    const q = 'papers on merging fine-tuned models with task vectors? also any recipes for sourdough bread baking';
    const text = (await runCli(['search', q, '--k', '6'], env)).stdout.trimEnd().split('\n');
    expect(text[0]).toBe(`Papers for "${q}" (strong match):`);
    expect(text.slice(-3)).toEqual([
      'Each request:',
      expect.stringMatching(/^ {2}- "papers on merging fine-tuned models with task vectors\?": strong match \(papers 1, \d, \d/),
      expect.stringMatching(/^ {2}- "any recipes for sourdough bread baking": not in the corpus \(closest: papers \d, \d.*, not an answer\)$/),
    ]);
    const json = JSON.parse((await runCli(['search', q, '--k', '6', '--json'], env)).stdout);
    expect(json.parts).toEqual([
      { query: 'papers on merging fine-tuned models with task vectors?', confidence: 'high', results: expect.arrayContaining([1]) },
      { query: 'any recipes for sourdough bread baking', confidence: 'none', results: expect.any(Array) },
    ]);
  });

  it('ask --json says how sure retrieval was and who decided', async () => {
    const r = await runCli(['ask', 'How can LoRA weights be generated for a new task from its description?', '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ confidence: 'high', decidedBy: 'retrieval', abstained: false, mode: 'extractive' });
    const none = JSON.parse((await runCli(['ask', 'How do Kalman filters fuse IMU and GPS data?', '--json'], env)).stdout);
    expect(none).toMatchObject({ confidence: 'none', decidedBy: 'retrieval', abstained: true });
    const text = await runCli(['ask', 'How do Kalman filters fuse IMU and GPS data?'], env);
    expect(text.stdout).toContain('Not in the corpus: Nothing in the corpus answers this question');
  });

  it('similar --json resolves a loosely typed title and lists related papers', async () => {
    const r = await runCli(['similar', 'conditonal poisson stochastic beam serch', '--json', '--k', '5'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.resolved).toEqual({ title: 'Conditional Poisson Stochastic Beam Search' });
    expect(out.results).toHaveLength(5);
    expect(out.results.map((x: { title: string }) => x.title)).not.toContain('Conditional Poisson Stochastic Beam Search');
  });

  it('similar given a description instead of a title offers the paper it describes first', async () => {
    const out = JSON.parse((await runCli(['similar', 'lora weights from task descriptions', '--json'], env)).stdout);
    expect(out.resolved).toBeNull();
    expect(out.candidates[0]).toEqual({ title: 'In-Context Meta LoRA Generation' });
    // Search is only weakly sure of a description in other words, yet its first paper comes before the nearest titles.
    const prepacking = 'When a chatbot server batches prompts of wildly different lengths, much of the compute spent before generation goes to filler tokens. Is there a trick that squeezes several prompts into one row?';
    const weak = JSON.parse((await runCli(['search', prepacking, '--json'], env)).stdout);
    expect(weak.confidence).toBe('low');
    const offered = JSON.parse((await runCli(['similar', prepacking, '--json'], env)).stdout);
    expect(offered.candidates[0]).toEqual({ title: 'Prepacking: A Simple Method for Fast Prefilling and Increased Throughput in Large Language Models' });
  });

  it('answers a whole question set from stdin, one JSON line each, with errors on bad lines only', async () => {
    const long = 'a'.repeat(2001);
    const r = await runCli(['search', '--k', '2'], env, `beam search decoding\n   \n${long}\nmodel compression for LLM inference\n`);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].results).toHaveLength(2);
    expect(lines[1]).toEqual({ query: '   ', error: 'query is empty' });
    expect(lines[2].error).toBe('query is too long (2001 characters, at most 2000)');
    expect(lines[3].results).toHaveLength(2);
  });

  it('says so, and lists no paper, for a query that names no topic', async () => {
    expect((await runCli(['search', 'what is it?'], env)).stdout).toBe('Not in the corpus: "what is it?" names no topic the papers use.\n');
    const ask = (await runCli(['ask', 'what is it?'], env)).stdout;
    expect(ask).toContain('This question names no topic the papers use');
    expect(ask).not.toContain('Closest');
  });

  it('exits 2 with a one-line error on an empty query', async () => {
    const r = await runCli(['search', '  '], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: query is empty\n');
  });

  it('ingest of a malformed file exits 2 naming the file and line', async () => {
    const bad = path.join(dir, 'bad.txt');
    await writeFile(bad, 'A Title\nAn abstract that is long enough to be an abstract, with many words in it, honestly.\nOrphan Title\n');
    const r = await runCli(['ingest', bad], env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').pop()).toBe(`error: ${bad}:3: title "Orphan Title" has no abstract after it (odd title/abstract pairing)`);
  });

  it('re-ingesting the unchanged corpus reports it is up to date', async () => {
    const r = await runCli(['ingest'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^index up to date: 588 papers/);
  });

  it('stats describes the store and the index: how many papers have a publication date, and over which days', async () => {
    const r = await runCli(['stats', '--json'], env);
    const stats = JSON.parse(r.stdout);
    expect(stats).toMatchObject({ store: { papers: 588 }, index: { papers: 588, upToDate: true, embedder: { kind: 'lsa' } }, dates: { dated: 175, undated: 413 } });
    const { first, last } = stats.dates.published as { first: string; last: string };
    expect(first < last).toBe(true);
    const text = await runCli(['stats'], env);
    expect(text.stdout).toMatch(/^store: {6}588 papers, 0 answers kept \(\S+paperbot\.db\)\n/);
    expect(text.stdout).toContain(`dated:      175, published ${first} to ${last}\n`);
    expect(text.stdout).toMatch(/^undated: {4}413, added \d{4}-\d{2}-\d{2} \(searchable, in no digest\)$/m);
    expect(text.stdout).toMatch(/^index: {6}588 papers$/m);
    expect(text.stdout).toMatch(/^described: {2}588 in everyday words$/m);
  });

  it('stats says when the bundled corpus describes papers the store holds without a description, and ingest adds them', async () => {
    const own = path.join(dir, 'own');
    await mkdir(own);
    const pages = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt')).slice(0, 2);
    for (const f of pages) await copyFile(path.join(CORPUS, f), path.join(own, f));
    const fresh = { PAPERBOT_DATA_DIR: path.join(dir, 'own-data'), PAPERBOT_CORPUS_DIR: CORPUS };
    expect((await runCli(['ingest', own], fresh)).code).toBe(0);
    const papers = JSON.parse((await runCli(['stats', '--json'], fresh)).stdout).store.papers as number;
    expect(papers).toBeGreaterThan(0);
    expect((await runCli(['stats'], fresh)).stdout).toContain(`described:  0 in everyday words (${papers} more ${papers === 1 ? 'is' : 'are'} described in ${CORPUS}: \`paperbot ingest\` adds`);
    expect((await runCli(['ingest', path.join(CORPUS, 'papers.descriptions.jsonl')], fresh)).code).toBe(0);
    expect((await runCli(['stats'], fresh)).stdout).toMatch(new RegExp(`^described:  ${papers} in everyday words$`, 'm'));
  });
});
