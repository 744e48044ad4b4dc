import { userInfo } from 'node:os';
import { type AsyncCompleter, createInterface } from 'node:readline';
import { UserError } from '../../errors.js';
import { stripControl } from '../../util/sanitize.js';
import { parseButtonId } from '../button-ids.js';
import { parseCommandLine, parseOptionText } from './command-line.js';
import { optionsOf } from '../options.js';
import type { BotServices, CommandContext, Reply } from '../types.js';
import { newErrorId } from '../log.js';
import { renderText } from './render-text.js';

export interface TerminalOptions {
  services: BotServices;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show a prompt and complete commands and titles with Tab. Otherwise read lines until the input ends. */
  interactive: boolean;
}

/** The banner: corpus size and how answers are written. */
export function banner(services: BotServices): string {
  const mode =
    services.mode === 'llm'
      ? `LLM answers (${services.config.PAPERBOT_LLM_MODEL})`
      : 'extractive answers (no LLM configured: set OPENAI_API_KEY or OPENAI_BASE_URL for LLM answers)';
  return [
    `paperbot: ${services.retriever.size} papers, ${mode}.`,
    `Terminal mode (no DISCORD_TOKEN). Commands: ${services.commands.map((c) => `/${c.name}`).join(', ')}. Type /help for more.`,
  ].join('\n');
}

/**
 * The terminal surface: the same command modules as on Discord, typed as `/ask what is lora? k:5`,
 * replies printed as text. A line without a leading `/` follows up on the last answer (or asks, when
 * there is none); `!n` presses the n-th button under the last reply.
 */
export class TerminalSession {
  private last: Reply | undefined;
  private lastAnswerKey: string | undefined;
  private readonly ctx: CommandContext;

  constructor(private readonly services: BotServices) {
    this.ctx = { ...services, user: { id: 'terminal', name: safeUserName() }, surface: 'terminal' };
  }

  /** Handles one line; returns the text to print, or null to quit. */
  async handle(line: string): Promise<string | null> {
    const text = line.trim();
    if (text === '') return '';
    if (/^\/(quit|exit)$/i.test(text)) return null;
    try {
      const reply = await this.dispatch(text);
      if (reply.buttons && reply.buttons.length > 0) this.last = reply;
      if (reply.answerKey) this.lastAnswerKey = reply.answerKey;
      return renderText(reply);
    } catch (err) {
      if (err instanceof UserError) return `error: ${err.message}`;
      const errorId = newErrorId();
      this.services.log.error('terminal command failed', { errorId, err });
      return `error: something went wrong (error id ${errorId})`;
    }
  }

  private async dispatch(text: string): Promise<Reply> {
    const press = /^!(\d+)$/.exec(text);
    if (press) return this.press(Number(press[1]));
    const parsed = parseCommandLine(text, this.services.commands);
    if (parsed) return parsed.command.run(parsed.raw, this.ctx);
    const asker = this.services.commands.find((c) => c.followUp);
    if (!asker) throw new UserError('type a command, e.g. /help');
    const previous = this.lastAnswerKey ? await this.services.answers.get(this.lastAnswerKey) : undefined;
    if (previous && asker.followUp) return asker.followUp(text, previous, this.ctx);
    return asker.run(parseOptionText(text, optionsOf(asker.data)), this.ctx);
  }

  private async press(n: number): Promise<Reply> {
    const button = this.last?.buttons?.[n - 1];
    if (!button) throw new UserError(this.last ? `there is no button !${n}` : 'there are no buttons to press yet');
    const id = parseButtonId(button.id);
    const command = id ? this.services.commands.find((c) => c.name === id.command) : undefined;
    if (!id || !command?.press) throw new UserError('that button does nothing here');
    return command.press(id.action, id.key, this.ctx);
  }

  /** Tab completion: command names, then suggestions for the command's autocompleted option. */
  readonly completer: AsyncCompleter = (line, callback) => {
    void this.complete(line).then(
      (r) => callback(null, r),
      () => callback(null, [[], line]),
    );
  };

  private async complete(line: string): Promise<[string[], string]> {
    const m = /^\/(\S*)(\s+([\s\S]*))?$/.exec(line);
    if (!m) return [[], line];
    if (m[2] === undefined) {
      const names = this.services.commands.map((c) => `/${c.name} `).filter((n) => n.startsWith(line));
      return [names, line];
    }
    const command = this.services.commands.find((c) => c.name === m[1]);
    const option = command ? optionsOf(command.data).find((o) => 'autocomplete' in o && o.autocomplete) : undefined;
    if (!command?.complete || !option) return [[], line];
    const choices = await command.complete(option.name, m[3] ?? '', this.ctx);
    return [choices.map((c) => `/${command.name} ${stripControl(c.name)}`), line];
  }
}

/** Runs the terminal until the input ends, the user types /quit, or Ctrl+C. */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { services, input, output, interactive } = options;
  const session = new TerminalSession(services);
  const write = (s: string) => void output.write(`${stripControl(s)}\n`);
  write(banner(services));
  const completer: AsyncCompleter | undefined = interactive ? session.completer : undefined;
  const rl = createInterface({
    input,
    ...(interactive ? { output, terminal: true, completer } : { terminal: false }),
    crlfDelay: Infinity,
  });
  rl.on('SIGINT', () => rl.close());
  if (interactive) {
    rl.setPrompt('paperbot> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (!interactive && line.trim() !== '') write(`> ${line.trim()}`);
    const out = await session.handle(line);
    if (out === null) break;
    if (out !== '') write(`${out}\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'terminal';
  }
}
