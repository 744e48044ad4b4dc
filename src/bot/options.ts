import { type APIApplicationCommandBasicOption, type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import { UserError } from '../errors.js';
import { cleanLine } from '../util/sanitize.js';
import type { CommandData, OptionValue, RawOptions, SlashCommand } from './types.js';

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

/** A one-line usage string, e.g. `/ask question [k] [private]`. */
export function usage(command: SlashCommand): string {
  const parts = optionsOf(command.data).map((o) => (o.required ? o.name : `[${o.name}]`));
  return [`/${command.name}`, ...parts].join(' ');
}
