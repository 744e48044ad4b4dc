import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, PROJECT_ROOT, RUNNING_BUILT } from '../util/project.js';
import type { SlashCommand } from './types.js';

/** The directory of command modules: `commands/` at the root of the project (its build in `dist/commands/`). */
export const COMMANDS_DIR = RUNNING_BUILT ? path.join(DIST_DIR, 'commands') : path.join(PROJECT_ROOT, 'commands');

/**
 * The order commands are listed in (help, registration). Commands not named here follow,
 * alphabetically. `digest` is `commands/digest.ts` (the `/digest [days]` command): dropping that
 * module in the directory is all it takes to load, register and offer it in the terminal.
 */
export const COMMAND_ORDER = ['ask', 'similar', 'digest', 'help'];

function isSlashCommand(x: unknown): x is SlashCommand {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<Record<keyof SlashCommand, unknown>>;
  return (
    typeof c.name === 'string' &&
    typeof c.run === 'function' &&
    typeof c.parse === 'function' &&
    typeof c.data === 'object' &&
    c.data !== null &&
    typeof (c.data as { toJSON?: unknown }).toJSON === 'function'
  );
}

/**
 * Loads every command module in `dir`: each `*.ts`/`*.js` file whose default export is a command
 * made with `defineCommand` (see `src/bot/define-command.ts`). A file that does not export one, or two
 * commands with one name, is an error naming the file.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<SlashCommand[]> {
  const files = (await readdir(dir))
    .filter((f) => /\.(ts|js|mts|mjs)$/.test(f) && !/\.d\.[mc]?ts$/.test(f) && !/\.test\./.test(f))
    .sort();
  const seen = new Map<string, string>();
  const commands: SlashCommand[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    if (!isSlashCommand(mod.default)) throw new Error(`commands/${file} does not export a command (export default defineCommand(...))`);
    const other = seen.get(mod.default.name);
    if (other) throw new Error(`commands/${file} and commands/${other} both define /${mod.default.name}`);
    seen.set(mod.default.name, file);
    commands.push(mod.default);
  }
  return sortCommands(commands);
}

export function sortCommands(commands: readonly SlashCommand[]): SlashCommand[] {
  const rank = (name: string) => {
    const i = COMMAND_ORDER.indexOf(name);
    return i < 0 ? COMMAND_ORDER.length : i;
  };
  return [...commands].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
