import path from 'node:path';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../src/answer/answerer.js';
import type { Config } from '../src/config.js';
import { newestFirst } from '../src/corpus/paper.js';
import { CALIBRATION_METHOD, FEATURES, isCalibrated } from '../src/retrieval/confidence/confidence.js';
import { Retriever } from '../src/retrieval/engine.js';
import { readIndexInfo } from '../src/retrieval/index/index-open.js';
import { files, openLiveIndex } from '../src/retrieval/index/index-store.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { PG_CANDIDATES } from '../src/retrieval/index/pg-index.js';
import { openStore } from '../src/store/open.js';
import { runCli, spawnCli } from './helpers/cli.js';
import { smallCorpus, snapshot, tempConfig } from './helpers/index.js';
import { type TestPostgres, copySchema, freshSchema, sql, usePostgres } from './support/postgres.js';

/**
 * The search index contract, on each back end: the embedded index in the data directory, and the
 * PostgreSQL one (PGlite, and the server of PAPERBOT_TEST_DATABASE_URL when set).
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const servers = usePostgres();

interface Setup {
  config: Config;
  /** The same settings for a CLI process. */
  env: Record<string, string>;
  dir: string;
  /** A JSON Lines file of the first 40 papers of a bundled corpus page. */
  corpus: string;
}

interface Backend {
  name: string;
  server?: TestPostgres;
}

const backends: Backend[] = [{ name: 'embedded' }, ...servers.map((server) => ({ name: server.name, server }))];

/** A new, empty store and index of the back end; `drop` removes them (after the test unless `keep`). */
async function setup(backend: Backend, keep = false): Promise<Setup & { drop: () => Promise<void> }> {
  let env: Record<string, string> = { PAPERBOT_LOG_LEVEL: 'silent' };
  let dropSchema = async () => {};
  if (backend.server) {
    const fresh = freshSchema(backend.server.url());
    dropSchema = fresh.drop;
    env = { ...env, PAPERBOT_DATABASE_URL: backend.server.url(), PAPERBOT_DATABASE_SCHEMA: fresh.schema };
  }
  const t = await tempConfig(env);
  const drop = async () => {
    await dropSchema();
    await t.cleanup();
  };
  if (!keep) cleanups.push(drop);
  const corpus = await smallCorpus(t.dir, 40);
  return {
    drop,
    config: t.config,
    dir: t.dir,
    corpus,
    env: { ...env, PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: t.config.PAPERBOT_CORPUS_DIR },
  };
}

async function open(config: Config): Promise<Retriever> {
  const r = await Retriever.open({ config });
  cleanups.push(() => r.close());
  return r;
}

const FACES = 'FaceXFormer: A Unified Transformer for Facial Analysis';
const PRECISE = 'Is there a single transformer that handles face parsing, landmark localization, head pose and age/gender estimation together by treating each task as a learnable query token?';
const NEW_PAPER = {
  title: 'Quantum Annealing for Sparse Mixture Routing',
  abstract: 'We route tokens among experts with a quantum annealer, and show that annealing schedules matter for routing quality in sparse mixtures.',
};

/** A paper with an arXiv link, whose abstract says what it does in its second sentence. */
const LINKED = {
  title: 'Quantum Annealing for Sparse Mixture Routing',
  abstract:
    'Sparse mixtures of experts send each token to a few experts. We propose routing tokens among experts with a quantum annealer, and show that annealing schedules matter for routing quality.',
  url: 'https://arxiv.org/abs/2501.17999',
};

/** What the index records, and for PostgreSQL its versions: a change of either shows the index was written. */
async function indexState(s: Setup): Promise<unknown> {
  const { info } = await readIndexInfo(s.config);
  if (!s.config.PAPERBOT_DATABASE_URL) return { info, files: await snapshot(s.config.PAPERBOT_DATA_DIR) };
  const rows = await sql(s.config.PAPERBOT_DATABASE_URL, `SELECT version, state, info FROM "${s.config.PAPERBOT_DATABASE_SCHEMA}".search_index ORDER BY version`);
  return { info, rows };
}

/** For PostgreSQL: the version in use holds as many papers, lexical documents and centroids as it says. */
async function expectConsistent(s: Setup): Promise<void> {
  const url = s.config.PAPERBOT_DATABASE_URL;
  if (!url) return;
  const schema = `"${s.config.PAPERBOT_DATABASE_SCHEMA}"`;
  const [current] = await sql<{ version: number; info: string }>(
    url,
    `SELECT v.version, v.info FROM ${schema}.search_index_current c JOIN ${schema}.search_index v ON v.version = c.version`,
  );
  const info = JSON.parse(current!.info) as { papers: number; chunks: number };
  const count = async (table: string) => Number((await sql<{ n: string }>(url, `SELECT count(*) AS n FROM ${schema}."${table}_v${current!.version}"`))[0]!.n);
  expect(await count('lexical_docs')).toBe(info.papers);
  expect(await count('centroids')).toBe(info.papers);
  expect(await count('chunks')).toBe(info.chunks);
}

type StoredModel = { features: string[]; method?: number };
/** A model fitted on other features, as an older paperbot stored it. */
const otherFeatures = (model: StoredModel): StoredModel => ({ ...model, features: ['an', 'older', 'feature'] });
/** A model calibrated the first way, on the same features, as an older paperbot stored it. */
const firstMethod = ({ method: _, ...model }: StoredModel): StoredModel => model;

/** Makes the index in use hold the confidence model `change` makes of its own. */
async function storeOlderCalibration(s: Setup, change: (model: StoredModel) => StoredModel = otherFeatures): Promise<void> {
  const older = (info: { confidence: StoredModel }) => ({ ...info, confidence: change(info.confidence) });
  const url = s.config.PAPERBOT_DATABASE_URL;
  if (url) {
    const schema = `"${s.config.PAPERBOT_DATABASE_SCHEMA}"`;
    const [current] = await sql<{ version: number; info: string }>(
      url,
      `SELECT v.version, v.info FROM ${schema}.search_index_current c JOIN ${schema}.search_index v ON v.version = c.version`,
    );
    await sql(url, `UPDATE ${schema}.search_index SET info = $2 WHERE version = $1`, [current!.version, JSON.stringify(older(JSON.parse(current!.info)))]);
    return;
  }
  const manifest = files.manifest((await openLiveIndex(s.config.PAPERBOT_DATA_DIR))!.gen);
  await writeFile(manifest, JSON.stringify(older(JSON.parse(await readFile(manifest, 'utf8')))));
}

describe.each(backends)('the search index ($name)', (backend) => {
  // The 40 papers indexed once by `ingest`; every test below starts from a copy of its own.
  let template: Setup & { drop: () => Promise<void> };
  beforeAll(async () => {
    template = await setup(backend, true);
    await ingest({ config: template.config, inputs: [template.corpus] });
  });
  afterAll(async () => {
    await template?.drop();
  });

  /** A new store and index of the back end holding a copy of the built one (dropped after the test unless `keep`). */
  async function built(keep = false): Promise<Setup & { drop: () => Promise<void> }> {
    const s = await setup(backend, keep);
    if (backend.server) await copySchema(backend.server.url(), template.config.PAPERBOT_DATABASE_SCHEMA, s.config.PAPERBOT_DATABASE_SCHEMA);
    else await cp(template.config.PAPERBOT_DATA_DIR, s.config.PAPERBOT_DATA_DIR, { recursive: true, errorOnExist: true, force: false });
    return s;
  }

  describe('over a built index', () => {
    let s: Setup & { drop: () => Promise<void> };
    let r: Retriever;
    beforeAll(async () => {
      s = await built(true);
      r = await Retriever.open({ config: s.config });
    });
    afterAll(async () => {
      await r.close();
      await s.drop();
    });

    it('finds the paper a precise question describes, with high confidence, and says none for a question off the corpus', async () => {
      const hit = await r.search(PRECISE, 5);
      expect(hit.results[0]!.paper.title).toBe(FACES);
      expect(hit.confidence).toBe('high');
      expect(hit.results.map((x) => x.score)).toEqual([...hit.results.map((x) => x.score)].sort((a, b) => b - a));
      const off = await r.search('sourdough bread recipe with a crispy crust and a long cold proof', 5);
      expect(off.confidence).toBe('none');
      expect(off.abstained).toBe(true);
    });

    it('is less sure when its first papers do not mention a name the question uses, and says which', async () => {
      const named = await r.search(PRECISE.replace('together', 'together in mamba models'), 5);
      expect(named.results[0]!.paper.title).toBe(FACES);
      // The calibration of 40 papers leaves no `low` between its thresholds: one level below `high` is `none`.
      expect(named).toMatchObject({ confidence: 'none', unmentioned: ['mamba'] });
      expect((await r.search(PRECISE.replace('together', 'together in facexformer'), 5)).unmentioned).toBeUndefined();
    });

    it('lists the papers of each request of a question that makes two', async () => {
      const two = await r.search('Is there a single transformer for face parsing and landmark localization? Also, any papers on generating LoRA weights from a task description?', 5);
      expect(two.parts).toHaveLength(2);
      const titles = two.results.map((x) => x.paper.title);
      expect(titles).toContain(FACES);
      expect(titles).toContain('In-Context Meta LoRA Generation');
    });

    it('ranks similar papers by their vectors, never the paper itself', async () => {
      const faces = (await r.lookupTitle(FACES)).resolved!;
      const similar = await r.similar(faces.id, 5);
      expect(similar).toHaveLength(5);
      expect(similar.map((x) => x.paper.title)).not.toContain(FACES);
      expect(similar[0]!.paper.title).toMatch(/Face/);
      expect(similar.map((x) => x.score)).toEqual([...similar.map((x) => x.score)].sort((a, b) => b - a));
    });

    it('resolves titles typed with typos, in lower case or by their short name', async () => {
      expect((await r.lookupTitle('In-Contxt Meta LoRa Genration')).resolved?.title).toBe('In-Context Meta LoRA Generation');
      expect((await r.lookupTitle('facexformr')).resolved?.title).toBe(FACES);
      expect((await r.lookupTitle('illusory vqa benchmarking multimodal models on visual illusions')).resolved?.title).toMatch(/^Illusory VQA/);
      expect((await r.lookupTitle('zzqx wobble frumious')).resolved).toBeNull();
      // Every word typed must be the paper's: in its title, or a name its abstract gives.
      expect((await r.lookupTitle('icm-lora meta lora generation')).resolved?.title).toBe('In-Context Meta LoRA Generation');
      const other = await r.lookupTitle('in-context meta lora generation for protein folding');
      expect(other.resolved).toBeNull();
      expect(other.candidates[0]?.title).toBe('In-Context Meta LoRA Generation');
      expect((await r.matchTitles('mixture of experts', 3)).map((m) => m.title)).toContain('A Survey on Mixture of Experts');
      // A word nothing can check (an author's name, a venue) is read past; a word the corpus uses is not.
      expect((await r.lookupTitle('in-context meta lora generation shao et al, emnlp')).resolved?.title).toBe('In-Context Meta LoRA Generation');
      expect((await r.lookupTitle('in-context meta lora generation for protein folding shao')).resolved).toBeNull();
    });

    it('finds the paper asked for by the words its title opens with, or by its whole title typed in lower case', async () => {
      const cases: [string, RegExp][] = [
        ["is the on giant's shoulders paper in here?", /^On Giant's Shoulders:/],
        ['is there a paper called model breadcrumbs?', /^Model Breadcrumbs:/],
        ['specialist or generalist? instruction tuning for specific nlp tasks', /^Specialist or Generalist\?/],
        ['is it really long context if all you need is retrieval? towards genuinely difficult long context nlp', /^Is It Really Long Context/],
      ];
      for (const [q, title] of cases) {
        const res = await r.search(q, 5);
        expect(res.results[0]!.paper.title, q).toMatch(title);
        expect(res.confidence, q).toBe('high');
      }
    });

    it('finds the paper asked for by the name its title opens with, typed with a slip', async () => {
      const cases: [string, RegExp][] = [
        ['is the automl-agnet paper in here?', /^AutoML-Agent:/],
        ['what is splatflwo?', /^SplatFlow:/],
        ["what does tele-llsm's series cover?", /^Tele-LLMs:/],
      ];
      for (const [q, title] of cases) {
        const res = await r.search(q, 5);
        expect(res.results[0]!.paper.title, q).toMatch(title);
        expect(res.confidence, q).toBe('high');
        expect(res.query, q).toBe(q);
      }
    });

    it("offers the titles a text may name, for the citation check to look for", async () => {
      const near = await r.titlesNear('ICM-LoRA trains a CVAE [1].\n\n- In a unified transformer for facial analysis [2], faces are parsed.');
      expect(near).toContain(FACES);
      expect(near).toContain('In-Context Meta LoRA Generation');
    });

    it('reads a word typed without the hyphens the corpus writes it with as the corpus writes it', async () => {
      expect(await r.correctSpelling('incontext meta lora')).toBe('in-context meta lora');
      expect((await r.search('incontext meta lora generation', 3)).results[0]!.paper.title).toBe('In-Context Meta LoRA Generation');
      // A name run together that the corpus never writes hyphenated stays as typed.
      expect(await r.correctSpelling('facexformer humaneval')).toBe('facexformer humaneval');
    });

    it('reads a long word typed with two slips as the word meant, and a short one with one (a struck key only from a most frequent word)', async () => {
      expect(await r.correctSpelling('fuondaiton models of fcae analysis')).toBe('foundation models of face analysis');
      expect(await r.correctSpelling('mixture of exprets and lroa')).toBe('mixture of experts and lora');
      // One key struck beside a letter of one of the most frequent words; "sora" is a name, not a struck "sota".
      expect(await r.correctSpelling('tadk routing and sora videos')).toBe('task routing and sora videos');
    });

    it('reads a British spelling as the American one the papers use', async () => {
      expect(await r.correctSpelling('specialised models: customisation and generalisation behaviour')).toBe('specialized models: customization and generalization behavior');
    });

    it('lists the papers published last, newest first', async () => {
      const all = await r.allPapers();
      const dated = all.filter((p) => p.published !== undefined);
      expect(dated.length).toBeGreaterThan(5);
      const newest = await r.newestPapers(5);
      expect(newest.map((p) => p.title)).toEqual(newestFirst(all, 5).map((p) => p.title));
      const latest = dated.map((p) => p.published!).sort().at(-1);
      expect(newest[0]!.published).toBe(latest);
      expect(newest.map((p) => p.published)).toEqual(newest.map((p) => p.published).sort().reverse());
      expect(await r.newestPapers(all.length + 10)).toHaveLength(dated.length);
    });

    it('sums up the publication dates, and lists the papers of a window of them', async () => {
      const all = await r.allPapers();
      const dates = all.flatMap((p) => (p.published ? [p.published] : [])).sort();
      expect(await r.publication()).toEqual({ papers: all.length, undated: all.length - dates.length, newest: dates.at(-1) });
      const [since, until] = [dates[3]!, dates[dates.length - 4]!];
      const inWindow = all.filter((p) => p.published !== undefined && p.published >= since && p.published <= until);
      expect(inWindow.length).toBeGreaterThan(0);
      expect((await r.papersPublished(since, until)).map((p) => p.title)).toEqual(inWindow.map((p) => p.title));
      expect(await r.papersPublished('1999-01-01', '1999-12-31')).toEqual([]);
    });

    it('answers from the CLI as from the engine', async () => {
      const out = await runCli(['search', PRECISE, '--json', '--k', '3'], s.env);
      expect(out.stderr).toBe('');
      const json = JSON.parse(out.stdout) as { confidence: string; results: { title: string }[] };
      expect(json).toMatchObject({ confidence: 'high' });
      expect(json.results[0]!.title).toBe(FACES);
      const stats = JSON.parse((await runCli(['stats', '--json'], s.env)).stdout) as { index: { papers: number; upToDate: boolean } };
      expect(stats.index).toMatchObject({ papers: 40, upToDate: true });
    });

    it('changes nothing when an input is bad', async () => {
      const before = await indexState(s);
      const bad = path.join(s.dir, 'bad.jsonl');
      await writeFile(bad, `${JSON.stringify(NEW_PAPER)}\n{"title": "No abstract"}\n`);
      const out = await runCli(['ingest', bad], s.env);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/bad\.jsonl:2: /);
      expect(await indexState(s)).toEqual(before);
      const store = await openStore(s.config);
      try {
        expect(await store.papers.count()).toBe(40);
      } finally {
        await store.close();
      }
    });
  });

  it('makes new papers searchable after an ingest, embedding only them', async () => {
    const s = await built();
    const file = path.join(s.dir, 'new.jsonl');
    await writeFile(file, `${JSON.stringify(NEW_PAPER)}\n`);
    const report = await ingest({ config: s.config, inputs: [file] });
    expect(report).toMatchObject({ papers: 41, added: 1, rebuilt: false });
    expect(report.chunksEmbedded).toBe(1);
    const r = await open(s.config);
    expect(r.size).toBe(41);
    expect((await r.search('quantum annealer routing tokens among experts', 3)).results[0]!.paper.title).toBe(NEW_PAPER.title);
    expect((await r.lookupTitle('quantum anealing for sparse mixture routing')).resolved?.title).toBe(NEW_PAPER.title);
    await expectConsistent(s);
  });

  it("finds the papers of an author named in the question, for sure, then what the rest of it finds", async () => {
    const s = await built();
    const file = path.join(s.dir, 'authored.jsonl');
    await writeFile(file, `${JSON.stringify({ ...NEW_PAPER, authors: ['Ada Quokkaline', 'Bö Strîpelund'] })}\n`);
    await ingest({ config: s.config, inputs: [file] });
    const r = await open(s.config);
    expect((await r.search('papers by bo stripelund', 3)).results[0]?.paper.title).toBe(NEW_PAPER.title);
    const found = await r.search('any papers by ada quokkaline?', 3);
    expect(found.results.map((x) => x.paper.title)).toEqual([NEW_PAPER.title]);
    expect(found.confidence).toBe('high');
    const withTopic = await r.search('Quokkaline and facial analysis', 3);
    expect(withTopic.results.map((x) => x.paper.title).slice(0, 2)).toEqual([NEW_PAPER.title, FACES]);
    // A name no author has is not an author's, nor is a short word of a name alone.
    expect((await r.search('any papers by ada zzyzxqwerty?', 3)).confidence).toBe('none');
    expect((await r.search('ada', 3)).confidence).toBe('none');
    // The answer cites the paper, and does not say that no cited paper mentions the name.
    const answer = await new Answerer(r, { contextTokens: 3000 }).ask('any papers by ada quokkaline?');
    expect(answer.citations.map((c) => c.title)).toEqual([NEW_PAPER.title]);
    expect(answer.note).toBeUndefined();
  });

  it("finds a paper by its authors' names once a later record of it names them", async () => {
    const s = await built();
    const file = path.join(s.dir, 'authored.jsonl');
    await writeFile(file, `${JSON.stringify(NEW_PAPER)}\n`);
    await ingest({ config: s.config, inputs: [file] });
    expect((await (await open(s.config)).search('papers by ada quokkaline', 3)).confidence).toBe('none');
    // The same paper again, now with its authors (as the daily-papers API gives them).
    await writeFile(file, `${JSON.stringify({ ...NEW_PAPER, authors: ['Ada Quokkaline'] })}\n`);
    await ingest({ config: s.config, inputs: [file] });
    const found = await (await open(s.config)).search('papers by ada quokkaline', 3);
    expect(found.results.map((x) => x.paper.title)).toEqual([NEW_PAPER.title]);
  });

  it.skipIf(!backend.server)("finds authors in a version made before its table of authors' words, and gives it one when papers are next added", async () => {
    const s = await built();
    const url = s.config.PAPERBOT_DATABASE_URL!;
    const schema = `"${s.config.PAPERBOT_DATABASE_SCHEMA}"`;
    const file = path.join(s.dir, 'authored.jsonl');
    await writeFile(file, `${JSON.stringify({ ...NEW_PAPER, authors: ['Ada Quokkaline'] })}\n`);
    await ingest({ config: s.config, inputs: [file] });
    const [{ version }] = (await sql<{ version: number }>(url, `SELECT version FROM ${schema}.search_index_current`)) as [{ version: number }];
    const table = `${schema}."author_words_v${version}"`;
    await sql(url, `DROP TABLE ${table}`);
    expect((await (await open(s.config)).search('papers by ada quokkaline', 3)).results[0]?.paper.title).toBe(NEW_PAPER.title);
    const bread = { title: 'Monitoring Sourdough Fermentation with Gas Sensors', abstract: 'We monitor sourdough fermentation with gas sensors.', authors: ['Ada Quokkaline'] };
    await writeFile(file, `${JSON.stringify(bread)}\n`);
    await ingest({ config: s.config, inputs: [file] });
    expect(await sql(url, `SELECT word FROM ${table} WHERE word = 'quokkaline'`)).toHaveLength(2);
    const found = await (await open(s.config)).search('papers by ada quokkaline', 3);
    expect(new Set(found.results.slice(0, 2).map((x) => x.paper.title))).toEqual(new Set([NEW_PAPER.title, bread.title]));
  });

  it("lists an author's papers on the topic the question names first", async () => {
    const s = await built();
    const file = path.join(s.dir, 'authored.jsonl');
    const bread = {
      title: 'Monitoring Sourdough Fermentation with Gas Sensors',
      abstract: 'We monitor sourdough fermentation in bakeries with cheap gas sensors, and predict when the dough is ready to bake.',
      authors: ['Ada Quokkaline'],
    };
    await writeFile(file, [JSON.stringify({ ...NEW_PAPER, authors: ['Ada Quokkaline'] }), JSON.stringify(bread)].join('\n') + '\n');
    await ingest({ config: s.config, inputs: [file] });
    const r = await open(s.config);
    const titles = async (q: string) => (await r.search(q, 3)).results.map((x) => x.paper.title);
    expect((await titles('quokkaline on sourdough fermentation')).slice(0, 2)).toEqual([bread.title, NEW_PAPER.title]);
    expect((await titles('quokkaline on quantum annealing for routing')).slice(0, 2)).toEqual([NEW_PAPER.title, bread.title]);
    expect(new Set((await titles('papers by ada quokkaline')).slice(0, 2))).toEqual(new Set([bread.title, NEW_PAPER.title]));
  });

  it('finds a paper by its arXiv identifier or link, and says when no paper has the identifier', async () => {
    const s = await built();
    const file = path.join(s.dir, 'linked.jsonl');
    await writeFile(file, `${JSON.stringify(LINKED)}\n`);
    await ingest({ config: s.config, inputs: [file] });
    const r = await open(s.config);
    const named = await r.search('what is 2501.17999 about?', 5);
    expect(named).toMatchObject({ confidence: 'high', abstained: false });
    expect(named.results.map((x) => x.paper.title)).toEqual([LINKED.title]);
    const linked = await r.search('https://huggingface.co/papers/2501.17999v2 vs transformers for face parsing', 5);
    expect(linked.results[0]!.paper.title).toBe(LINKED.title);
    expect(linked.results.map((x) => x.paper.title)).toContain(FACES);
    expect(await r.search('arXiv:2502.00001', 5)).toMatchObject({ confidence: 'none', results: [], unknownRefs: ['2502.00001'] });
    expect((await r.lookupTitle('https://arxiv.org/pdf/2501.17999v1')).resolved?.title).toBe(LINKED.title);
    expect((await r.findPaper('https://arxiv.org/abs/2502.00001')).resolved).toBeNull();

    const about = await runCli(['ask', 'what is 2501.17999 about?'], s.env);
    expect(about.stdout).toContain('We propose routing tokens among experts with a quantum annealer');
    const unknown = await runCli(['ask', 'what is 2502.00001 about?'], s.env);
    expect(unknown.stdout).toContain('No paper in the corpus has the arXiv identifier 2502.00001.');
    expect(unknown.stdout).not.toMatch(/names no topic/);
    expect((await runCli(['similar', 'https://arxiv.org/abs/2502.00001'], s.env)).stdout).toContain('No paper in the corpus has the arXiv identifier 2502.00001.');
  });

  it('replaces a calibration fitted on other features at the next ingest, even of one paper', async () => {
    const s = await built();
    await storeOlderCalibration(s);
    expect((await readIndexInfo(s.config)).info?.confidence?.features).toEqual(['an', 'older', 'feature']);
    const file = path.join(s.dir, 'new.jsonl');
    await writeFile(file, `${JSON.stringify(NEW_PAPER)}\n`);
    await ingest({ config: s.config, inputs: [file] });
    expect((await readIndexInfo(s.config)).info?.confidence).toMatchObject({ features: [...FEATURES], papers: 41 });
  });

  it.each([
    ['on other features', otherFeatures],
    ['the first way, on the same features', firstMethod],
  ])('fits and stores a calibration again when an index calibrated %s is opened, so the next process uses it', async (_, change) => {
    const s = await built();
    await storeOlderCalibration(s, change);
    expect(isCalibrated((await readIndexInfo(s.config)).info!)).toBe(false);
    const expected = (await runCli(['search', PRECISE, '--json'], s.env)).stdout;
    expect((await readIndexInfo(s.config)).info?.confidence).toMatchObject({ features: [...FEATURES], method: CALIBRATION_METHOD, papers: 40 });
    await expectConsistent(s);
    const again = await runCli(['search', PRECISE, '--json'], s.env);
    expect(again.stdout).toBe(expected);
    expect(again.stderr).not.toContain('calibrat');
  });

  it('keeps serving the index in use when an ingest is killed while it writes a new one, and the next ingest completes', async () => {
    const s = await built();
    const before = await indexState(s);
    const expected = (await runCli(['search', PRECISE, '--json'], s.env)).stdout;

    const rebuild = spawnCli(['ingest', '--rebuild'], s.env);
    await rebuild.waitForStderr(/embedded and wrote \d+\/\d+ papers|embedding chunks: \d+\/\d+/, 60_000);
    rebuild.signal('SIGKILL');
    await rebuild.exited;
    const { info } = await readIndexInfo(s.config);
    expect(info).toEqual((before as { info: unknown }).info);
    await expectConsistent(s);
    expect((await runCli(['search', PRECISE, '--json'], s.env)).stdout).toBe(expected);

    const file = path.join(s.dir, 'new.jsonl');
    await writeFile(file, `${JSON.stringify(NEW_PAPER)}\n`);
    const done = await runCli(['ingest', file], s.env);
    expect(done.code).toBe(0);
    await expectConsistent(s);
    const r = await open(s.config);
    expect(r.size).toBe(41);
    expect((await r.search('quantum annealer routing tokens among experts', 3)).results[0]!.paper.title).toBe(NEW_PAPER.title);
  });

  it('is rebuilt with an embedder of another dimension, after saying how', async () => {
    const s = await built();
    const env = { ...s.env, PAPERBOT_LSA_DIMENSIONS: '16' };
    const refused = await runCli(['search', PRECISE], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/built with lsa-160 but the configuration selects lsa-16; run `paperbot ingest --rebuild`/);
    const rebuilt = await runCli(['ingest', '--rebuild'], env);
    expect(rebuilt.code).toBe(0);
    const stats = JSON.parse((await runCli(['stats', '--json'], env)).stdout) as { index: { dimensions: number; papers: number } };
    expect(stats.index).toMatchObject({ dimensions: 16, papers: 40 });
    const found = JSON.parse((await runCli(['search', PRECISE, '--json'], env)).stdout) as { results: { title: string }[] };
    expect(found.results.map((x) => x.title)).toContain(FACES);
    await expectConsistent({ ...s, config: { ...s.config, PAPERBOT_LSA_DIMENSIONS: 16 } });
  });
});

describe.each(backends.filter((b) => b.server))('the search index in $name against the embedded one', (backend) => {
  it('scores a query over its candidates as the embedded index scores it over every paper: same results, scores and confidence', async () => {
    // Few candidates, so that most papers are scored by neither side and the corpus's statistics
    // (from the sample, here every paper) decide the fused scores.
    const saved = PG_CANDIDATES.lexical;
    PG_CANDIDATES.lexical = 8;
    cleanups.push(async () => void (PG_CANDIDATES.lexical = saved));
    const fusion = { chunkPapers: 8 };
    const pg = await setup(backend);
    const embedded = await setup({ name: 'embedded' });
    await ingest({ config: pg.config, inputs: [pg.corpus] });
    await ingest({ config: embedded.config, inputs: [pg.corpus] });
    const [a, b] = await Promise.all([Retriever.open({ config: pg.config, fusion }), Retriever.open({ config: embedded.config, fusion })]);
    cleanups.push(() => a.close());
    expect(a.index.constructor.name).toBe('PostgresIndex');
    for (const q of [
      PRECISE,
      'mixture of experts routing',
      'distilling small language models for multi-step reasoning',
      'face security foundation model',
      // Chat around a question, two words typed as one, a quantity asked for.
      'hey, curious if theres a paper on mixture of experts routing lol',
      'facesecurity foundation model',
      'how many experts does the mixture of experts router use?',
      'fuondaiton modle for fcae secrity',
      'large language models',
      'what does the "in-context meta lora generation" paper do?',
    ]) {
      const [x, y] = await Promise.all([a.search(q, 5), b.search(q, 5)]);
      expect(x.results.map((r) => r.paper.title)).toEqual(y.results.map((r) => r.paper.title));
      x.results.forEach((r, i) => expect(r.score).toBeCloseTo(y.results[i]!.score, 2));
      expect(x.confidence).toBe(y.confidence);
      expect([x.unmentioned, x.unstated]).toEqual([y.unmentioned, y.unstated]);
    }
    // Both read the two words typed as one, and the quantity asked for.
    const [joined, spaced, asked] = await Promise.all([
      a.search('facesecurity foundation model', 5),
      a.search('face security foundation model', 5),
      a.search('how many experts does the mixture of experts router use?', 5),
    ]);
    expect(joined.results.map((r) => r.paper.title)).toEqual(spaced.results.map((r) => r.paper.title));
    expect(asked.unstated).toEqual(['experts']);
  });
});
