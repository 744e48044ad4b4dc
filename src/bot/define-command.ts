import { UserError } from '../errors.js';
import { checkOptions, optionsOf } from './options.js';
import type { CommandSpec, RawOptions, SlashCommand } from './types.js';

/** Makes a command from what a module in `commands/` defines: its options checked, then `run`. */
export function defineCommand<Args>(spec: CommandSpec<Args>): SlashCommand {
  const json = spec.data.toJSON();
  const options = optionsOf(spec.data);
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
  };
  const { complete, press, followUp } = spec;
  if (complete) command.complete = async (option, value, ctx) => complete(option, value, ctx);
  if (press) command.press = press;
  if (followUp) command.followUp = followUp;
  return command;
}
