import {
  type APIApplicationCommandBasicOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import type { AnswerRecord } from '../store/types.js';
import { cleanLine } from '../util/sanitize.js';
import { autocompleteCommand, executeCommand } from './interactions.js';
import type { Choice, EmbedData } from './limits.js';
import { checkCustomId } from './limits.js';
import type { BotServices } from './services.js';

/** A button under a reply. Its id is `<command>:<action>:<key>` (see {@link buttonId}). */
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
 * What a module in `commands/` defines (with {@link defineCommand}). `run` does the work and knows
 * nothing of the surface; Discord's `execute`/`autocomplete` and the terminal are adapters around it.
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

/** A loaded command, with its surface adapters. */
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
  /** Discord adapter: runs the command for a slash command interaction. */
  execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void>;
  /** Discord adapter: answers autocomplete (present when the command completes options). */
  autocomplete?(interaction: AutocompleteInteraction, services: BotServices): Promise<void>;
}

export function defineCommand<Args>(spec: CommandSpec<Args>): SlashCommand {
  const json = spec.data.toJSON();
  const options = basicOptions(json.options ?? []);
  const parse = (raw: RawOptions): Args => {
    const checked = checkOptions(options, raw, `/${json.name}`);
    const result = spec.args.safeParse(checked);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new UserError(`${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  };
  const ephemeral = spec.ephemeral ?? false;
  const command: SlashCommand = {
    name: json.name,
    data: spec.data,
    defer: spec.defer ?? false,
    cooldown: spec.cooldown ?? false,
    usesLlm: spec.usesLlm ?? false,
    parse,
    run: async (raw, ctx) => {
      const args = parse(raw);
      const reply = await spec.run(args, ctx);
      const priv = typeof ephemeral === 'function' ? ephemeral(args) : ephemeral;
      return priv ? { ...reply, ephemeral: true } : reply;
    },
    isEphemeral: (raw) => {
      if (typeof ephemeral === 'boolean') return ephemeral;
      try {
        return ephemeral(parse(raw));
      } catch {
        return false;
      }
    },
    execute: (interaction, services) => executeCommand(command, interaction, services),
  };
  const { complete, press, followUp } = spec;
  if (complete) {
    command.complete = async (option, value, ctx) => complete(option, value, ctx);
    command.autocomplete = (interaction, services) => autocompleteCommand(command, interaction, services);
  }
  if (press) command.press = press;
  if (followUp) command.followUp = followUp;
  return command;
}

/** The custom id of a command's button. */
export function buttonId(command: string, action: string, key: string): string {
  return checkCustomId(`${command}:${action}:${key}`);
}

/** Splits a button's custom id into command, action and key (null when it is not one of ours). */
export function parseButtonId(id: string): { command: string; action: string; key: string } | null {
  const m = /^([\w-]+):([\w-]+):(.*)$/.exec(id);
  return m ? { command: m[1]!, action: m[2]!, key: m[3]! } : null;
}

export type BasicOption = APIApplicationCommandBasicOption;

function basicOptions(options: readonly APIApplicationCommandOption[]): BasicOption[] {
  return options.filter(
    (o): o is BasicOption => o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
}

/** The option definitions of a command. */
export function optionsOf(data: CommandData): BasicOption[] {
  return basicOptions(data.toJSON().options ?? []);
}

/**
 * Checks raw option values against the command's own option definitions: names, required options,
 * types (text is converted where the type asks for a number or a boolean), ranges, lengths, choices.
 * Text is cleaned first (control and invisible characters removed), so text of only those is missing.
 */
export function checkOptions(defs: readonly BasicOption[], raw: RawOptions, where = 'command'): Record<string, OptionValue> {
  const byName = new Map(defs.map((d) => [d.name, d]));
  for (const name of Object.keys(raw)) {
    if (!byName.has(name)) {
      const names = defs.map((d) => d.name).join(', ');
      throw new UserError(`${where} has no option "${name}"${names ? ` (options: ${names})` : ''}`);
    }
  }
  const out: Record<string, OptionValue> = {};
  for (const def of defs) {
    const given = raw[def.name];
    const value = typeof given === 'string' ? cleanLine(given) : given;
    if (value === undefined || value === '') {
      if (def.required) throw new UserError(`${where} needs ${def.name}`);
      continue;
    }
    out[def.name] = checkValue(def, value);
  }
  return out;
}

function checkValue(def: BasicOption, value: OptionValue): OptionValue {
  const name = def.name;
  switch (def.type) {
    case ApplicationCommandOptionType.String: {
      const s = String(value).trim();
      if (def.min_length !== undefined && s.length < def.min_length) throw new UserError(`${name} must be at least ${def.min_length} characters`);
      if (def.max_length !== undefined && s.length > def.max_length) throw new UserError(`${name} must be at most ${def.max_length} characters`);
      if (def.choices && def.choices.length > 0 && !def.choices.some((c) => c.value === s)) {
        throw new UserError(`${name} must be one of: ${def.choices.map((c) => c.value).join(', ')}`);
      }
      return s;
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      const integer = def.type === ApplicationCommandOptionType.Integer;
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) throw new UserError(`${name} must be ${integer ? 'a whole number' : 'a number'}`);
      if (def.min_value !== undefined && n < def.min_value) throw new UserError(`${name} must be at least ${def.min_value}`);
      if (def.max_value !== undefined && n > def.max_value) throw new UserError(`${name} must be at most ${def.max_value}`);
      return n;
    }
    case ApplicationCommandOptionType.Boolean: {
      if (typeof value === 'boolean') return value;
      const s = String(value).trim().toLowerCase();
      if (['true', 'yes', 'y', '1', 'on'].includes(s)) return true;
      if (['false', 'no', 'n', '0', 'off'].includes(s)) return false;
      throw new UserError(`${name} must be true or false`);
    }
    default:
      return typeof value === 'string' ? value.trim() : value;
  }
}

/**
 * Parses a typed command line such as `/ask what is lora? k:5 private:true` with the command's own
 * option definitions: `name:value` pairs for any option (a text value runs to the next pair, other
 * values are one word), and the remaining text for the first required text option not given as a
 * pair. Returns null when the line is not a command.
 */
export function parseCommandLine(line: string, commands: readonly SlashCommand[]): { command: SlashCommand; raw: RawOptions } | null {
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const command = commands.find((c) => c.name === name);
  if (!command) {
    throw new UserError(`unknown command /${name}; commands: ${commands.map((c) => `/${c.name}`).join(', ')}`);
  }
  return { command, raw: parseOptionText(m[2] ?? '', optionsOf(command.data)) };
}

/** Parses the text after a command name into raw option values (see {@link parseCommandLine}). */
export function parseOptionText(text: string, defs: readonly BasicOption[]): RawOptions {
  const raw: RawOptions = {};
  if (defs.length === 0) {
    if (text.trim() !== '') throw new UserError('this command takes no options');
    return raw;
  }
  const names = defs.map((d) => d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(^|\\s)(${names.join('|')}):`, 'gi');
  const marks: { name: string; start: number; valueStart: number }[] = [];
  for (const hit of text.matchAll(re)) {
    const start = hit.index + hit[1]!.length;
    marks.push({ name: hit[2]!.toLowerCase(), start, valueStart: start + hit[2]!.length + 1 });
  }
  let free = text.slice(0, marks[0]?.start ?? text.length).trim();
  marks.forEach((mark, i) => {
    const def = defs.find((d) => d.name.toLowerCase() === mark.name)!;
    let value = text.slice(mark.valueStart, marks[i + 1]?.start ?? text.length).trim();
    if (def.type !== ApplicationCommandOptionType.String) {
      const [first = '', ...rest] = value.split(/\s+/);
      value = first;
      if (rest.length > 0) free = `${free} ${rest.join(' ')}`.trim();
    }
    raw[def.name] = unquote(value);
  });
  if (free !== '') {
    const target =
      defs.find((d) => d.type === ApplicationCommandOptionType.String && d.required && raw[d.name] === undefined) ??
      defs.find((d) => d.type === ApplicationCommandOptionType.String && raw[d.name] === undefined) ??
      defs.find((d) => raw[d.name] === undefined);
    if (!target) throw new UserError(`unexpected text "${free}"; give options as name:value`);
    raw[target.name] = unquote(free);
  }
  return raw;
}

function unquote(s: string): string {
  const m = /^(["'“”])([\s\S]*)(["'“”])$/.exec(s);
  return m && s.length >= 2 ? m[2]! : s;
}

/** A one-line usage string, e.g. `/ask question [k] [private]`. */
export function usage(command: SlashCommand): string {
  const parts = optionsOf(command.data).map((o) => (o.required ? o.name : `[${o.name}]`));
  return [`/${command.name}`, ...parts].join(' ');
}
