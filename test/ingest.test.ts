import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/config.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { openStore } from '../src/store/open.js';
import { runCli, spawnCli } from './helpers/cli.js';
import { CORPUS, indexedConfig, smallCorpus, snapshot, storedPapers, tempConfig } from './helpers/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** An empty data directory (its corpus directory the bundled one unless `env` says otherwise). */
async function setup(env: Record<string, string> = {}) {
  const t = await tempConfig(env);
  cleanups.push(t.cleanup);
  return t;
}

/**
 * A corpus directory of the first SMALL papers of a bundled corpus page (`small.jsonl`), for the
 * tests that build an index but need no more papers than that.
 */
const SMALL = 40;
let small: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  const t = await tempConfig();
  await mkdir(path.join(t.dir, 'corpus'));
  await smallCorpus(path.join(t.dir, 'corpus'), SMALL);
  small = { dir: path.join(t.dir, 'corpus'), cleanup: t.cleanup };
});
afterAll(() => small?.cleanup());

/** A data directory holding the bundled corpus, indexed, for the tests that start from an index. */
async function indexed() {
  const t = await indexedConfig();
  cleanups.push(t.cleanup);
  return t;
}


describe('ingest', () => {
  it('builds the index once and embeds nothing again on an unchanged corpus', async () => {
    const { config } = await setup({ PAPERBOT_CORPUS_DIR: small.dir });
    const first = await ingest({ config });
    expect(first).toMatchObject({ papers: SMALL, added: SMALL, unchanged: false, rebuilt: true });
    expect(first.chunksEmbedded).toBeGreaterThan(SMALL);
    const before = await snapshot(config.PAPERBOT_DATA_DIR);
    const again = await ingest({ config });
    expect(again).toMatchObject({ papers: SMALL, added: 0, chunksEmbedded: 0, unchanged: true });
    expect(await snapshot(config.PAPERBOT_DATA_DIR)).toEqual(before);
  });

  it('adds new papers without re-embedding the rest, and they become searchable', async () => {
    const { config, dir } = await indexed();
    const file = path.join(dir, 'new.jsonl');
    await writeFile(
      file,
      [
        { title: 'Quantum Annealing for Sparse Mixture Routing', abstract: 'We route tokens among experts with a quantum annealer, and show that annealing schedules matter for routing quality in sparse mixtures.' },
        { title: 'In-Context Meta LoRA Generation', abstract: 'duplicate of a bundled paper' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const report = await ingest({ config, inputs: [file] });
    expect(report).toMatchObject({ papers: 589, added: 1, updated: 1 });
    expect(report.chunksEmbedded).toBe(1);
    const r = await Retriever.open({ config });
    const hits = await r.search('quantum annealer routing tokens among experts', 3);
    expect(hits.results[0]!.paper.title).toBe('Quantum Annealing for Sparse Mixture Routing');
    const dup = (await r.allPapers()).find((p) => p.title === 'In-Context Meta LoRA Generation')!;
    expect(dup.sources).toContain('new.jsonl');
    expect(dup.abstract).not.toBe('duplicate of a bundled paper');
  });

  it('leaves the index exactly as it was when an input is bad', async () => {
    const { config, dir } = await indexed();
    const before = await snapshot(config.PAPERBOT_DATA_DIR);
    const bad = path.join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ title: 'Fine', abstract: 'Fine abstract.' })}\nnot json\n`);
    await expect(ingest({ config, inputs: [bad] })).rejects.toThrow(`${bad}:2: malformed JSON`);
    expect(await snapshot(config.PAPERBOT_DATA_DIR)).toEqual(before);
  });

  it('refuses to query an index built by another embedder, saying how to rebuild', async () => {
    const { config } = await indexed();
    const other = loadConfig({ PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: config.PAPERBOT_CORPUS_DIR, PAPERBOT_LSA_DIMENSIONS: '64' });
    await expect(Retriever.open({ config: other })).rejects.toThrow(/built with lsa-160 but the configuration selects lsa-64; run `paperbot ingest --rebuild`/);
  });

  it('builds the index on first query when none exists', async () => {
    const { config } = await setup({ PAPERBOT_CORPUS_DIR: small.dir });
    const messages: string[] = [];
    const r = await Retriever.open({ config, progress: (m) => messages.push(m) });
    expect(r.size).toBe(SMALL);
    expect(messages[0]).toMatch(/no index .* yet: building it/);
    expect(messages.some((m) => /embedding chunks: \d+\/\d+/.test(m))).toBe(true);
  });
});

const NEW_PAPER = {
  title: 'Quantum Annealing for Sparse Mixture Routing',
  abstract: 'We route tokens among experts with a quantum annealer, and show that annealing schedules matter for routing quality in sparse mixtures.',
};

/**
 * Papers and one more from a JSONL file (`mine.jsonl`), in two index generations: the SMALL papers
 * of the small corpus (`smallUserPaper`), or the whole bundled corpus (`userPaper`: 589 papers, for
 * the tests that kill an ingest and need it to run long enough). The configured corpus directory
 * is the bundled one in both: an index refilled from it would hold 588 papers or more.
 */
let userPaper: { dir: string; cleanup: () => Promise<void> };
let smallUserPaper: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  const t = await indexedConfig();
  userPaper = t;
  const file = path.join(t.dir, 'mine.jsonl');
  await writeFile(file, `${JSON.stringify(NEW_PAPER)}\n`);
  await ingest({ config: t.config, inputs: [file] });

  const s = await tempConfig();
  smallUserPaper = s;
  await ingest({ config: s.config, inputs: [path.join(small.dir, 'small.jsonl')] });
  await writeFile(path.join(s.dir, 'mine.jsonl'), `${JSON.stringify(NEW_PAPER)}\n`);
  await ingest({ config: s.config, inputs: [path.join(s.dir, 'mine.jsonl')] });
});
afterAll(async () => {
  await userPaper?.cleanup();
  await smallUserPaper?.cleanup();
});

/** A copy of the small corpus plus one paper (or with `bundled`, of the bundled corpus plus one), for a test to change as it likes. */
async function withUserPaper(bundled = false) {
  const t = await setup();
  await cp((bundled ? userPaper : smallUserPaper).dir, t.dir, { recursive: true });
  return { ...t, file: path.join(t.dir, 'mine.jsonl'), papers: bundled ? 589 : SMALL + 1 };
}

async function expectUserPaperServed(config: Config, progress?: (m: string) => void, papers = SMALL + 1) {
  const r = await Retriever.open({ config, ...(progress ? { progress } : {}) });
  expect(r.size).toBe(papers);
  const hits = await r.search('quantum annealer routing tokens among experts', 3);
  expect(hits.results[0]!.paper.title).toBe(NEW_PAPER.title);
  return r;
}

const pointer = (config: Config) => path.join(config.PAPERBOT_DATA_DIR, 'CURRENT');
async function liveGeneration(config: Config): Promise<string> {
  return path.join(config.PAPERBOT_DATA_DIR, (await readFile(pointer(config), 'utf8')).trim());
}

describe('nothing a user added is lost', () => {
  it('ingest --rebuild re-embeds every paper of the store, whatever its origin', async () => {
    const { config } = await withUserPaper();
    const report = await ingest({ config, rebuild: true });
    expect(report).toMatchObject({ papers: SMALL + 1, rebuilt: true, added: 0 });
    await expectUserPaperServed(config);
  });

  it('a damaged CURRENT pointer falls back to the newest intact generation and says so', async () => {
    const { config } = await withUserPaper();
    const live = path.basename(await liveGeneration(config));
    for (const [content, problem] of [
      ['', 'empty'],
      ['garbage\u0000bytes', 'not a generation name'],
      ['gen-2020-01-01T00-00-00-000Z-abcdef', 'naming a missing generation'],
    ] as const) {
      await writeFile(pointer(config), content);
      const messages: string[] = [];
      await expectUserPaperServed(config, (m) => messages.push(m));
      expect(messages[0]).toBe(`warning: ${pointer(config)} is ${problem}; using ${live}, the newest intact index (${SMALL + 1} papers)`);
      expect((await readFile(pointer(config), 'utf8')).trim()).toBe(live);
    }
    await rm(pointer(config));
    const messages: string[] = [];
    await expectUserPaperServed(config, (m) => messages.push(m));
    expect(messages[0]).toMatch(/CURRENT is missing; using gen-/);
  });

  it('a deleted manifest falls back to the previous generation and catches up from the store, never from the bundled corpus', async () => {
    const { config } = await withUserPaper();
    const live = await liveGeneration(config);
    await rm(path.join(live, 'manifest.json'));
    const messages: string[] = [];
    await expectUserPaperServed(config, (m) => messages.push(m));
    expect(messages[0]).toMatch(new RegExp(`manifest\\.json is missing or damaged; using gen-\\S+, the newest intact index \\(${SMALL} papers\\)`));
    expect(messages.join('\n')).toMatch(/adding 1 new paper\(s\) to the index/);
    expect(messages.join('\n')).not.toMatch(/building it from/);
  });

  it('with no intact generation left, rebuilds the index from the store', async () => {
    const { config } = await withUserPaper();
    for (const gen of (await readdir(config.PAPERBOT_DATA_DIR)).filter((n) => n.startsWith('gen-'))) {
      await rm(path.join(config.PAPERBOT_DATA_DIR, gen, 'manifest.json'));
    }
    const messages: string[] = [];
    await expectUserPaperServed(config, (m) => messages.push(m));
    expect(messages.join('\n')).toMatch(`building the index from the paper store (${SMALL + 1} papers)`);
  });

  it('reports an index file that does not match its checksum, naming it and the command that repairs it', async () => {
    const { config } = await withUserPaper();
    const lsa = path.join(await liveGeneration(config), 'lsa.bin');
    const size = (await readFile(lsa)).byteLength;
    await rm(lsa);
    await writeFile(lsa, randomBytes(size));
    await expect(Retriever.open({ config })).rejects.toThrow(
      `${lsa}: does not match its checksum; the index is damaged: run \`paperbot ingest --rebuild\` to rebuild it from the paper store (your papers are kept)`,
    );
    const cli = await runCli(['search', 'beam search'], { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS });
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim().split('\n')).toEqual([`error: ${lsa}: does not match its checksum; the index is damaged: run \`paperbot ingest --rebuild\` to rebuild it from the paper store (your papers are kept)`]);
    await ingest({ config, rebuild: true });
    await expectUserPaperServed(config);
  });

  it('searches an index whose vector store file is damaged, since search does not read it, and the ingest that would copy it reports it', async () => {
    const { config, dir } = await withUserPaper();
    const vectors = path.join(await liveGeneration(config), 'vectors', 'index.json');
    await writeFile(vectors, randomBytes((await readFile(vectors)).byteLength));
    await expectUserPaperServed(config);
    const more = { title: 'Tidal Lantern Networks for Sparse Retrieval', abstract: 'We index lantern tides with sparse retrieval networks and show that tidal lanterns improve recall.' };
    const file = path.join(dir, 'more.jsonl');
    await writeFile(file, JSON.stringify(more));
    await expect(ingest({ config, inputs: [file] })).rejects.toThrow(
      `${vectors}: does not match its checksum; the index is damaged: run \`paperbot ingest --rebuild\` to rebuild it from the paper store (your papers are kept)`,
    );
    await ingest({ config, rebuild: true });
    const r = await expectUserPaperServed(config, undefined, SMALL + 2);
    expect((await r.search('tidal lantern networks sparse retrieval', 3)).results[0]!.paper.title).toBe(more.title);
  });

  it('searches from the matrices and word counts a generation stores, reports them when damaged, and serves a generation without them alike', async () => {
    const { config } = await withUserPaper();
    const live = await liveGeneration(config);
    const ask = async () => {
      const r = await expectUserPaperServed(config);
      const typed = await r.search('quantum anealer routing tokens amnog experts', 5);
      const similar = await r.similar(typed.results[0]!.paper.id, 5);
      return { typed: typed.results.map((h) => [h.paper.title, h.score]), similar: similar.map((h) => [h.paper.title, h.score]) };
    };
    const stored = await ask();
    expect(stored.typed[0]![0]).toBe(NEW_PAPER.title);

    const dense = path.join(live, 'dense.bin');
    const bytes = await readFile(dense);
    await writeFile(dense, randomBytes(bytes.byteLength));
    await expect(Retriever.open({ config })).rejects.toThrow(`${dense}: does not match its checksum; the index is damaged: run \`paperbot ingest --rebuild\``);

    // A generation written before these files existed: its manifest does not list them.
    const manifestFile = path.join(live, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    delete manifest.files['dense.bin'];
    delete manifest.files['words.json'];
    await writeFile(manifestFile, JSON.stringify(manifest));
    await rm(dense);
    await rm(path.join(live, 'words.json'));
    expect(await ask()).toEqual(stored);
  });

  it('never shows a raw parser message for a truncated index file', async () => {
    const { config } = await withUserPaper();
    const lexical = path.join(await liveGeneration(config), 'lexical.json');
    const text = await readFile(lexical, 'utf8');
    await rm(lexical);
    await writeFile(lexical, text.slice(0, 100));
    const err = (await Retriever.open({ config }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^\S+lexical\.json: \d+ bytes, the manifest says \d+; the index is damaged: run `paperbot ingest --rebuild`/);
    expect(err.message).not.toMatch(/Unexpected|JSON input|Cannot read/);
  });

  it('restores the papers from the index when the store database is gone', async () => {
    const { config } = await withUserPaper();
    for (const name of await readdir(config.PAPERBOT_DATA_DIR)) {
      if (name.startsWith('paperbot.db')) await rm(path.join(config.PAPERBOT_DATA_DIR, name));
    }
    const messages: string[] = [];
    await expectUserPaperServed(config, (m) => messages.push(m));
    expect(messages.join('\n')).toMatch(`paperbot.db was empty: restored ${SMALL + 1} papers from the index gen-`);
    expect(await storedPapers(config.PAPERBOT_DATA_DIR)).toHaveLength(SMALL + 1);
  });

  it('upgrades a data directory written before the store existed', async () => {
    const { config } = await withUserPaper();
    const dir = config.PAPERBOT_DATA_DIR;
    const live = await liveGeneration(config);
    const manifest = JSON.parse(await readFile(path.join(live, 'manifest.json'), 'utf8'));
    const { files: _files, storeRevision: _rev, ...v1 } = manifest;
    await writeFile(path.join(live, 'manifest.json'), JSON.stringify({ ...v1, version: 1 }));
    for (const name of await readdir(dir)) {
      if (name.startsWith('paperbot.db') || (name.startsWith('gen-') && path.join(dir, name) !== live)) await rm(path.join(dir, name), { recursive: true });
    }
    await writeFile(path.join(dir, 'feedback.jsonl'), `${JSON.stringify({ at: 't', vote: 'up', answerKey: 'k', userId: 'u', surface: 'discord', question: 'q', answer: 'a', mode: 'llm', citations: [] })}\n`);
    await expectUserPaperServed(config);
    expect(await storedPapers(dir)).toHaveLength(SMALL + 1);
    const store = await openStore(config);
    expect(await store.feedback.all()).toHaveLength(1);
    await store.close();
  });

  it('a query while another process commits the first index waits for it, with no warning and no repair of the pointer', async () => {
    // The moment of a first build between its manifest and its pointer: the generation is complete,
    // CURRENT not written yet, and the building process (here a stand-in) holds the ingest lock.
    const { config } = await withUserPaper();
    const live = await liveGeneration(config);
    for (const gen of (await readdir(config.PAPERBOT_DATA_DIR)).filter((n) => n.startsWith('gen-'))) {
      if (path.join(config.PAPERBOT_DATA_DIR, gen) !== live) await rm(path.join(config.PAPERBOT_DATA_DIR, gen), { recursive: true });
    }
    await rm(pointer(config));
    const builder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    cleanups.push(async () => void builder.kill());
    await writeFile(path.join(config.PAPERBOT_DATA_DIR, 'ingest.lock'), String(builder.pid));

    const messages: string[] = [];
    let opened = false;
    const opening = expectUserPaperServed(config, (m) => messages.push(m)).then((r) => ((opened = true), r));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(opened).toBe(false);
    await writeFile(pointer(config), `${path.basename(live)}\n`);
    await rm(path.join(config.PAPERBOT_DATA_DIR, 'ingest.lock'));
    await opening;
    expect(messages.join('\n')).not.toMatch(/warning|missing/);
    expect(messages.join('\n')).not.toMatch(/building|adding/);
  });

  it('several first queries on an empty data directory wait for the one index build', async () => {
    const { config } = await setup();
    const env = { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS };
    const runs = await Promise.all([0, 1, 2].map(() => runCli(['search', 'beam search decoding', '--json', '--k', '1'], env)));
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/is updating|wait for it to finish|warning/);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).results).toHaveLength(1);
    }
    const inProcess = await Promise.all([0, 1, 2].map(() => Retriever.open({ config })));
    expect(inProcess.map((r) => r.size)).toEqual([588, 588, 588]);
    expect((await readdir(config.PAPERBOT_DATA_DIR)).filter((n) => n.startsWith('gen-'))).toHaveLength(1);
  });

  it('cleans up a temporary pointer file left by a killed ingest', async () => {
    const { config, dir } = await withUserPaper();
    const stale = path.join(config.PAPERBOT_DATA_DIR, 'CURRENT.99999999.deadbe.tmp');
    await writeFile(stale, 'gen-x\n');
    const file = path.join(dir, 'more.jsonl');
    await writeFile(file, `${JSON.stringify({ title: 'Yet Another Paper', abstract: 'Something new about routing.' })}\n`);
    await ingest({ config, inputs: [file] });
    expect(await readdir(config.PAPERBOT_DATA_DIR)).not.toContain(path.basename(stale));
  });

  it('an ingest killed while it writes the new generation loses nothing: the previous index serves and the next query catches up', async () => {
    const { config, dir, papers } = await withUserPaper(true);
    const env = { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS };
    const live = await liveGeneration(config);

    const rebuild = spawnCli(['ingest', '--rebuild'], env);
    await rebuild.waitForStderr(/embedding chunks: \d+\/\d+/);
    rebuild.signal('SIGKILL');
    await rebuild.exited;
    const partial = (await readdir(config.PAPERBOT_DATA_DIR)).filter((n) => n.startsWith('gen-') && path.join(config.PAPERBOT_DATA_DIR, n) !== live);
    expect(partial.length).toBeGreaterThan(0);
    expect(await liveGeneration(config)).toBe(live);
    await expectUserPaperServed(config, undefined, papers);

    const file = path.join(dir, 'late.jsonl');
    await writeFile(file, `${JSON.stringify({ title: 'Hypernetwork Routing of Mixture Experts', abstract: 'A hypernetwork emits the router of a sparse mixture of experts from a task description.' })}\n`);
    const add = spawnCli(['ingest', file], env);
    await add.waitForStderr(/adding 1 new paper\(s\) to the index/);
    add.signal('SIGKILL');
    await add.exited;
    expect(await storedPapers(config.PAPERBOT_DATA_DIR)).toHaveLength(papers + 1);
    const messages: string[] = [];
    const r = await Retriever.open({ config, progress: (m) => messages.push(m) });
    expect(r.size).toBe(papers + 1);
    expect((await r.search('hypernetwork emits the router of a sparse mixture', 1)).results[0]!.paper.title).toBe('Hypernetwork Routing of Mixture Experts');
    expect(messages.join('\n')).toMatch(/adding 1 new paper\(s\) to the index/);
  });
});
