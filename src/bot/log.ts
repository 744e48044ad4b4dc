import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { databaseUrlSecrets } from '../store/database-url.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** Structured logger: one JSON object per line ({time, level, msg, ...fields}), secrets redacted. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

const ORDER: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LoggerOptions {
  level: LogLevel | 'silent';
  /** Exact strings never to write (tokens, API keys). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go (default: stderr). */
  write?: (line: string) => void;
}

/** Discord bot tokens, `Authorization` values and OpenAI-style keys, redacted even when they are not configured secrets; interaction tokens in webhook URLs too. */
const TOKEN_PATTERNS = [
  /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g,
  /\b(Bot|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/g,
  /\bsk-[A-Za-z0-9_-]{16,}\b/g,
];

export const REDACTED = '[redacted]';

/** Replaces every secret and anything shaped like a token in `text`. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join(REDACTED);
  for (const p of TOKEN_PATTERNS) out = out.replace(p, REDACTED);
  return out.replace(/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.-]{20,}/g, `$1${REDACTED}`);
}

/** The configured secrets: what {@link redact} must always hide. */
export function secretsOf(config: Config): string[] {
  return [config.DISCORD_TOKEN, config.OPENAI_API_KEY, config.PAPERBOT_EMBEDDING_API_KEY, ...databaseUrlSecrets(config.PAPERBOT_DATABASE_URL)].filter(
    (s): s is string => !!s,
  );
}

export function createLogger(options: LoggerOptions, base: LogFields = {}): Logger {
  const threshold = ORDER[options.level];
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const secrets = options.secrets ?? [];
  const emit = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (ORDER[level] < threshold) return;
    const entry = { time: new Date().toISOString(), level, msg, ...base, ...serializeFields(fields) };
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ time: entry.time, level, msg, note: 'fields could not be serialized' });
    }
    write(`${redact(line, secrets)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

function serializeFields(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? serializeError(v) : v;
  return out;
}

/** An error as plain data for a log line: name, message, code/status where present, stack. */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { name: e.name, message: e.message };
  if (e.code !== undefined) out.code = e.code;
  if (e.status !== undefined) out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = e.url;
  if (e.stack) out.stack = e.stack;
  if (e.cause !== undefined) out.cause = serializeError(e.cause);
  return out;
}

/** A short random id that ties a user-facing error message to its log line. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}
