import type { Config } from '../config.js';
import { Answerer } from '../answer/answerer.js';
import { type BreakerChange, type CallQueue, CircuitBreaker, guardChat } from '../answer/llm/circuit-breaker.js';
import { withDeadline } from '../answer/llm/deadline.js';
import { type Digest, type DigestOptions, buildDigest } from '../answer/digest.js';
import { type ChatClient, chatClientFromConfig, loadChatSdk } from '../answer/llm/llm.js';
import { loadTokenizer } from '../answer/prompt.js';
import { loadTemplateEngine } from '../answer/templates.js';
import type { AskService } from '../answer/types.js';
import type { Retriever } from '../retrieval/engine.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { BotServices, SlashCommand } from './types.js';
import { Cooldown } from './throttle/cooldown.js';
import { ConcurrencyLimiter, type Priority, currentQueueWatcher } from './throttle/limiter.js';
import type { Logger } from './log.js';

/** The services with what only the process that owns them does. */
export interface OwnedServices extends BotServices {
  /**
   * The LLM for background work (describing the papers a scheduled fetch found), through the circuit
   * breaker and `llmLimiter` like every LLM call, but waiting behind every question; absent without one.
   */
  backgroundLlm?: ChatClient;
  /** Serves from a reopened index from now on (after new papers were ingested). */
  useRetriever(retriever: Retriever): void;
  /** Closes the store. */
  close(): Promise<void>;
}

/** How long an index replaced by a newer one stays open for the work still using it. */
const REPLACED_INDEX_GRACE_MS = 10 * 60_000;

export interface ServiceOptions {
  config: Config;
  retriever: Retriever;
  log: Logger;
  commands: readonly SlashCommand[];
  /** Answers questions (default: an Answerer from the configuration). */
  asker?: AskService & { hasLlm?: boolean };
  /** The store of record (default: the one the configuration names; closed by `close`). */
  store?: Store;
  /** The LLM for answers and digest summaries (default: from the configuration; null for none). */
  llm?: ChatClient | null;
  /** The circuit breaker's clock (default `Date.now`). */
  now?: () => number;
}

/** Creates the services and loads what earlier runs stored. */
export async function createServices(options: ServiceOptions): Promise<OwnedServices> {
  const { config, log, commands } = options;
  const rawLlm = options.llm === undefined ? chatClientFromConfig(config) : (options.llm ?? undefined);
  const llmLimiter = new ConcurrencyLimiter(config.PAPERBOT_MAX_CONCURRENT_LLM);
  const llmBreaker = rawLlm
    ? new CircuitBreaker({
        failureThreshold: config.PAPERBOT_LLM_BREAKER_FAILURES,
        cooldownMs: config.PAPERBOT_LLM_BREAKER_COOLDOWN_MS,
        ...(options.now ? { now: options.now } : {}),
        onChange: (change) => logBreakerChange(log, change),
      })
    : undefined;
  const llm = rawLlm && llmBreaker ? guardChat(rawLlm, { breaker: llmBreaker, queue: limitedQueue(llmLimiter) }) : undefined;
  const backgroundLlm = rawLlm && llmBreaker ? guardChat(rawLlm, { breaker: llmBreaker, queue: limitedQueue(llmLimiter, 'background') }) : undefined;
  const askerFor = (retriever: Retriever) => options.asker ?? Answerer.create(config, retriever, llm);
  const inner = askerFor(options.retriever);
  const mode = inner.hasLlm ? 'llm' : 'extractive';
  // The tokenizer takes most of a second to load, and the LLM client and LangChain's prompt templates
  // a few hundred milliseconds: now, rather than within the first question's deadline (and, on
  // Discord, its 3 seconds to be acknowledged).
  if (mode === 'llm') await Promise.all([loadTokenizer(), loadChatSdk(), loadTemplateEngine()]);
  const deadlineMs = config.PAPERBOT_REQUEST_DEADLINE_MS;
  const store = options.store ?? (await openStore(config, { warn: (message) => log.warn(message) }));
  const digests = new DigestCache();
  const services: OwnedServices = {
    config,
    retriever: options.retriever,
    asker: withDeadline(inner, deadlineMs),
    mode,
    store,
    answers: store.answers,
    feedback: store.feedback,
    cooldown: new Cooldown(config.PAPERBOT_COOLDOWN_SECONDS),
    llmLimiter,
    ...(llmBreaker ? { llmBreaker } : {}),
    ...(backgroundLlm ? { backgroundLlm } : {}),
    log,
    commands,
    digest: (digestOptions) => {
      const { signal: _callerSignal, ...window } = digestOptions;
      return digests.get(digestOptions, () => buildDigest(services.retriever, { contextTokens: config.PAPERBOT_CONTEXT_TOKENS, ...window }, llm));
    },
    useRetriever(retriever) {
      digests.clear();
      const replaced = services.retriever;
      services.retriever = retriever;
      // Work still running on the replaced index (questions end by their deadline, a digest being
      // built may take minutes with an LLM) finishes first; then its connections go.
      setTimeout(() => void replaced.close().catch(() => undefined), Math.max(2 * deadlineMs, REPLACED_INDEX_GRACE_MS)).unref();
      services.asker = withDeadline(askerFor(retriever), deadlineMs);
    },
    close: async () => {
      await store.close();
    },
  };
  return services;
}

/**
 * LLM calls wait for a slot of the limiter (queued, never dropped), background ones behind every
 * foreground one; the request being served learns its place (see watchQueue).
 */
export function limitedQueue(limiter: ConcurrencyLimiter, priority: Priority = 'foreground'): CallQueue {
  return (task, signal) => limiter.run(task, signal, currentQueueWatcher(), priority);
}

function logBreakerChange(log: Logger, change: BreakerChange): void {
  const { status } = change;
  if (change.to === 'open') {
    log.warn('LLM circuit breaker open: answers are extractive until the LLM is tried again', {
      failures: status.failures,
      retryInMs: status.retryInMs,
      lastError: status.lastError,
    });
  } else if (change.to === 'half-open') {
    log.info('LLM circuit breaker half-open: trying the LLM again', { failures: status.failures });
  } else {
    log.info('LLM circuit breaker closed: the LLM answers again', { from: change.from });
  }
}

/** How long a digest is reused for the same window (new papers clear it sooner). */
export const DIGEST_CACHE_MS = 60 * 60_000;

/**
 * Digests by window, so that users asking for the same digest (and the scheduled post) share one
 * build and its LLM calls. Requests for a window being built wait for it. A failed build or one with
 * LLM failures in it is not kept. A caller's signal only stops that caller's wait.
 */
export class DigestCache {
  private readonly entries = new Map<string, { at: number; digest: Promise<Digest> }>();

  constructor(
    private readonly ttlMs = DIGEST_CACHE_MS,
    private readonly now = () => Date.now(),
  ) {}

  get(options: DigestOptions, build: () => Promise<Digest>): Promise<Digest> {
    const key = JSON.stringify([options.days ?? null, options.since ?? null, options.until ?? null, options.today ?? null, options.maxSources ?? null]);
    const hit = this.entries.get(key);
    let digest: Promise<Digest>;
    if (hit && this.now() - hit.at < this.ttlMs) {
      digest = hit.digest;
    } else {
      digest = build();
      const entry = { at: this.now(), digest };
      this.entries.set(key, entry);
      const forget = () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      };
      digest.then((d) => {
        if (d.themes.some((t) => t.note !== undefined)) forget();
      }, forget);
    }
    return options.signal ? abortable(digest, options.signal) : digest;
  }

  clear(): void {
    this.entries.clear();
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
