import type { Config } from '../config.js';
import { Answerer } from '../answer/answerer.js';
import { type Digest, type DigestOptions, buildDigest } from '../answer/digest.js';
import { type ChatClient, chatClientFromConfig } from '../answer/llm.js';
import type { AskOptions, AskResult, AskService } from '../answer/types.js';
import type { Retriever } from '../retrieval/engine.js';
import { AnswerStore } from './answers.js';
import type { SlashCommand } from './command.js';
import { Cooldown } from './cooldown.js';
import { FeedbackStore } from './feedback.js';
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
  /** Writes what the stores hold. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  config: Config;
  retriever: Retriever;
  log: Logger;
  commands: readonly SlashCommand[];
  /** Answers questions (default: an Answerer from the configuration). */
  asker?: AskService & { hasLlm?: boolean };
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
  const answers = await AnswerStore.open(AnswerStore.fileIn(config.PAPERBOT_DATA_DIR), config.PAPERBOT_ANSWER_MEMORY, log);
  const feedback = new FeedbackStore(FeedbackStore.fileIn(config.PAPERBOT_DATA_DIR), log);
  const services: OwnedServices = {
    config,
    retriever: options.retriever,
    asker: limitedAsker(inner, mode, llmLimiter),
    mode,
    answers,
    feedback,
    cooldown: new Cooldown(config.PAPERBOT_COOLDOWN_SECONDS),
    llmLimiter,
    log,
    commands,
    digest: (digestOptions) => buildDigest(services.retriever, { contextTokens: config.PAPERBOT_CONTEXT_TOKENS, ...digestOptions }, limitedLlm),
    useRetriever(retriever) {
      services.retriever = retriever;
      services.asker = limitedAsker(askerFor(retriever), mode, llmLimiter);
    },
    close: async () => {
      await Promise.all([answers.flush(), feedback.flush()]);
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
