/**
 * Makes a reply respect Discord's limits (limits.ts): long text paged at paragraph, line or word
 * boundaries, embeds trimmed and split, and the whole spread over as many messages as it takes.
 * Pure functions. Embeds are measured with discord.js's `embedLength`, so only the Discord adapter
 * loads this module.
 */
import { embedLength } from 'discord.js';
import { isHighSurrogate, truncate } from '../../util/truncate.js';
import { type EmbedData, LIMITS } from '../limits.js';

/**
 * Splits `text` into pages of at most `max` characters, preferring paragraph, then line, then word
 * boundaries. Every page is non-empty; the pages joined back hold every word of the text.
 */
export function pageText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError('page size must be positive');
  const pages: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = lastBreak(window, '\n\n', max);
    if (cut < max / 2) cut = Math.max(cut, lastBreak(window, '\n', max));
    if (cut < max / 2) cut = Math.max(cut, lastBreak(window, ' ', max));
    if (cut <= 0) {
      cut = max;
      if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut--;
    }
    const page = rest.slice(0, cut).trimEnd();
    if (page !== '') pages.push(page);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pages.push(rest);
  return pages;
}

function lastBreak(window: string, sep: string, max: number): number {
  const i = window.lastIndexOf(sep, max);
  return i <= 0 ? 0 : i;
}

/** Characters an embed counts against the per-message total (counted by discord.js's `embedLength`). */
function lengthOf(e: EmbedData): number {
  return embedLength({ title: e.title, description: e.description, fields: e.fields, footer: e.footer === undefined ? undefined : { text: e.footer } });
}

/**
 * Makes one embed fit: title, field names and footer trimmed; a long description paged into
 * continuation embeds; long field values paged into continuation fields; more than 25 fields, or more
 * than the per-message total, moved to further embeds. The footer stays on the last embed.
 */
export function fitEmbed(e: EmbedData): EmbedData[] {
  const color = e.color === undefined ? {} : { color: e.color };
  const footer = e.footer ? truncate(e.footer, LIMITS.footer) : undefined;
  const pages = e.description ? pageText(e.description, LIMITS.embedDescription) : [];
  const out: EmbedData[] = [];
  const first: EmbedData = { ...color };
  if (e.title) first.title = truncate(e.title, LIMITS.embedTitle);
  if (e.url) first.url = e.url;
  if (e.image) first.image = e.image;
  if (pages[0]) first.description = pages[0];
  out.push(first);
  for (const page of pages.slice(1)) out.push({ ...color, description: page });

  const reserve = footer?.length ?? 0;
  for (const field of splitFields(e.fields ?? [])) {
    let last = out[out.length - 1]!;
    const fits =
      (last.fields?.length ?? 0) < LIMITS.embedFields &&
      lengthOf(last) + field.name.length + field.value.length + reserve <= LIMITS.embedTotal;
    if (!fits) {
      last = { ...color };
      out.push(last);
    }
    (last.fields ??= []).push(field);
  }
  if (footer) {
    if (lengthOf(out[out.length - 1]!) + footer.length > LIMITS.embedTotal) out.push({ ...color });
    out[out.length - 1]!.footer = footer;
  }
  if (out.length > 1 && lengthOf(out[0]!) === 0 && !out[0]!.url && !out[0]!.image) out.shift();
  return out;
}

function splitFields(fields: NonNullable<EmbedData['fields']>): NonNullable<EmbedData['fields']> {
  const out: NonNullable<EmbedData['fields']> = [];
  for (const f of fields) {
    const name = truncate(f.name.trim() === '' ? '\u200b' : f.name, LIMITS.fieldName);
    const values = f.value.trim() === '' ? ['\u200b'] : pageText(f.value, LIMITS.fieldValue);
    values.forEach((value, i) => {
      const field = { name: i === 0 ? name : truncate(`${name} (continued)`, LIMITS.fieldName), value };
      out.push(f.inline === undefined ? field : { ...field, inline: f.inline });
    });
  }
  return out;
}

/** One message's worth of a reply: content of at most 2000 characters and embeds within the per-message limits. */
export interface MessagePart {
  content?: string;
  embeds: EmbedData[];
}

/**
 * Splits a reply into messages that each respect every limit: content paged by 2000 characters,
 * each embed fitted, then embeds grouped at most 10 and 6000 characters per message.
 */
export function fitMessages(content: string | undefined, embeds: readonly EmbedData[]): MessagePart[] {
  const parts: MessagePart[] = (content ? pageText(content, LIMITS.content) : []).map((c) => ({ content: c, embeds: [] }));
  const fitted = embeds.flatMap(fitEmbed);
  let current: MessagePart | undefined = parts[parts.length - 1];
  let total = 0;
  for (const e of fitted) {
    const len = lengthOf(e);
    if (!current || current.embeds.length >= LIMITS.embedsPerMessage || total + len > LIMITS.embedTotal) {
      current = { embeds: [] };
      parts.push(current);
      total = 0;
    }
    current.embeds.push(e);
    total += len;
  }
  return parts.length > 0 ? parts : [{ embeds: [] }];
}
