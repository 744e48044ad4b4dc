import { truncate } from '../util/truncate.js';

/**
 * Discord's limits, and the small pure functions that trim to them (with `truncate`,
 * src/util/truncate.ts); fit-messages.ts pages whole replies into messages within them. This is the
 * only module that knows the numbers; everything else asks it. Lengths are counted in UTF-16 code
 * units, which is never less than what Discord counts.
 */
export const LIMITS = {
  /** Characters in a message's content. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Characters across all embeds of one message (titles, descriptions, fields, footers, authors). */
  embedTotal: 6000,
  embedsPerMessage: 10,
  /** Bytes in one uploaded file (servers without boosts). */
  attachmentBytes: 10 * 1024 * 1024,
  /** Autocomplete choices per response. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  /** Time to acknowledge an interaction (reply, defer or autocomplete result). */
  acknowledgeMs: 3000,
  /** Lifetime of an interaction token (edits and follow-ups). */
  interactionTokenMs: 15 * 60 * 1000,
  /** Time between two gateway IDENTIFYs of one rate-limit bucket (a shard's bucket: its id modulo the gateway's `max_concurrency`). */
  identifyIntervalMs: 5000,
} as const;

/** An embed as plain data (what the command modules produce; the Discord adapter turns it into builders). */
export interface EmbedData {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: string;
  color?: number;
  /** An image shown in the embed: an http(s) URL, or `attachment://<name>` for a file of the same message. */
  image?: string;
}

export interface Choice {
  name: string;
  value: string;
}

/** At most 25 autocomplete choices, names and values trimmed to 100 characters, no empty names, no duplicate values. */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    const value = truncate(c.value, LIMITS.choiceValue);
    const name = truncate(c.name.trim() === '' ? value : c.name, LIMITS.choiceName);
    if (name === '' || value === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

/** Checks a component custom id against Discord's limit. */
export function checkCustomId(id: string): string {
  if (id.length > LIMITS.customId) throw new RangeError(`custom id longer than ${LIMITS.customId} characters`);
  return id;
}

/** Trims a button label to Discord's limit. */
export function buttonLabel(label: string): string {
  return truncate(label, LIMITS.buttonLabel);
}
