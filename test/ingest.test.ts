import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest.js';
import { REPO, snapshot, tempConfig } from './helpers/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const t = await tempConfig();
  cleanups.push(t.cleanup);
  return t;
}


describe('ingest', () => {
  it('builds the index once and embeds nothing again on an unchanged corpus', async () => {
    const { config } = await setup();
    const first = await ingest({ config });
    expect(first).toMatchObject({ papers: 588, added: 588, unchanged: false, rebuilt: true });
    expect(first.chunksEmbedded).toBeGreaterThan(588);
    const before = await snapshot(config.PAPERBOT_DATA_DIR);
    const again = await ingest({ config });
    expect(again).toMatchObject({ papers: 588, added: 0, chunksEmbedded: 0, unchanged: true });
    expect(await snapshot(config.PAPERBOT_DATA_DIR)).toEqual(before);
  });

  it('adds new papers without re-embedding the rest, and they become searchable', async () => {
    const { config, dir } = await setup();
    await ingest({ config });
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
    const dup = r.papers.find((p) => p.title === 'In-Context Meta LoRA Generation')!;
    expect(dup.sources).toContain('new.jsonl');
    expect(dup.abstract).not.toBe('duplicate of a bundled paper');
  });

  it('leaves the index exactly as it was when an input is bad', async () => {
    const { config, dir } = await setup();
    await ingest({ config });
    const before = await snapshot(config.PAPERBOT_DATA_DIR);
    const bad = path.join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ title: 'Fine', abstract: 'Fine abstract.' })}\nnot json\n`);
    await expect(ingest({ config, inputs: [bad] })).rejects.toThrow(`${bad}:2: malformed JSON`);
    expect(await snapshot(config.PAPERBOT_DATA_DIR)).toEqual(before);
  });

  it('refuses to query an index built by another embedder, saying how to rebuild', async () => {
    const { config } = await setup();
    await ingest({ config });
    const other = loadConfig({ PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: config.PAPERBOT_CORPUS_DIR, PAPERBOT_LSA_DIMENSIONS: '64' });
    await expect(Retriever.open({ config: other })).rejects.toThrow(/built with lsa-160 but the configuration selects lsa-64; run `paperbot ingest --rebuild`/);
  });

  it('builds the index on first query when none exists', async () => {
    const { config } = await setup();
    const messages: string[] = [];
    const r = await Retriever.open({ config, progress: (m) => messages.push(m) });
    expect(r.size).toBe(588);
    expect(messages[0]).toMatch(/no index .* yet: building it/);
    expect(messages.some((m) => /embedding chunks: \d+\/\d+/.test(m))).toBe(true);
  });

  it('keeps the previous index loadable when an ingest is killed', async () => {
    const { config } = await setup();
    await ingest({ config });
    const env = { ...process.env, PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: config.PAPERBOT_CORPUS_DIR };
    for (const delay of [400, 900, 1400]) {
      const child = spawn(process.execPath, [path.join(REPO, 'bin/paperbot.js'), 'ingest', '--rebuild'], { env, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const r = await Retriever.open({ config });
      expect(r.size).toBe(588);
      expect((await r.search('LoRA weight generation', 1)).results).toHaveLength(1);
    }
    const report = await ingest({ config });
    expect(report.unchanged).toBe(true);
  });
});
