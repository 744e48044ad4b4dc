import { InvalidArgumentError } from 'commander';
import type { Config } from '../config.js';
import { Retriever } from '../retrieval/engine.js';
import { toStderr } from '../util/progress.js';

/** What every command gets: the configuration and the retrieval engine, both created on first use. */
export interface CliContext {
  config(): Config;
  retriever(): Promise<Retriever>;
}

export function createContext(loadConfig: () => Config): CliContext {
  let config: Config | undefined;
  let retriever: Promise<Retriever> | undefined;
  const ctx: CliContext = {
    config: () => (config ??= loadConfig()),
    retriever: () => (retriever ??= Retriever.open({ config: ctx.config(), progress: toStderr })),
  };
  return ctx;
}

/** Parses `--k`: a whole number from 1 to 100. */
export function parseK(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('must be a whole number from 1 to 100');
  return n;
}
