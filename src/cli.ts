import { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from './config.js';
import { UserError } from './errors.js';
import { stripControl } from './util/sanitize.js';
import { type CliContext, createContext } from './cli/context.js';
import { registerAnswerCommands } from './cli/answer.js';
import { registerBotCommands } from './cli/bot.js';
import { registerDigestCommands } from './cli/digest.js';
import { registerEvaluationCommands } from './cli/evaluation.js';
import { registerRetrievalCommands } from './cli/retrieval.js';
import { registerStoreCommands } from './cli/store.js';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('paperbot')
    .description('Question answering over a corpus of ML paper abstracts')
    .showHelpAfterError()
    .exitOverride();
  registerRetrievalCommands(program, ctx);
  registerAnswerCommands(program, ctx);
  registerEvaluationCommands(program, ctx);
  registerBotCommands(program, ctx);
  registerDigestCommands(program, ctx);
  registerStoreCommands(program, ctx);
  return program;
}

export async function main(argv: string[], config: () => Config = () => loadConfig()): Promise<number> {
  const program = buildProgram(createContext(config));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    if (err instanceof UserError || err instanceof ConfigError) {
      process.stderr.write(`error: ${stripControl(err.message)}\n`);
      return 2;
    }
    process.stderr.write(`error: ${stripControl(e.message ?? String(err))}\n`);
    return 1;
  }
}
