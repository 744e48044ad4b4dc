import type { Config } from '../config.js';
import { Answerer } from '../answer/answerer.js';
import { type Digest, type DigestOptions, buildDigest } from '../answer/digest.js';
import { type ChatClient, chatClientFromConfig } from '../answer/llm.js';
import type { AskOptions, AskResult, AskService } from '../answer/types.js';
import type { Retriever } from '../retrieval/engine.js';
import { openStore } from '../store/open.js';
import type { AnswerStore, FeedbackStore, Store } from '../store/types.js';
import type { SlashCommand } from './command.js';
import { Cooldown } from './cooldown.js';
import { ConcurrencyLimiter } from './limiter.js';
import type { Logger } from './log.js';

/** Everything the commands share, on every surface. */
export interface BotServices {
  config: Config;
  retriever: Retriever;
  /** Answers questions; LLM calls go through {@link BotServices.llmLimiter}. */
  asker: AskService;
  /** How answers are written: by an LLM, or extractively (no LLM configured). */
  mode: 'llm' | 'extractive';
  /** The store of record, where the bot keeps its state. */
  store: Store;
  answers: AnswerStore;
  feedback: FeedbackStore;
  cooldown: Cooldown;
  llmLimiter: ConcurrencyLimiter;
  log: Logger;
  /** Every loaded command (for /help). */
  commands: readonly SlashCommand[];
  /** Builds a digest of the corpus (see buildDigest); its LLM calls go through {@link BotServices.llmLimiter}. */
  digest(options: DigestOptions): Promise<Digest>;
}

/** The services with what only the process that owns them does. */
export interface OwnedServices extends BotServices {
  /** Serves from a reopened index from now on (after new papers were ingested). */
  useRetriever(retriever: Retriever): void;
  /** Closes the store. */
  close(): Promise<void>;
}

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
}

/** Creates the services and loads what earlier runs stored. */
export async function createServices(options: ServiceOptions): Promise<OwnedServices> {
  const { config, log, commands } = options;
  const llm = options.llm === undefined ? chatClientFromConfig(config) : (options.llm ?? undefined);
  const askerFor = (retriever: Retriever) => options.asker ?? Answerer.create(config, retriever, llm);
  const inner = askerFor(options.retriever);
  const mode = inner.hasLlm ? 'llm' : 'extractive';
  const llmLimiter = new ConcurrencyLimiter(config.PAPERBOT_MAX_CONCURRENT_LLM);
  const limitedLlm = llm ? limitedChat(llm, llmLimiter) : undefined;
  const store = options.store ?? (await openStore(config, { warn: (message) => log.warn(message) }));
  const digests = new DigestCache();
  const services: OwnedServices = {
    config,
    retriever: options.retriever,
    asker: limitedAsker(inner, mode, llmLimiter),
    mode,
    store,
    answers: store.answers,
    feedback: store.feedback,
    cooldown: new Cooldown(config.PAPERBOT_COOLDOWN_SECONDS),
    llmLimiter,
    log,
    commands,
    digest: (digestOptions) => {
      const { signal: _callerSignal, ...window } = digestOptions;
      return digests.get(digestOptions, () => buildDigest(services.retriever, { contextTokens: config.PAPERBOT_CONTEXT_TOKENS, ...window }, limitedLlm));
    },
    useRetriever(retriever) {
      digests.clear();
      services.retriever = retriever;
      services.asker = limitedAsker(askerFor(retriever), mode, llmLimiter);
    },
    close: async () => {
      await store.close();
    },
  };
  return services;
}

/** A chat client whose calls wait for a slot of the limiter (queued, never dropped). */
export function limitedChat(llm: ChatClient, limiter: ConcurrencyLimiter): ChatClient {
  return {
    model: llm.model,
    complete: (messages, opts) => limiter.run(() => llm.complete(messages, opts), opts?.signal),
  };
}

/** Routes questions that will call the LLM through the limiter (queued, never dropped); extractive ones go straight through. */
export function limitedAsker(inner: AskService, mode: 'llm' | 'extractive', limiter: ConcurrencyLimiter): AskService {
  return {
    ask(question: string, options: AskOptions = {}): Promise<AskResult> {
      if (mode === 'extractive' || options.extractive) return inner.ask(question, options);
      return limiter.run(() => inner.ask(question, options), options.signal);
    },
  };
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
