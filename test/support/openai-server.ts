import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A scripted HTTP reply. Without `json`/`raw`, a 2xx reply has an empty body and an error status gets an OpenAI-style error body. */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: string;
  delayMs?: number;
  /** Drop the connection (after `delayMs`, if given) without sending a response. */
  destroy?: boolean;
}

/** The parsed body of a chat completion request, as sent by the client. */
export interface ChatBody {
  model: string;
  messages: { role: string; content: unknown }[];
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  stream?: boolean;
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  [key: string]: unknown;
}

/** The title of the paper a describe request is about (its prompt's `Title:` line). */
export function describedTitle(body: ChatBody): string {
  return /Title: (.*)/.exec(String(body.messages.at(-1)!.content))![1]!;
}

/**
 * Which `response_format` types the stub accepts: `all` (like OpenAI), a list (`['json_object']` like an
 * older server) or `none` (400 for any, like a server without JSON output). `text` is always accepted.
 * What an accepted request gets back is whatever the test scripted: JSON, or text as from a server
 * that ignores the field.
 */
export type ResponseFormatSupport = 'all' | 'none' | readonly ('json_schema' | 'json_object')[];

export interface RecordedRequest {
  path: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** `Date.now()` when the request body had been received. */
  at: number;
}

export interface OpenAiStub {
  /** "http://127.0.0.1:PORT/v1" */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies for the next chat requests; a string is a normal 200 chat.completion with that content. */
  queueChat(...replies: (ScriptedReply | string)[]): void;
  /** Forgets queued replies and recorded requests. */
  reset(): void;
  /** Handles chat requests while the queue is empty. */
  onChat(handler: (body: ChatBody) => ScriptedReply | string): void;
  /** Sets which `response_format` types chat requests may carry (`reset` restores `all`). */
  supportResponseFormats(support: ResponseFormatSupport): void;
  close(): Promise<void>;
}

export const STUB_CHAT_MODEL = 'stub-chat';
export const STUB_EMBED_MODEL = 'stub-embed';
export const STUB_EMBED_DIM = 16;

let completionCounter = 0;

/** A well-formed non-streaming `chat.completion` body. */
export function chatCompletion(content: string, model: string = STUB_CHAT_MODEL): unknown {
  completionCounter += 1;
  const completionTokens = countWords(content);
  return {
    id: `chatcmpl-stub-${completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    system_fingerprint: 'fp_stub',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 0, completion_tokens: completionTokens, total_tokens: completionTokens },
  };
}

/**
 * Deterministic hashed bag-of-words embedding: lower-cased alphanumeric tokens are hashed (FNV-1a)
 * into `dim` buckets and the vector is L2-normalised. Text without tokens maps to the first unit vector.
 */
export function hashEmbed(text: string, dim: number = STUB_EMBED_DIM): number[] {
  const vec = new Array<number>(dim).fill(0);
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = 0x811c9dc5;
    for (let i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    vec[h % dim] = (vec[h % dim] ?? 0) + 1;
  }
  const norm = Math.sqrt(vec.reduce((sum, v) => sum + v * v, 0));
  if (norm === 0) {
    vec[0] = 1;
    return vec;
  }
  return vec.map((v) => v / norm);
}

/** Starts an OpenAI-compatible stub on 127.0.0.1 with a random port. */
export async function startOpenAiStub(opts: { embed?: (text: string) => number[] } = {}): Promise<OpenAiStub> {
  const embed = opts.embed ?? ((text: string) => hashEmbed(text));
  const requests: RecordedRequest[] = [];
  const queue: (ScriptedReply | string)[] = [];
  let chatHandler: ((body: ChatBody) => ScriptedReply | string) | undefined;
  let formats: ResponseFormatSupport = 'all';
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, errorBody(`stub failure: ${String(err)}`, 'server_error'));
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://stub').pathname;
    let body: unknown = raw === '' ? undefined : raw;
    let bodyIsJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
        bodyIsJson = true;
      } catch {
        bodyIsJson = false;
      }
    }
    requests.push({ path, body, headers: { ...req.headers }, at: Date.now() });

    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: [STUB_CHAT_MODEL, STUB_EMBED_MODEL].map((id) => ({
          id,
          object: 'model',
          created: 0,
          owned_by: 'stub',
        })),
      });
      return;
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      if (!bodyIsJson || !isChatBody(body)) {
        sendJson(res, 400, errorBody('request body must be JSON with model and messages', 'invalid_request_error'));
        return;
      }
      if (body.stream === true) {
        sendJson(res, 400, errorBody('streaming is not supported by the stub', 'invalid_request_error'));
        return;
      }
      const format = body.response_format?.type;
      if (format !== undefined && format !== 'text' && !acceptsFormat(formats, format)) {
        const message = `response_format type '${format}' is not supported`;
        sendJson(res, 400, { error: { message, type: 'invalid_request_error', param: 'response_format', code: null } });
        return;
      }
      const next = queue.shift() ?? (chatHandler ? chatHandler(body) : undefined);
      const reply: ScriptedReply =
        next === undefined
          ? { status: 500, json: errorBody('no scripted chat reply', 'server_error') }
          : typeof next === 'string'
            ? { json: chatCompletion(next, body.model) }
            : next;
      await play(res, reply);
      return;
    }
    if (req.method === 'POST' && path === '/v1/embeddings') {
      const input = isRecord(body) ? body['input'] : undefined;
      const texts = typeof input === 'string' ? [input] : isStringArray(input) ? input : undefined;
      if (!texts) {
        sendJson(res, 400, errorBody('input must be a string or an array of strings', 'invalid_request_error'));
        return;
      }
      const model = isRecord(body) && typeof body['model'] === 'string' ? body['model'] : STUB_EMBED_MODEL;
      // The openai SDK asks for base64 (little-endian float32) unless the caller sets encoding_format.
      const base64 = isRecord(body) && body['encoding_format'] === 'base64';
      const tokens = texts.reduce((sum, t) => sum + countWords(t), 0);
      sendJson(res, 200, {
        object: 'list',
        data: texts.map((text, index) => ({
          object: 'embedding',
          index,
          embedding: base64 ? toBase64Floats(embed(text)) : embed(text),
        })),
        model,
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      });
      return;
    }
    sendJson(res, 404, errorBody(`no route for ${req.method ?? '?'} ${path}`, 'invalid_request_error'));
  }

  async function play(res: ServerResponse, reply: ScriptedReply): Promise<void> {
    if (reply.delayMs && reply.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, reply.delayMs);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
          resolve();
        });
      });
    }
    if (res.destroyed || res.writableEnded) return;
    if (reply.destroy) {
      res.socket?.destroy();
      return;
    }
    const status = reply.status ?? 200;
    let payload: string;
    const headers: Record<string, string> = {};
    if (reply.raw !== undefined) {
      payload = reply.raw;
      headers['content-type'] = 'application/json';
    } else if (reply.json !== undefined) {
      payload = JSON.stringify(reply.json);
      headers['content-type'] = 'application/json';
    } else if (status >= 400) {
      payload = JSON.stringify(errorBody(`scripted error ${status}`, status >= 500 ? 'server_error' : 'invalid_request_error'));
      headers['content-type'] = 'application/json';
    } else {
      payload = '';
    }
    for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(status, headers);
    res.end(payload);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reset() {
      queue.length = 0;
      requests.length = 0;
      formats = 'all';
    },
    queueChat(...replies) {
      queue.push(...replies);
    },
    onChat(handler) {
      chatHandler = handler;
    },
    supportResponseFormats(support) {
      formats = support;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

function acceptsFormat(support: ResponseFormatSupport, type: string): boolean {
  if (support === 'all') return true;
  if (support === 'none') return false;
  return (support as readonly string[]).includes(type);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toBase64Floats(vector: number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
  });
  res.end(payload);
}

function errorBody(message: string, type: string): unknown {
  return { error: { message, type, param: null, code: null } };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isChatBody(value: unknown): value is ChatBody {
  return isRecord(value) && typeof value['model'] === 'string' && Array.isArray(value['messages']);
}
