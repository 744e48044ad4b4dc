import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CORPUS = path.join(REPO, 'corpus');
export const FIXTURES = path.join(REPO, 'test/fixtures');

/** A config over a fresh temporary data directory. */
export async function tempConfig(env: Record<string, string> = {}): Promise<{ config: Config; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'paperbot-test-'));
  const config = loadConfig({ PAPERBOT_DATA_DIR: path.join(dir, 'data'), PAPERBOT_CORPUS_DIR: CORPUS, PAPERBOT_LOG_LEVEL: 'silent', ...env });
  return { config, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
