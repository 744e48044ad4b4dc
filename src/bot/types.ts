import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type * as z from 'zod';
import type { CircuitBreaker } from '../answer/llm/circuit-breaker.js';
import type { Digest, DigestOptions } from '../answer/digest.js';
import type { AskService } from '../answer/types.js';
import type { Config } from '../config.js';
import type { Retriever } from '../retrieval/engine.js';
import type { AnswerRecord, AnswerStore, FeedbackStore, Store } from '../store/types.js';
import type { Cooldown } from './throttle/cooldown.js';
import type { ConcurrencyLimiter } from './throttle/limiter.js';
import type { Choice, EmbedData } from './limits.js';
import type { Logger } from './log.js';

/** A button under a reply. Its id is `<command>:<action>:<key>` (see `buttonId` in button-ids.ts). */
export interface ReplyButton {
  id: string;
  label: string;
  emoji?: string;
  style?: 'primary' | 'secondary' | 'success' | 'danger';
}

/** A file sent with a reply (on Discord; the terminal leaves it out). An embed shows it as `attachment://<name>`. */
export interface ReplyFile {
  name: string;
  data: Uint8Array;
  /** Alternative text. */
  description?: string;
}

/**
 * What a command produces, whatever the surface: Discord turns it into messages with embeds and
 * buttons (fitted to Discord's limits), the terminal prints it as text.
 */
export interface Reply {
  content?: string;
  embeds?: EmbedData[];
  /** Sent with the first message. */
  files?: ReplyFile[];
  buttons?: ReplyButton[];
  /** Only the user who asked sees it (Discord); no effect in the terminal. */
  ephemeral?: boolean;
  /** The answer (AnswerStore key) this reply shows: the surface links the messages it posts to it, for follow-ups. */
  answerKey?: string;
}

export type OptionValue = string | number | boolean;
/** Option values by name, as a surface read them (not yet checked). */
export type RawOptions = Record<string, OptionValue>;

export interface UserRef {
  id: string;
  name: string;
}

/** Everything the commands share, on every surface (created by `createServices`, services.ts). */
export interface BotServices {
  config: Config;
  retriever: Retriever;
  /**
   * Answers questions, each within `PAPERBOT_REQUEST_DEADLINE_MS`; LLM calls go through the
   * circuit breaker, then {@link BotServices.llmLimiter}. Questions that need no LLM call never wait.
   */
  asker: AskService;
  /** How answers are written: by an LLM, or extractively (no LLM configured). */
  mode: 'llm' | 'extractive';
  /** The store of record, where the bot keeps its state. */
  store: Store;
  answers: AnswerStore;
  feedback: FeedbackStore;
  cooldown: Cooldown;
  llmLimiter: ConcurrencyLimiter;
  /** Pauses LLM calls after repeated failures (present when an LLM is configured). */
  llmBreaker?: CircuitBreaker;
  log: Logger;
  /** Every loaded command (for /help). */
  commands: readonly SlashCommand[];
  /** Builds a digest of the corpus (see buildDigest); its LLM calls go through {@link BotServices.llmLimiter}. */
  digest(options: DigestOptions): Promise<Digest>;
}

/** What a command runs with: the shared services, who is asking and where. */
export interface CommandContext extends BotServices {
  user: UserRef;
  surface: 'discord' | 'terminal';
  /** Aborted when the answer can no longer be delivered (e.g. the interaction token expired). */
  signal?: AbortSignal;
}

/** A command definition: a discord.js `SlashCommandBuilder` (anything with a name and `toJSON`). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * What a module in `commands/` defines (with `defineCommand`, define-command.ts). `run` does the work
 * and knows nothing of the surface: Discord's routing (interactions.ts) and the terminal (terminal.ts)
 * call it.
 */
export interface CommandSpec<Args> {
  data: CommandData;
  /** Shapes the checked option values into the arguments `run` receives. */
  args: z.ZodType<Args>;
  run(args: Args, ctx: CommandContext): Promise<Reply>;
  /** Acknowledge at once and answer later (for anything that may take more than a moment). */
  defer?: boolean;
  /** Subject to the per-user cooldown. */
  cooldown?: boolean;
  /** Calls the LLM when one is configured (so it waits in the LLM queue when the queue is full). */
  usesLlm?: boolean;
  /** Whether the reply is for the user's eyes only. */
  ephemeral?: boolean | ((args: Args) => boolean);
  /** Autocomplete suggestions for an option as the user types. */
  complete?(option: string, value: string, ctx: CommandContext): Promise<Choice[]> | Choice[];
  /** Handles a press of one of this command's buttons. */
  press?(action: string, key: string, ctx: CommandContext): Promise<Reply>;
  /** Continues a conversation: answers `question` in the light of an earlier answer. */
  followUp?(question: string, previous: AnswerRecord, ctx: CommandContext): Promise<Reply>;
}

/** A loaded command, as the surfaces call it. */
export interface SlashCommand {
  readonly name: string;
  readonly data: CommandData;
  readonly defer: boolean;
  readonly cooldown: boolean;
  readonly usesLlm: boolean;
  /** Checks raw option values against the definition, then runs the command. */
  run(raw: RawOptions, ctx: CommandContext): Promise<Reply>;
  /** Checks raw option values against the definition (throws UserError). */
  parse(raw: RawOptions): unknown;
  /** Whether the reply to these options is ephemeral (false when they do not parse). */
  isEphemeral(raw: RawOptions): boolean;
  complete?(option: string, value: string, ctx: CommandContext): Promise<Choice[]>;
  press?(action: string, key: string, ctx: CommandContext): Promise<Reply>;
  followUp?(question: string, previous: AnswerRecord, ctx: CommandContext): Promise<Reply>;
}
