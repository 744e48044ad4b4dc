import { existsSync } from 'node:fs';
import * as z from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/**
 * Every setting paperbot reads, with its default. This is the only module that reads `process.env`.
 */
export const ConfigSchema = z.object({
  PAPERBOT_DATA_DIR: z.string().default('./data'),
  PAPERBOT_CORPUS_DIR: z.string().default('./corpus'),
  PAPERBOT_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

  PAPERBOT_EMBEDDER: z.enum(['lsa', 'transformers', 'openai']).default('lsa'),
  PAPERBOT_LSA_DIMENSIONS: int(160, 8),
  PAPERBOT_TRANSFORMERS_MODEL: z.string().default('Xenova/all-MiniLM-L6-v2'),
  PAPERBOT_TRANSFORMERS_LOCAL_DIR: optionalString,
  PAPERBOT_EMBEDDING_BASE_URL: optionalString,
  PAPERBOT_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  PAPERBOT_EMBEDDING_API_KEY: optionalString,
  /** The store of record in PostgreSQL instead of the SQLite file in the data directory. A secret (it may hold a password). */
  PAPERBOT_DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:$/.test(URL.canParse(v) ? new URL(v).protocol : ''), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  /** The PostgreSQL schema that holds paperbot's tables (created when missing). */
  PAPERBOT_DATABASE_SCHEMA: z
    .string()
    .default('paperbot')
    .refine((v) => /^[a-z_][a-z0-9_]{0,62}$/.test(v), { message: 'must be a lower-case SQL name (letters, digits and _, at most 63)' }),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  PAPERBOT_LLM_MODEL: z.string().default('gpt-4o-mini'),
  PAPERBOT_LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.2),
  PAPERBOT_LLM_TIMEOUT_MS: int(20_000, 100),
  PAPERBOT_LLM_MAX_TOKENS: int(600, 16),
  PAPERBOT_LLM_MAX_RETRIES: int(2),
  /** LLM calls failing (errors or timeouts) this many times in a row pause the LLM: answers are extractive at once. */
  PAPERBOT_LLM_BREAKER_FAILURES: int(3, 1),
  /** How long the LLM stays paused before one call tries it again. */
  PAPERBOT_LLM_BREAKER_COOLDOWN_MS: int(60_000, 100),
  /** Every question is answered within this time, waiting for the LLM included (then extractively). */
  PAPERBOT_REQUEST_DEADLINE_MS: int(30_000, 100),
  PAPERBOT_CONTEXT_TOKENS: int(3000, 200),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString,
  PAPERBOT_COOLDOWN_SECONDS: z.coerce.number().min(0).default(10),
  PAPERBOT_MAX_CONCURRENT_LLM: int(2, 1),
  /** Recent answers kept (in the data dir) for follow-ups and their buttons. */
  PAPERBOT_ANSWER_MEMORY: int(500, 1),
  /** How often the bot looks in the store for papers another process added, to serve them (0: never). */
  PAPERBOT_PAPERS_CHECK_SECONDS: z.coerce.number().min(0).max(86_400).default(60),

  DAILY_PAPERS_URL: z.string().default('https://huggingface.co'),
  PAPERBOT_DAILY_FETCH: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  PAPERBOT_DAILY_FETCH_CRON: z.string().default('0 6 * * *'),
  /** Time zone of `PAPERBOT_DAILY_FETCH_CRON`. */
  PAPERBOT_DAILY_FETCH_TIMEZONE: z.string().default('UTC'),
  /** Budget for one daily-papers request (connect, headers and body). */
  PAPERBOT_DAILY_FETCH_TIMEOUT_MS: int(15_000, 100),
  /** Minimum time between the starts of two daily-papers requests (requests are sequential). */
  PAPERBOT_DAILY_FETCH_INTERVAL_MS: int(1_000, 0),
  PAPERBOT_DIGEST_CHANNEL_ID: optionalString,
  PAPERBOT_DIGEST_CRON: optionalString,
  PAPERBOT_DIGEST_TIMEZONE: z.string().default('UTC'),
  /** Days a scheduled digest covers when no earlier posting is on record (ending the day before it is posted). */
  PAPERBOT_DIGEST_DAYS: z.coerce.number().int().min(1).max(366).default(7),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses settings from an environment (defaults to `process.env`). Secrets never appear in the error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join('.') ?? 'configuration';
    throw new ConfigError(`invalid setting ${key}: ${issue?.message ?? 'invalid value'}`);
  }
  return result.data;
}

/**
 * Reads the settings file into `process.env`, where a variable already set wins over the file: the
 * file `PAPERBOT_ENV_FILE` names, or else `.env` in the working directory when there is one. An empty
 * `PAPERBOT_ENV_FILE` reads no file (the test suite runs the CLI so). Returns the file read, if any.
 */
export function loadEnvFile(): string | undefined {
  const named = process.env.PAPERBOT_ENV_FILE;
  if (named === '') return undefined;
  const file = named ?? '.env';
  if (!existsSync(file)) {
    if (named === undefined) return undefined;
    throw new ConfigError(`PAPERBOT_ENV_FILE names ${file}, which does not exist`);
  }
  process.loadEnvFile(file);
  return file;
}
