import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDescriptions } from '../src/corpus/descriptions.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { runCli } from './helpers/cli.js';
import { indexedConfig, smallCorpus, storedPapers, tempConfig } from './helpers/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const TITLE = 'In-Context Meta LoRA Generation';
/** Words none of the small corpus's abstracts use: only a description can lead a query there. */
const EVERYDAY = 'a recipe machine that cooks up patches from a plain note';
const DESCRIPTION = {
  title: TITLE,
  summary: 'A recipe machine that cooks up tailored add-on patches for a chatbot from a plain note about the job.',
  questions: ['patch recipe machine', 'is there a paper that cooks up patches from a plain note?'],
};

/** A data directory and a corpus directory holding the first 40 papers of a bundled page. */
async function small() {
  const t = await tempConfig();
  cleanups.push(t.cleanup);
  const corpus = path.join(t.dir, 'corpus');
  await mkdir(corpus);
  await smallCorpus(corpus, 40);
  return { ...t, corpus };
}

const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

describe('paper descriptions', () => {
  it('are read from a .descriptions.jsonl file beside the papers, kept in the store, and let everyday words find the paper', async () => {
    const { config, corpus } = await small();
    await writeFile(path.join(corpus, 'mine.descriptions.jsonl'), jsonl([DESCRIPTION]));
    const report = await ingest({ config, inputs: [corpus] });
    expect(report).toMatchObject({ papers: 40, added: 40 });
    const stored = (await storedPapers(config.PAPERBOT_DATA_DIR)).find((p) => p.title === TITLE)!;
    expect(stored.description).toEqual({ summary: DESCRIPTION.summary, questions: DESCRIPTION.questions });
    const hits = await (await Retriever.open({ config })).search(EVERYDAY, 3);
    expect(hits.results[0]!.paper.title).toBe(TITLE);
  });

  it('given later to a paper already indexed, re-index it; a description of no known paper is reported and skipped', async () => {
    const { config, corpus, dir } = await small();
    await ingest({ config, inputs: [corpus] });
    const before = await (await Retriever.open({ config })).search(EVERYDAY, 3);
    expect(before.results[0]?.paper.title).not.toBe(TITLE);

    const file = path.join(dir, 'later.descriptions.jsonl');
    await writeFile(file, jsonl([DESCRIPTION, { title: 'A Paper Nobody Added', summary: 'Nothing.', questions: [] }]));
    const progress: string[] = [];
    const report = await ingest({ config, inputs: [file], progress: (m) => progress.push(m) });
    expect(report).toMatchObject({ papers: 40, added: 0, updated: 1, rebuilt: true });
    expect(progress).toContain('skipped 1 description of no known paper, e.g. "A Paper Nobody Added"');
    const after = await (await Retriever.open({ config })).search(EVERYDAY, 3);
    expect(after.results[0]!.paper.title).toBe(TITLE);

    // The same file again changes nothing.
    expect(await ingest({ config, inputs: [file] })).toMatchObject({ added: 0, updated: 0, unchanged: true });
  });

  it('a malformed descriptions file stops the ingest at its line, and nothing is written', async () => {
    const { config, corpus, dir } = await small();
    await ingest({ config, inputs: [corpus] });
    const file = path.join(dir, 'bad.descriptions.jsonl');
    await writeFile(file, jsonl([DESCRIPTION, { title: TITLE, questions: ['no summary'] }]));
    const r = await runCli(['ingest', file], { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: corpus });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2: invalid description: summary`);
    expect((await storedPapers(config.PAPERBOT_DATA_DIR)).every((p) => p.description === undefined)).toBe(true);
  });

  it('strip control characters and refuse an empty summary', () => {
    expect(parseDescriptions(jsonl([{ title: 'A\u0007 Title', summary: 'Plain\u0000 words.', questions: ['q1\u0007', ' '] }]), 'f.descriptions.jsonl')).toEqual([
      { title: 'A Title', description: { summary: 'Plain words.', questions: ['q1'] } },
    ]);
    expect(() => parseDescriptions(jsonl([{ title: 'T', summary: '  ', questions: [] }]), 'f.descriptions.jsonl')).toThrow('f.descriptions.jsonl:1: empty summary');
  });

  it('of the bundled papers come with the bundled corpus', async () => {
    const t = await indexedConfig();
    cleanups.push(t.cleanup);
    const papers = await storedPapers(t.config.PAPERBOT_DATA_DIR);
    expect(papers).toHaveLength(588);
    expect(papers.filter((p) => p.description !== undefined)).toHaveLength(588);
    // The eight requests the prompt asks for: keywords, a chat question, paraphrases, a long request, ...
    expect(papers.filter((p) => p.description!.questions.length === 8)).toHaveLength(588);
  });
});
