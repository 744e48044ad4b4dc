import type { Config } from '../../config.js';
import type OpenAI from 'openai';
import type { APIError } from 'openai';
import { truncate } from '../../util/truncate.js';

/** One chat message sent to the model. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Settings for an OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, llama.cpp, LM Studio). */
export interface LlmSettings {
  /** e.g. "http://localhost:11434/v1"; when undefined the SDK default (OPENAI_BASE_URL or api.openai.com) applies. */
  baseURL?: string;
  /** May be empty for local servers that do not check it. */
  apiKey: string;
  model: string;
  temperature: number;
  /** Budget for the whole call: every attempt and every wait between attempts. */
  timeoutMs: number;
  /** Sent as `max_tokens`, which OpenAI, Ollama, vLLM, llama.cpp and LM Studio all accept. */
  maxTokens: number;
  /** Retries after the first attempt (0 = a single attempt). */
  maxRetries: number;
}

export type LlmFailure =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'connection'
  | 'malformed'
  | 'empty'
  | 'client_error'
  /** Not sent: the LLM failed too often lately (see circuit-breaker.ts). */
  | 'circuit_open';

/** Every failure of {@link ChatClient.complete} (except a caller abort) is an `LlmError`. */
export class LlmError extends Error {
  readonly kind: LlmFailure;
  /** Number of HTTP attempts made (0 if none could start). */
  readonly attempts: number;
  /** HTTP status of the last response, when there was one. */
  readonly status: number | undefined;

  constructor(kind: LlmFailure, message: string, attempts: number, status?: number) {
    super(message);
    this.name = 'LlmError';
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
  }
}

/** A JSON reply asked of the model, for servers that support OpenAI's `response_format`. */
export interface JsonOutput {
  /** Names the schema in `response_format.json_schema`. */
  name: string;
  /** JSON Schema of the reply (the strict subset: every property required, no others allowed). */
  schema: Record<string, unknown>;
  /** Added to the system message whenever JSON is asked for: how to fill the fields. */
  instruction: string;
}

/**
 * How a reply is asked for: `json_schema` (OpenAI, vLLM, llama.cpp, LM Studio, recent Ollama), the
 * older `json_object`, or plain text.
 */
type OutputMode = 'json_schema' | 'json_object' | 'text';

export interface CompleteOptions {
  signal?: AbortSignal;
  /**
   * Ask for this JSON reply where the server supports it. A server that rejects `response_format`
   * (HTTP 400 or 422) is asked again at once with a simpler mode, down to plain text without the
   * instruction; one that ignores it (replies with text) is taken not to support it. Either is
   * remembered by the client, so later calls do not ask again. The caller must accept both a JSON
   * and a plain-text reply.
   */
  json?: JsonOutput;
}

export interface ChatClient {
  readonly model: string;
  /**
   * Sends the messages and resolves with the assistant's text.
   * Rejects with {@link LlmError}; if `opts.signal` aborts, rejects with the signal's reason
   * (an `AbortError` by default) instead.
   */
  complete(messages: ChatMessage[], opts?: CompleteOptions): Promise<string>;
}

/** Placeholder sent when no key is configured; local servers ignore it, and the SDK refuses an empty key. */
const NO_KEY = 'no-key';
const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 4_000;
const DETAIL_MAX_CHARS = 120;

/** What one failed attempt amounted to. */
interface AttemptFailure {
  kind: LlmFailure;
  retryable: boolean;
  status?: number;
  /** Server-requested wait before the next attempt, in ms. */
  retryAfterMs?: number;
  /** Short, already-redacted detail for the message. */
  detail?: string;
}

/** The `openai` package, loaded on a client's first request: loading it takes over 100 ms, which a command that never asks the LLM does not pay. */
type OpenAiSdk = typeof import('openai');

/** Loads the `openai` package ahead of a client's first request (a bot does at start). */
export async function loadChatSdk(): Promise<void> {
  await import('openai');
}

interface Connection {
  sdk: OpenAiSdk;
  client: OpenAI;
  /** The server's host, for error messages. */
  host: string;
}

class AttemptFailed extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.kind);
  }
}

export function createChatClient(settings: LlmSettings): ChatClient {
  if (!Number.isFinite(settings.timeoutMs) || settings.timeoutMs <= 0) {
    throw new RangeError('LlmSettings.timeoutMs must be a positive number');
  }
  const maxAttempts = Math.max(1, Math.floor(settings.maxRetries) + 1);
  let connecting: Promise<Connection> | undefined;
  const connect = (): Promise<Connection> =>
    (connecting ??= import('openai').then((sdk) => {
      const client = new sdk.default({
        apiKey: settings.apiKey || NO_KEY,
        baseURL: settings.baseURL,
        timeout: Math.ceil(settings.timeoutMs),
        // Retries are done here so that they share one deadline and the attempt count is exact.
        maxRetries: 0,
      });
      return { sdk, client, host: describeHost(client.baseURL) };
    }));
  const redact = makeRedactor(settings.apiKey);

  /** The best output mode the server is known (or still assumed) to support. */
  let serverMode: OutputMode = 'json_schema';

  async function attempt(
    { sdk, client }: Connection,
    messages: ChatMessage[],
    signal: AbortSignal,
    remainingMs: number,
    json: { output: JsonOutput; mode: OutputMode } | undefined,
  ): Promise<string> {
    let body: unknown;
    const mode = json?.mode ?? 'text';
    try {
      body = await client.chat.completions.create(
        {
          model: settings.model,
          messages: json && mode !== 'text' ? withInstruction(messages, json.output.instruction) : messages,
          temperature: settings.temperature,
          max_tokens: settings.maxTokens,
          stream: false,
          ...(json && mode !== 'text' ? { response_format: responseFormat(json.output, mode) } : {}),
        },
        { signal, timeout: Math.max(1, Math.ceil(remainingMs)), maxRetries: 0 },
      );
    } catch (err) {
      throw new AttemptFailed(classifyError(err, redact, sdk));
    }
    return extractContent(body);
  }

  async function complete(messages: ChatMessage[], opts?: CompleteOptions): Promise<string> {
    const callerSignal = opts?.signal;
    callerSignal?.throwIfAborted();
    const connection = await connect();
    callerSignal?.throwIfAborted();

    const deadlineAt = Date.now() + settings.timeoutMs;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([deadline.signal, callerSignal]) : deadline.signal;

    const timedOut = (attempts: number): LlmError =>
      new LlmError(
        'timeout',
        `LLM timed out after ${settings.timeoutMs} ms${attempts > 1 ? ` (${attempts} attempts)` : ''}`,
        attempts,
      );

    let attempts = 0;
    /** Attempts that only stepped down the output mode; they do not use up retries. */
    let stepDowns = 0;
    let mode: OutputMode = opts?.json ? serverMode : 'text';
    try {
      for (;;) {
        const remaining = deadlineAt - Date.now();
        if (remaining <= 0 || deadline.signal.aborted) throw timedOut(attempts);

        attempts += 1;
        let failure: AttemptFailure;
        try {
          const content = await attempt(connection, messages, signal, remaining, opts?.json ? { output: opts.json, mode } : undefined);
          if (opts?.json) serverMode = mode !== 'text' && !looksLikeJson(content) ? 'text' : mode;
          return content;
        } catch (err) {
          if (callerSignal?.aborted) throw callerSignal.reason;
          if (deadline.signal.aborted) throw timedOut(attempts);
          if (!(err instanceof AttemptFailed)) throw err;
          failure = err.failure;
        }

        if (failure.kind === 'timeout') throw timedOut(attempts);
        if (mode !== 'text' && failure.kind === 'client_error' && (failure.status === 400 || failure.status === 422)) {
          // Most likely a server without this `response_format`: ask again, more simply, at once.
          mode = mode === 'json_schema' ? 'json_object' : 'text';
          stepDowns += 1;
          continue;
        }
        if (!failure.retryable || attempts - stepDowns >= maxAttempts) {
          throw toLlmError(failure, attempts, connection.host);
        }

        const wait = failure.retryAfterMs ?? backoffMs(attempts);
        const left = deadlineAt - Date.now();
        if (wait >= left) {
          const why =
            failure.retryAfterMs !== undefined
              ? `server asked to wait ${formatMs(failure.retryAfterMs)}, exceeding the time budget`
              : 'time budget exhausted';
          throw toLlmError(failure, attempts, connection.host, why);
        }
        try {
          await sleep(wait, signal);
        } catch {
          if (callerSignal?.aborted) throw callerSignal.reason;
          throw timedOut(attempts);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return { model: settings.model, complete };
}

/** The instruction appended to the first system message (or given as one when there is none). */
function withInstruction(messages: ChatMessage[], instruction: string): ChatMessage[] {
  const i = messages.findIndex((m) => m.role === 'system');
  if (i === -1) return [{ role: 'system', content: instruction }, ...messages];
  return messages.map((m, k) => (k === i ? { ...m, content: `${m.content}\n\n${instruction}` } : m));
}

function responseFormat(
  output: JsonOutput,
  mode: 'json_schema' | 'json_object',
): { type: 'json_schema'; json_schema: { name: string; schema: Record<string, unknown>; strict: true } } | { type: 'json_object' } {
  return mode === 'json_schema'
    ? { type: 'json_schema', json_schema: { name: output.name, schema: output.schema, strict: true } }
    : { type: 'json_object' };
}

/** A reply that is (or starts like) a JSON object, possibly in a code fence. */
function looksLikeJson(content: string): boolean {
  return /^(?:```(?:json)?\s*)?\{/i.test(content.trim());
}

/** Validates a chat.completion body and returns the first choice's text. */
function extractContent(body: unknown): string {
  if (!isRecord(body)) {
    throw new AttemptFailed({
      kind: 'malformed',
      retryable: true,
      detail: typeof body === 'string' ? 'not JSON' : 'not a JSON object',
    });
  }
  const choices = body['choices'];
  if (!Array.isArray(choices)) {
    throw new AttemptFailed({ kind: 'malformed', retryable: true, detail: 'no choices' });
  }
  const first: unknown = choices[0];
  if (first === undefined) {
    throw new AttemptFailed({ kind: 'empty', retryable: false, detail: 'no choices' });
  }
  if (!isRecord(first) || !isRecord(first['message'])) {
    throw new AttemptFailed({ kind: 'malformed', retryable: true, detail: 'choice without message' });
  }
  const content = first['message']['content'];
  if (content !== null && content !== undefined && typeof content !== 'string') {
    throw new AttemptFailed({ kind: 'malformed', retryable: true, detail: 'content is not text' });
  }
  if (typeof content !== 'string' || content.trim() === '') {
    const reason = first['finish_reason'];
    throw new AttemptFailed({
      kind: 'empty',
      retryable: false,
      detail: typeof reason === 'string' && reason !== 'stop' ? `finish_reason: ${reason}` : undefined,
    });
  }
  return content.trim();
}

function classifyError(err: unknown, redact: (s: string) => string, sdk: OpenAiSdk): AttemptFailure {
  if (err instanceof sdk.APIConnectionTimeoutError) return { kind: 'timeout', retryable: false };
  if (err instanceof sdk.APIUserAbortError) return { kind: 'timeout', retryable: false };
  if (err instanceof sdk.APIConnectionError) {
    return { kind: 'connection', retryable: true, detail: connectionCode(err) };
  }
  if (err instanceof sdk.APIError && typeof err.status === 'number') {
    const status = err.status;
    const retryAfterMs = parseRetryAfter(err.headers);
    if (status === 429) {
      return { kind: 'rate_limited', retryable: true, status, retryAfterMs };
    }
    if (status >= 500) {
      return { kind: 'server_error', retryable: true, status, retryAfterMs };
    }
    return { kind: 'client_error', retryable: false, status, detail: serverMessage(err, redact) };
  }
  if (err instanceof SyntaxError) return { kind: 'malformed', retryable: true, detail: 'invalid JSON' };
  if (err instanceof Error && err.name === 'AbortError') return { kind: 'timeout', retryable: false };
  // Anything else surfaces while the body is being read, e.g. the connection dropped mid-response.
  return { kind: 'connection', retryable: true, detail: connectionCode(err) ?? 'response interrupted' };
}

function toLlmError(failure: AttemptFailure, attempts: number, host: string, why?: string): LlmError {
  const after = `after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
  const tail = why ? `; ${why}` : '';
  const status = failure.status;
  let message: string;
  switch (failure.kind) {
    case 'rate_limited':
      message = `LLM rate-limited (429) ${after}${tail}`;
      break;
    case 'server_error':
      message = `LLM server error (${status ?? '5xx'}) ${after}${tail}`;
      break;
    case 'connection':
      message = `LLM connection to ${host} failed${failure.detail ? ` (${failure.detail})` : ''} ${after}${tail}`;
      break;
    case 'malformed':
      message = `LLM returned a malformed response${failure.detail ? ` (${failure.detail})` : ''} ${after}${tail}`;
      break;
    case 'empty':
      message = `LLM returned an empty answer${failure.detail ? ` (${failure.detail})` : ''}`;
      break;
    case 'client_error':
      message = `LLM request rejected (${status ?? '4xx'})${failure.detail ? `: ${failure.detail}` : ''}`;
      break;
    case 'timeout':
      message = 'LLM timed out';
      break;
    case 'circuit_open':
      message = 'LLM paused after repeated failures';
      break;
  }
  return new LlmError(failure.kind, message, attempts, status);
}

/** Reads `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date). */
export function parseRetryAfter(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value)) return Math.max(0, value);
  }
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(ra);
  if (Number.isFinite(date)) return Math.max(0, date - now);
  return undefined;
}

function backoffMs(attempts: number): number {
  const base = Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  return Math.round(base * (0.8 + Math.random() * 0.2));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function connectionCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && isRecord(current); depth++) {
    const code = current['code'];
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    current = current['cause'];
  }
  return undefined;
}

function serverMessage(err: APIError, redact: (s: string) => string): string | undefined {
  const body: unknown = err.error;
  let text: string | undefined;
  if (isRecord(body) && typeof body['message'] === 'string') text = body['message'];
  else if (typeof body === 'string') text = body;
  else if (!/status code \(no body\)/.test(err.message)) text = err.message.replace(/^\d{3}\s+/, '');
  if (!text) return undefined;
  const line = redact(text).replace(/\s+/g, ' ').trim();
  return truncate(line, DETAIL_MAX_CHARS);
}

/** Removes the API key, and anything shaped like one, from server-supplied text. */
function makeRedactor(apiKey: string): (s: string) => string {
  return (s: string): string => {
    let out = apiKey.length >= 4 ? s.split(apiKey).join('[redacted]') : s;
    out = out.replace(/\b(sk|key|token)-[A-Za-z0-9_*-]{6,}/gi, '[redacted]');
    out = out.replace(/\bBearer\s+\S+/gi, 'Bearer [redacted]');
    return out;
  };
}

function describeHost(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return 'the LLM server';
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The chat client the configuration selects: set `OPENAI_API_KEY` or `OPENAI_BASE_URL` (any
 * OpenAI-compatible server). Neither set means no LLM: answers are extractive.
 */
export function chatClientFromConfig(config: Config): ChatClient | undefined {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return undefined;
  return createChatClient({
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    apiKey: config.OPENAI_API_KEY ?? '',
    model: config.PAPERBOT_LLM_MODEL,
    temperature: config.PAPERBOT_LLM_TEMPERATURE,
    timeoutMs: config.PAPERBOT_LLM_TIMEOUT_MS,
    maxTokens: config.PAPERBOT_LLM_MAX_TOKENS,
    maxRetries: config.PAPERBOT_LLM_MAX_RETRIES,
  });
}
