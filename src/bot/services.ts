import type { Config } from '../config.js';
import { Answerer } from '../answer/answerer.js';
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
}

export interface ServiceOptions {
  config: Config;
  retriever: Retriever;
  log: Logger;
  commands: readonly SlashCommand[];
  /** Answers questions (default: an Answerer from the configuration). */
  asker?: AskService & { hasLlm?: boolean };
}

/** Creates the services and loads what earlier runs stored. */
export async function createServices(options: ServiceOptions): Promise<BotServices & { close(): Promise<void> }> {
  const { config, retriever, log, commands } = options;
  const inner = options.asker ?? Answerer.create(config, retriever);
  const mode = inner.hasLlm ? 'llm' : 'extractive';
  const llmLimiter = new ConcurrencyLimiter(config.PAPERBOT_MAX_CONCURRENT_LLM);
  const answers = await AnswerStore.open(AnswerStore.fileIn(config.PAPERBOT_DATA_DIR), config.PAPERBOT_ANSWER_MEMORY, log);
  const feedback = new FeedbackStore(FeedbackStore.fileIn(config.PAPERBOT_DATA_DIR), log);
  return {
    config,
    retriever,
    asker: limitedAsker(inner, mode, llmLimiter),
    mode,
    answers,
    feedback,
    cooldown: new Cooldown(config.PAPERBOT_COOLDOWN_SECONDS),
    llmLimiter,
    log,
    commands,
    close: async () => {
      await Promise.all([answers.flush(), feedback.flush()]);
    },
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
