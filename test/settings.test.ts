import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { runCli } from './helpers/cli.js';
import { CORPUS, smallCorpus, tempConfig } from './helpers/index.js';
import { refusedConnections } from './support/no-network.js';
import { type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

let stub: OpenAiStub;
let env: Record<string, string>;
let cwd: string;
/** A JSON Lines file of 30 bundled papers. */
let small: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  stub = await startOpenAiStub();
  const t = await tempConfig();
  cleanups.push(t.cleanup);
  small = await smallCorpus(t.dir, 30);
  await ingest({ config: t.config, inputs: [small] });
  env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS };
  cwd = await mkdtemp(path.join(tmpdir(), 'paperbot-cwd-'));
  cleanups.push(() => rm(cwd, { recursive: true, force: true }));
  // A developer's settings file, in the directory the CLI runs in: an LLM server and a model.
  await writeFile(path.join(cwd, '.env'), `OPENAI_BASE_URL=${stub.baseURL}\nPAPERBOT_LLM_MODEL=from-env-file\n`);
});
afterAll(async () => {
  await stub.close();
  for (const c of cleanups) await c();
});

const chatRequests = () => stub.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe('the settings file (.env)', () => {
  it('does not reach the CLI the tests run, whatever it holds', async () => {
    stub.reset();
    const r = await runCli(['ask', 'How can LoRA weights be generated?', '--json'], env, undefined, { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mode: 'extractive' });
    expect(chatRequests()).toHaveLength(0);
  });

  it('is read from the working directory when a person runs a command; the environment wins over it', async () => {
    stub.reset();
    stub.queueChat('LoRA weights can be generated from a task description [1].');
    const r = await runCli(['ask', 'How can LoRA weights be generated?', '--json'], env, undefined, { cwd, envFile: true });
    expect(r.code).toBe(0);
    expect(chatRequests().map((q) => (q.body as { model: string }).model)).toEqual(['from-env-file']);

    stub.reset();
    stub.queueChat('LoRA weights can be generated from a task description [1].');
    await runCli(['ask', 'How can LoRA weights be generated?', '--json'], { ...env, PAPERBOT_LLM_MODEL: 'from-shell' }, undefined, { cwd, envFile: true });
    expect(chatRequests().map((q) => (q.body as { model: string }).model)).toEqual(['from-shell']);
  });

  it('is the file PAPERBOT_ENV_FILE names, and one that does not exist is a one-line error', async () => {
    stub.reset();
    stub.queueChat('LoRA weights can be generated from a task description [1].');
    const named = await runCli(['ask', 'How can LoRA weights be generated?', '--json'], { ...env, PAPERBOT_ENV_FILE: path.join(cwd, '.env') });
    expect(named.code).toBe(0);
    expect(chatRequests()).toHaveLength(1);

    const missing = await runCli(['search', 'lora'], { ...env, PAPERBOT_ENV_FILE: path.join(cwd, 'missing.env') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`error: PAPERBOT_ENV_FILE names ${path.join(cwd, 'missing.env')}, which does not exist\n`);
  });
});

describe('the test network guard', () => {
  it('refuses connections to anything but the loopback, in the test process', () => {
    expect(() => connect(443, 'api.openai.com')).toThrow(/refused a connection to api\.openai\.com:443/);
    expect(refusedConnections.splice(0)).toEqual(['api.openai.com:443']);
  });

  it('refuses them in the CLI processes the tests start: an OpenAI key without a base URL would reach api.openai.com', async () => {
    const t = await tempConfig();
    cleanups.push(t.cleanup);
    const r = await runCli(['ingest', small], { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_EMBEDDER: 'openai', OPENAI_API_KEY: 'sk-test' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('test network guard: refused a connection to api.openai.com:443');
  });
});
