import { InvalidArgumentError } from 'commander';
import type { Config } from '../config.js';
import type { Retriever } from '../retrieval/engine.js';

/**
 * What every command gets: the configuration and the retrieval engine, both created on first use
 * (their modules too, so a command loads only what it needs).
 */
export interface CliContext {
  config(): Promise<Config>;
  retriever(): Promise<Retriever>;
}

export function createContext(loadConfig: () => Promise<Config>): CliContext {
  let config: Promise<Config> | undefined;
  let retriever: Promise<Retriever> | undefined;
  const ctx: CliContext = {
    config: () => (config ??= loadConfig()),
    retriever: () =>
      (retriever ??= (async () => {
        const [{ Retriever }, { toStderr }, config] = await Promise.all([import('../retrieval/engine.js'), import('../util/progress.js'), ctx.config()]);
        return Retriever.open({ config, progress: toStderr });
      })()),
  };
  return ctx;
}

/** A whole number of at least 1, from a command-line option. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

/** Parses `--k`: a whole number from 1 to 100. */
export function parseK(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('must be a whole number from 1 to 100');
  return n;
}
