import { Command } from 'commander';
import type { Config } from './config.js';
import { UserError } from './errors.js';
import { stripControl } from './util/sanitize.js';
import { type CliContext, createContext } from './cli/context.js';
import { registerAnswerCommands } from './cli/answer.js';
import { registerBotCommands } from './cli/bot.js';
import { registerDigestCommands } from './cli/digest.js';
import { registerEvaluationCommands } from './cli/evaluation.js';
import { registerInviteCommand } from './cli/invite.js';
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
  registerInviteCommand(program, ctx);
  registerDigestCommands(program, ctx);
  registerStoreCommands(program, ctx);
  return program;
}

/** The settings of a command run by a person: the settings file (`.env`) first, then the environment. */
async function loadSettings(): Promise<Config> {
  const { loadConfig, loadEnvFile } = await import('./config.js');
  loadEnvFile();
  return loadConfig();
}

/**
 * Runs the command line and returns the exit code. Each command loads its own modules when it runs,
 * so `--help` and the light commands never load the bot, the LLM client or the indexing code.
 */
export async function main(argv: string[], config: () => Promise<Config> = loadSettings): Promise<number> {
  const program = buildProgram(createContext(config));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    if (err instanceof UserError || err instanceof (await import('./config.js')).ConfigError) {
      process.stderr.write(`error: ${stripControl(err.message)}\n`);
      return 2;
    }
    process.stderr.write(`error: ${stripControl(e.message ?? String(err))}\n`);
    return 1;
  }
}
