import { checkCustomId } from './limits.js';

/** The custom id of a command's button. */
export function buttonId(command: string, action: string, key: string): string {
  return checkCustomId(`${command}:${action}:${key}`);
}

/** Splits a button's custom id into command, action and key (null when it is not one of ours). */
export function parseButtonId(id: string): { command: string; action: string; key: string } | null {
  const m = /^([\w-]+):([\w-]+):(.*)$/.exec(id);
  return m ? { command: m[1]!, action: m[2]!, key: m[3]! } : null;
}
