import { createServer } from 'node:http';
import OpenAI from 'openai';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createChatClient,
  LlmError,
  parseRetryAfter,
  type ChatMessage,
  type JsonOutput,
  type LlmSettings,
} from '../src/answer/llm/llm.js';
import { chatCompletion, startOpenAiStub, type ChatBody, type OpenAiStub } from './support/openai-server.js';

const API_KEY = 'sk-test-SECRET-0123456789abcdef';
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'Answer from the sources and cite them as [n].' },
  { role: 'user', content: 'What is attention?' },
];

let stub: OpenAiStub;
const seenErrors: unknown[] = [];

function settings(overrides: Partial<LlmSettings> = {}): LlmSettings {
  return {
    baseURL: stub.baseURL,
    apiKey: API_KEY,
    model: 'test-model',
    temperature: 0.2,
    timeoutMs: 1500,
    maxTokens: 256,
    maxRetries: 2,
    ...overrides,
  };
}

/** Awaits a call expected to fail and returns its LlmError. */
async function llmFailure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (err) {
    seenErrors.push(err);
    expect(err).toBeInstanceOf(LlmError);
    return err as LlmError;
  }
  throw new Error('expected the call to fail');
}

function chatRequests(): OpenAiStub['requests'] {
  return stub.requests.filter((r) => r.path === '/v1/chat/completions');
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  stub = await startOpenAiStub();
});

afterEach(() => {
  stub.requests.length = 0;
  stub.onChat(() => ({ status: 500 }));
  stub.supportResponseFormats('all');
});

afterAll(async () => {
  await stub.close();
  for (const err of seenErrors) {
    const text = err instanceof Error ? `${err.message} ${String(err)} ${err.stack ?? ''}` : String(err);
    expect(text).not.toContain(API_KEY);
  }
});

describe('createChatClient', () => {
  it('returns the answer and sends model, temperature, max_tokens and the messages', async () => {
    stub.queueChat('Attention weighs tokens [1].');
    const client = createChatClient(settings());
    expect(client.model).toBe('test-model');

    await expect(client.complete(MESSAGES)).resolves.toBe('Attention weighs tokens [1].');

    const [req] = chatRequests();
    expect(req?.body).toMatchObject({
      model: 'test-model',
      temperature: 0.2,
      max_tokens: 256,
      messages: MESSAGES,
    });
    expect(req?.body).not.toHaveProperty('max_completion_tokens');
    expect(req?.body).not.toHaveProperty('response_format');
    expect(req?.body).not.toHaveProperty('stream', true);
    expect(req?.headers['authorization']).toBe(`Bearer ${API_KEY}`);
  });

  it('waits for Retry-After on 429 and then succeeds', async () => {
    stub.queueChat(
      { status: 429, headers: { 'retry-after': '0.3' }, json: { error: { message: 'slow down' } } },
      'after the wait',
    );
    const started = Date.now();
    await expect(createChatClient(settings()).complete(MESSAGES)).resolves.toBe('after the wait');

    const reqs = chatRequests();
    expect(reqs).toHaveLength(2);
    const gap = (reqs[1]?.at ?? 0) - (reqs[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(280);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('honours retry-after-ms', async () => {
    stub.queueChat({ status: 429, headers: { 'retry-after-ms': '200' } }, 'ok');
    await expect(createChatClient(settings()).complete(MESSAGES)).resolves.toBe('ok');
    const reqs = chatRequests();
    expect(reqs).toHaveLength(2);
    expect((reqs[1]?.at ?? 0) - (reqs[0]?.at ?? 0)).toBeGreaterThanOrEqual(180);
  });

  it('gives up on 429 after maxRetries with an honest attempt count', async () => {
    stub.onChat(() => ({ status: 429, headers: { 'retry-after-ms': '20' } }));
    const err = await llmFailure(createChatClient(settings({ maxRetries: 2 })).complete(MESSAGES));
    expect(err.kind).toBe('rate_limited');
    expect(err.attempts).toBe(3);
    expect(err.status).toBe(429);
    expect(err.message).toBe('LLM rate-limited (429) after 3 attempts');
    expect(chatRequests()).toHaveLength(3);
  });

  it('does not wait for a Retry-After longer than the remaining budget', async () => {
    stub.queueChat({ status: 429, headers: { 'retry-after': '30' } });
    const started = Date.now();
    const err = await llmFailure(createChatClient(settings({ timeoutMs: 1000 })).complete(MESSAGES));
    expect(Date.now() - started).toBeLessThan(800);
    expect(err.kind).toBe('rate_limited');
    expect(err.attempts).toBe(1);
    expect(err.message).toMatch(/^LLM rate-limited \(429\) after 1 attempt; server asked to wait 30 s/);
    expect(chatRequests()).toHaveLength(1);
  });

  it('retries 5xx and gives up with server_error', async () => {
    stub.onChat(() => ({ status: 503 }));
    const started = Date.now();
    const err = await llmFailure(createChatClient(settings({ maxRetries: 2, timeoutMs: 3000 })).complete(MESSAGES));
    expect(err.kind).toBe('server_error');
    expect(err.attempts).toBe(3);
    expect(err.status).toBe(503);
    expect(err.message).toBe('LLM server error (503) after 3 attempts');
    expect(chatRequests()).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops retrying 5xx when the deadline would be exceeded', async () => {
    stub.onChat(() => ({ status: 500 }));
    const started = Date.now();
    const err = await llmFailure(createChatClient(settings({ maxRetries: 20, timeoutMs: 700 })).complete(MESSAGES));
    const elapsed = Date.now() - started;
    expect(['server_error', 'timeout']).toContain(err.kind);
    // The deadline may cut off the last attempt as it is sent: the server sees it late, or never.
    await vi.waitFor(() => expect(chatRequests().length).toBe(err.attempts), { timeout: 1000 }).catch(() => undefined);
    expect(err.attempts - chatRequests().length).toBeOneOf([0, 1]);
    expect(err.attempts).toBeGreaterThanOrEqual(2);
    expect(err.attempts).toBeLessThan(21);
    expect(elapsed).toBeLessThan(700 + 500);
  });

  it('times out a slow response within the budget', async () => {
    stub.queueChat({ delayMs: 3000, json: chatCompletion('too late') });
    const started = Date.now();
    const err = await llmFailure(createChatClient(settings({ timeoutMs: 400 })).complete(MESSAGES));
    const elapsed = Date.now() - started;
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBe(1);
    expect(err.message).toBe('LLM timed out after 400 ms');
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(400 + 500);
  });

  it('counts the deadline across attempts', async () => {
    stub.queueChat({ status: 502, headers: { 'retry-after-ms': '0' } }, { delayMs: 3000, json: chatCompletion('late') });
    const started = Date.now();
    const err = await llmFailure(createChatClient(settings({ timeoutMs: 500 })).complete(MESSAGES));
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBe(2);
    expect(Date.now() - started).toBeLessThan(500 + 500);
  });

  it('maps an invalid JSON body to malformed', async () => {
    stub.queueChat({ raw: '{"id":"x","choices":[{"message":' });
    const err = await llmFailure(createChatClient(settings({ maxRetries: 0 })).complete(MESSAGES));
    expect(err.kind).toBe('malformed');
    expect(err.attempts).toBe(1);
    expect(err.message).toMatch(/^LLM returned a malformed response/);
  });

  it('maps a body without choices to malformed and retries it', async () => {
    stub.queueChat({ json: { object: 'chat.completion' } }, 'second try');
    await expect(createChatClient(settings()).complete(MESSAGES)).resolves.toBe('second try');
    expect(chatRequests()).toHaveLength(2);

    stub.queueChat({ json: { hello: 'world' } });
    const err = await llmFailure(createChatClient(settings({ maxRetries: 0 })).complete(MESSAGES));
    expect(err.kind).toBe('malformed');
  });

  it('maps empty content and an empty choices list to empty', async () => {
    stub.queueChat('   ');
    const err = await llmFailure(createChatClient(settings()).complete(MESSAGES));
    expect(err.kind).toBe('empty');
    expect(err.attempts).toBe(1);

    const truncated = chatCompletion('') as { choices: { message: { content: string | null }; finish_reason: string }[] };
    const choice = truncated.choices[0];
    if (choice) {
      choice.message.content = null;
      choice.finish_reason = 'length';
    }
    stub.queueChat({ json: truncated });
    const err2 = await llmFailure(createChatClient(settings()).complete(MESSAGES));
    expect(err2.kind).toBe('empty');
    expect(err2.message).toBe('LLM returned an empty answer (finish_reason: length)');

    stub.queueChat({ json: { ...(chatCompletion('x') as object), choices: [] } });
    const err3 = await llmFailure(createChatClient(settings()).complete(MESSAGES));
    expect(err3.kind).toBe('empty');
  });

  it('maps connection refused to connection after retrying', async () => {
    const port = await closedPort();
    const client = createChatClient(settings({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1 }));
    const err = await llmFailure(client.complete(MESSAGES));
    expect(err.kind).toBe('connection');
    expect(err.attempts).toBe(2);
    expect(err.message).toBe(`LLM connection to 127.0.0.1:${port} failed (ECONNREFUSED) after 2 attempts`);
  });

  it('retries a dropped connection', async () => {
    stub.queueChat({ destroy: true }, 'recovered');
    await expect(createChatClient(settings()).complete(MESSAGES)).resolves.toBe('recovered');
    expect(chatRequests()).toHaveLength(2);
  });

  it('does not retry other 4xx and keeps the API key out of the message', async () => {
    stub.queueChat({
      status: 401,
      json: { error: { message: `Incorrect API key provided: ${API_KEY}`, type: 'invalid_request_error' } },
    });
    const err = await llmFailure(createChatClient(settings()).complete(MESSAGES));
    expect(err.kind).toBe('client_error');
    expect(err.attempts).toBe(1);
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/^LLM request rejected \(401\): Incorrect API key provided: \[redacted\]$/);
    expect(err.message).not.toContain(API_KEY);
    expect(chatRequests()).toHaveLength(1);

    stub.queueChat({ status: 404, json: { error: { message: 'model "nope" not found, try pulling it first' } } });
    const err2 = await llmFailure(createChatClient(settings({ model: 'nope' })).complete(MESSAGES));
    expect(err2.kind).toBe('client_error');
    expect(err2.message).toBe('LLM request rejected (404): model "nope" not found, try pulling it first');
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    stub.queueChat({ delayMs: 2000, json: chatCompletion('late') });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const outcome = await createChatClient(settings()).complete(MESSAGES, { signal: controller.signal }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(outcome).not.toBeInstanceOf(LlmError);
    expect((outcome as Error).name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('structured output', () => {
  const OUTPUT: JsonOutput = {
    name: 'reply',
    schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'], additionalProperties: false },
    instruction: 'Reply with a JSON object {"text": ...}.',
  };
  const JSON_REPLY = '{"text":"Attention weighs tokens [1]."}';
  const sent = (): { format: string | undefined; system: string }[] =>
    chatRequests().map((r) => {
      const body = r.body as ChatBody;
      return { format: body.response_format?.type, system: String(body.messages[0]?.content) };
    });

  it('asks for the JSON schema, with the instruction added to the system message', async () => {
    stub.queueChat(JSON_REPLY);
    await expect(createChatClient(settings()).complete(MESSAGES, { json: OUTPUT })).resolves.toBe(JSON_REPLY);
    const body = chatRequests()[0]?.body as ChatBody;
    expect(body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'reply', schema: OUTPUT.schema, strict: true } });
    expect(body.messages).toEqual([{ role: 'system', content: `${MESSAGES[0]!.content}\n\n${OUTPUT.instruction}` }, MESSAGES[1]]);
  });

  it('falls back to json_object on a 400 and asks that way from then on', async () => {
    stub.supportResponseFormats(['json_object']);
    stub.queueChat(JSON_REPLY, JSON_REPLY);
    const client = createChatClient(settings({ maxRetries: 0 }));
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe(JSON_REPLY);
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe(JSON_REPLY);
    expect(sent().map((r) => r.format)).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(sent()[1]!.system).toContain(OUTPUT.instruction);
  });

  it('falls back to plain text, without the instruction, for a server without JSON output, and remembers it', async () => {
    stub.supportResponseFormats('none');
    stub.queueChat('Attention weighs tokens [1].', 'Again [1].');
    const client = createChatClient(settings({ maxRetries: 0 }));
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe('Attention weighs tokens [1].');
    expect(sent().map((r) => r.format)).toEqual(['json_schema', 'json_object', undefined]);
    expect(chatRequests()[2]?.body).toMatchObject({ messages: MESSAGES });

    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe('Again [1].');
    expect(sent().map((r) => r.format)).toEqual(['json_schema', 'json_object', undefined, undefined]);

    // Another client asks again: the memory is per client.
    stub.queueChat('Fresh [1].');
    await createChatClient(settings()).complete(MESSAGES, { json: OUTPUT });
    expect(sent()[4]!.format).toBe('json_schema');
  });

  it('remembers a server that accepts response_format but answers in text', async () => {
    stub.queueChat('Attention weighs tokens [1].', 'Again [1].');
    const client = createChatClient(settings());
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe('Attention weighs tokens [1].');
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe('Again [1].');
    expect(sent().map((r) => r.format)).toEqual(['json_schema', undefined]);
    expect(sent()[1]!.system).not.toContain(OUTPUT.instruction);
  });

  it('keeps asking for JSON when a 400 had another cause', async () => {
    stub.queueChat({ status: 400, json: { error: { message: 'context too long' } } }, { status: 400 }, { status: 400 }, JSON_REPLY);
    const client = createChatClient(settings());
    const err = await llmFailure(client.complete(MESSAGES, { json: OUTPUT }));
    expect(err.kind).toBe('client_error');
    expect(err.attempts).toBe(3);
    await expect(client.complete(MESSAGES, { json: OUTPUT })).resolves.toBe(JSON_REPLY);
    expect(sent().map((r) => r.format)).toEqual(['json_schema', 'json_object', undefined, 'json_schema']);
  });
});

describe('parseRetryAfter', () => {
  it('reads milliseconds, seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '1500' }), now)).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });
});

describe('OpenAI stub', () => {
  it('serves embeddings and models to the real client', async () => {
    const client = new OpenAI({ apiKey: API_KEY, baseURL: stub.baseURL, maxRetries: 0 });
    const one = await client.embeddings.create({ model: 'stub-embed', input: 'attention is all you need' });
    const many = await client.embeddings.create({ model: 'stub-embed', input: ['attention is all you need', 'resnets'] });
    expect(one.data[0]?.embedding).toHaveLength(16);
    expect(many.data.map((d) => d.index)).toEqual([0, 1]);
    expect(many.data[0]?.embedding).toEqual(one.data[0]?.embedding);
    const norm = Math.hypot(...(one.data[0]?.embedding ?? []));
    expect(norm).toBeCloseTo(1, 6);
    const floats = await client.embeddings.create({ model: 'stub-embed', input: 'attention is all you need', encoding_format: 'float' });
    expect(floats.data[0]?.embedding.map((v) => Math.fround(v))).toEqual(one.data[0]?.embedding);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain('stub-chat');
  });
});
