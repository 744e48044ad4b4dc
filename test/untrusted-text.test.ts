import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputFiles, readInputFile } from '../src/corpus/load.js';
import { runCli } from './helpers/cli.js';

const now = new Date('2026-03-20T00:00:00Z');
const ABSTRACT = 'An abstract long enough to read as one, about sparse attention routing in long-context transformers.';

const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

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
