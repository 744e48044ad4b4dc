import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import { runCli } from './helpers/cli.js';
import type { Config } from '../src/config.js';
import { CORPUS, indexedConfig } from './helpers/index.js';

let env: Record<string, string>;
let config: Config;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await indexedConfig();
  cleanup = t.cleanup;
  config = t.config;
  env = { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS, PAPERBOT_COOLDOWN_SECONDS: '30' };
});
afterAll(() => cleanup());

describe('paperbot start without a Discord token (terminal mode)', () => {
  it('answers /ask, /similar, /digest and /help from piped stdin with the same command modules', async () => {
    const input = [
      '/help',
      '/ask what is lora? k:3',
      '!2',
      'how does it compare to full fine-tuning?',
      '/similar conditonal poisson stochastic beam serch k:3',
      '/digest days:3',
      '/digest days:0',
      '/ask',
      '/frobnicate',
    ].join('\n');
    const r = await runCli(['start'], env, `${input}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^paperbot: 588 papers, extractive answers/);
    expect(out).toContain('Terminal mode (no DISCORD_TOKEN)');
    expect(out).toContain('/ask question [k] [private]');
    expect(out).toContain('/similar title [k]');
    expect(out).toContain('== what is lora? ==');
    expect(out).toMatch(/Cited papers:\n {2}\[1\] \S/);
    expect(out).toMatch(/\(Extractive answer \(no LLM\) · (?:\d+ ms|\d+\.\d s)\)/);
    expect(out).toContain('Thanks, your 👍 is recorded.');
    expect(out).toMatch(/== how does it compare to full fine-tuning\? ==[\s\S]*follow-up\)/);
    expect(out).toContain('== Related to: Conditional Poisson Stochastic Beam Search ==');
    expect(out).toMatch(/== Paper digest: (\d{4}-\d{2}-\d{2}) to \d{4}-\d{2}-\d{2} ==\n\d+ papers in \d+ themes, largest first\./);
    expect(out).toMatch(/== 1\. .+ \(\d+ papers?\) ==\n.+\[1\]/);
    expect(out).toContain('(Summaries quoted from the abstracts (no LLM))');
    expect(out).toContain('error: days must be at least 1');
    expect(out).toContain('error: /ask needs question');
    expect(out).toContain('error: unknown command /frobnicate');
    expect(r.stderr).toBe('');
    const store = await openStore(config);
    const votes = await store.feedback.all();
    expect(votes[0]).toMatchObject({ vote: 'up', surface: 'terminal', question: 'what is lora?' });
    const answers = await store.answers.recent(10);
    await store.close();
    expect(answers.map((a) => a.question)).toEqual(['what is lora?', 'how does it compare to full fine-tuning?']);
    expect(answers[1]!.history).toEqual([{ question: 'what is lora?', answer: answers[0]!.answer }]);
  });
});
