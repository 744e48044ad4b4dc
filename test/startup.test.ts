import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { runCli } from './helpers/cli.js';
import { CORPUS, smallCorpus, tempConfig } from './helpers/index.js';

let env: Record<string, string>;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempConfig();
  cleanup = t.cleanup;
  dir = t.dir;
  await ingest({ config: t.config, inputs: [await smallCorpus(dir, 30)] });
  env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS };
});
afterAll(() => cleanup());

/** The modules a CLI run loads, by URL. */
async function modulesLoaded(args: string[], name: string, stdin?: string): Promise<string[]> {
  const log = path.join(dir, `${name}.modules`);
  const r = await runCli(args, env, stdin, { moduleLog: log });
  expect(r.code).toBe(0);
  const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  expect(urls.some((u) => /\/dist\/src\/main\.js$/.test(u))).toBe(true);
  return urls;
}

/** The packages (node_modules) of loaded modules, by name. */
function packagesOf(urls: readonly string[]): Set<string> {
  return new Set(urls.flatMap((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? []));
}

/** The packages a CLI run loads, by name. */
async function packagesLoaded(args: string[], name: string): Promise<Set<string>> {
  return packagesOf(await modulesLoaded(args, name));
}

describe('what a command loads', () => {
  it('--help loads no package but the command-line parser', async () => {
    expect([...(await packagesLoaded(['--help'], 'help'))]).toEqual(['commander']);
  });

  it('search loads neither the bot, the LLM client and its tokenizer, nor the indexing code', async () => {
    const loaded = await packagesLoaded(['search', 'language models'], 'search');
    for (const heavy of ['discord.js', 'openai', '@langchain/openai', 'gpt-tokenizer', '@huggingface/transformers', '@langchain/textsplitters', 'vectra', 'langsmith']) {
      expect(loaded, `search loaded ${heavy}`).not.toContain(heavy);
    }
    expect(loaded).toContain('better-sqlite3');
  });

  it('invite-url prints the URL without loading discord.js', async () => {
    const log = path.join(dir, 'invite.modules');
    const r = await runCli(['invite-url'], { ...env, DISCORD_APPLICATION_ID: '123456789012345678' }, undefined, { moduleLog: log });
    expect(r.stdout).toMatch(/^https:\/\/discord\.com\/oauth2\/authorize\?client_id=123456789012345678&/);
    const loaded = packagesOf((await readFile(log, 'utf8')).split('\n').filter(Boolean));
    expect(loaded).toContain('discord-api-types');
    expect(loaded).not.toContain('discord.js');
  });

  it('the bot, with an LLM configured, loads the LLM client, its tokenizer and the prompt templates at start, before the first question', async () => {
    const log = path.join(dir, 'start-llm.modules');
    const r = await runCli(['start'], { ...env, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_API_KEY: 'sk-test' }, '/help\n', { moduleLog: log });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/LLM answers/);
    const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
    expect(packagesOf(urls)).toContain('openai');
    expect(packagesOf(urls)).toContain('gpt-tokenizer');
    expect(urls.some((u) => u.includes('/@langchain/core/dist/prompts/'))).toBe(true);
  });

  it('the terminal bot and ask, with no LLM configured, load neither discord.js, the LLM client and its tokenizer, nor LangChain\'s prompt templates', async () => {
    for (const [args, stdin] of [[['start'], '/help\n/ask question: language models\n'], [['ask', 'language models']]] as const) {
      const urls = await modulesLoaded([...args], args[0], stdin);
      const loaded = packagesOf(urls);
      for (const heavy of ['discord.js', 'openai', 'langsmith', 'gpt-tokenizer']) expect(loaded, `${args[0]} loaded ${heavy}`).not.toContain(heavy);
      expect(urls.filter((u) => u.includes('/@langchain/core/dist/prompts/')), `${args[0]} loaded LangChain's prompts`).toEqual([]);
    }
  });
});
