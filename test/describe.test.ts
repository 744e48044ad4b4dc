import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDescriptionReply } from '../src/answer/describe.js';
import { LlmError } from '../src/answer/llm/llm.js';
import { loadConfig } from '../src/config.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { runCli } from './helpers/cli.js';
import { smallCorpus, storedPapers, tempConfig } from './helpers/index.js';
import { type ChatBody, type OpenAiStub, describedTitle, startOpenAiStub } from './support/openai-server.js';

const TITLE = 'In-Context Meta LoRA Generation';
const EVERYDAY = 'a recipe machine that cooks up patches from a plain note';

let stub: OpenAiStub;
beforeAll(async () => {
  stub = await startOpenAiStub();
});
afterAll(() => stub.close());

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  stub.reset();
  while (cleanups.length) await cleanups.pop()!();
});

/** A data directory holding the first 40 papers of a bundled page, indexed, with the stub as its LLM. */
async function small(env: Record<string, string> = {}) {
  const t = await tempConfig();
  cleanups.push(t.cleanup);
  const corpus = path.join(t.dir, 'corpus');
  await mkdir(corpus);
  await smallCorpus(corpus, 40);
  const settings = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: corpus, ...env };
  await ingest({ config: loadConfig(settings) });
  return { ...t, settings, config: loadConfig(settings) };
}


describe('paperbot describe', () => {
  it('has the LLM describe each paper without a description, keeps the descriptions, and search reads them', async () => {
    const { settings, config } = await small({ OPENAI_BASE_URL: stub.baseURL, PAPERBOT_LLM_MAX_RETRIES: '0' });
    stub.onChat((body) => {
      const title = describedTitle(body);
      const summary = title === TITLE ? 'A recipe machine that cooks up tailored add-on patches for a chatbot from a plain note about the job.' : `About ${title}.`;
      return JSON.stringify({ summary, questions: [`${title} keywords`, 'is there a paper on this?', 'a paraphrase', 'another paraphrase'] });
    });
    const r = await runCli(['describe', '--limit', '5'], settings);
    expect(r.stderr).toContain('describing 5 paper(s) with');
    expect(r.stdout).toBe('described 5 papers; 35 without a description; indexed 40 papers\n');
    expect(r.code).toBe(0);
    const sent = stub.requests.filter((q) => q.path.endsWith('/chat/completions')).map((q) => q.body as ChatBody);
    expect(sent).toHaveLength(5);
    expect(sent[0]!.response_format?.type).toBe('json_schema');
    expect(String(sent[0]!.messages.at(-1)!.content)).toContain('Abstract: Low-rank Adaptation (LoRA)');

    const described = (await storedPapers(config.PAPERBOT_DATA_DIR)).find((p) => p.title === TITLE)!;
    expect(described.description?.summary).toContain('recipe machine');
    const hits = await (await Retriever.open({ config })).search(EVERYDAY, 3);
    expect(hits.results[0]!.paper.title).toBe(TITLE);

    // A second run describes the next papers only.
    const again = await runCli(['describe', '--limit', '5', '--json'], settings);
    expect(JSON.parse(again.stdout)).toMatchObject({ described: 5, failed: 0, remaining: 30 });
  });

  it('reports a paper the LLM fails on and keeps the others', async () => {
    const { settings, config } = await small({ OPENAI_BASE_URL: stub.baseURL, PAPERBOT_LLM_MAX_RETRIES: '0' });
    stub.onChat((body) => (describedTitle(body) === TITLE ? { status: 500 } : JSON.stringify({ summary: 'Plain words.', questions: ['q'] })));
    const r = await runCli(['describe', '--limit', '3'], settings);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`could not describe "${TITLE}"`);
    expect(r.stdout).toBe('described 2 papers, 1 failed; 38 without a description; indexed 40 papers\n');
    const papers = await storedPapers(config.PAPERBOT_DATA_DIR);
    expect(papers.filter((p) => p.description)).toHaveLength(2);
    expect(papers.find((p) => p.title === TITLE)!.description).toBeUndefined();
  });

  it('says in one line that it needs an LLM when none is configured', async () => {
    const { settings } = await small();
    const r = await runCli(['describe'], settings);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: describing papers needs an LLM: set OPENAI_BASE_URL (any OpenAI-compatible server) or OPENAI_API_KEY\n');
  });
});

describe('a description reply', () => {
  it('is read from JSON, JSON in a code fence, or the text form the prompt asks for', () => {
    const want = { summary: 'Plain words.', questions: ['short query', 'is there a paper on it?'] };
    expect(parseDescriptionReply(JSON.stringify(want))).toEqual(want);
    expect(parseDescriptionReply(`\`\`\`json\n${JSON.stringify(want)}\n\`\`\``)).toEqual(want);
    expect(parseDescriptionReply('Summary: Plain\nwords.\n1. short query\n2) is there a paper on it?\n')).toEqual(want);
  });

  it('keeps the eight requests the prompt asks for, and no more', () => {
    const questions = Array.from({ length: 9 }, (_, i) => `request ${i + 1}`);
    expect(parseDescriptionReply(JSON.stringify({ summary: 'Plain words.', questions })).questions).toEqual(questions.slice(0, 8));
    const text = `Summary: Plain words.\n${questions.map((q, i) => `${i + 1}. ${q}`).join('\n')}`;
    expect(parseDescriptionReply(text).questions).toEqual(questions.slice(0, 8));
  });

  it('without a summary is a malformed reply', () => {
    expect(() => parseDescriptionReply('I cannot help with that.')).toThrow(LlmError);
    expect(() => parseDescriptionReply('{"summary": "", "questions": []}')).toThrow('without a usable description');
  });
});
