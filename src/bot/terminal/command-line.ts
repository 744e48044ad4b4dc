import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { UserError } from '../../errors.js';
import { escapeRegExp } from '../../util/regexp.js';
import { type BasicOption, optionsOf } from '../options.js';
import type { RawOptions, SlashCommand } from '../types.js';

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
  const names = defs.map((d) => escapeRegExp(d.name));
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
