import { stripControl } from '../../util/sanitize.js';
import type { Reply } from '../types.js';
import { safeUrl } from '../markdown.js';

/**
 * One token of the Discord markdown replies are written in, read left to right: an escaped
 * character, a masked link (its text escaped, see `titleLink`), a bold marker, a code marker.
 */
const MARKDOWN = /\\([^0-9A-Za-z\s])|\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^\s)]+)\)|\*\*|`/g;

/**
 * Discord markdown as plain text: escapes undone, links as `text <url>`, bold and code markers
 * dropped. It reads back exactly what `md` and `titleLink` (markdown.ts) wrote.
 */
export function plain(text: string): string {
  return text.replace(MARKDOWN, (_m, escaped: string | undefined, link: string | undefined, url: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (link !== undefined) return `${plain(link)} <${url}>`;
    return '';
  });
}

/**
 * A reply as terminal text: each embed's title, body, fields and footer, then the buttons
 * numbered so the user can press them by typing `!1`, `!2`, … Control characters never reach the
 * terminal, whatever the reply holds.
 */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.content) out.push(plain(reply.content));
  for (const e of reply.embeds ?? []) {
    if (out.length > 0) out.push('');
    const url = safeUrl(e.url);
    if (e.title) out.push(`== ${plain(e.title)} ==${url ? ` <${url}>` : ''}`);
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields ?? []) {
      out.push('', `${plain(f.name)}:`, ...plain(f.value).split('\n').map((l) => `  ${l}`));
    }
    if (e.footer) out.push('', `(${plain(e.footer)})`);
  }
  const buttons = reply.buttons ?? [];
  if (buttons.length > 0) {
    const labels = buttons.map((b, i) => `[!${i + 1}] ${b.emoji ? `${b.emoji} ` : ''}${b.label}`);
    out.push('', labels.join('  '));
  }
  return stripControl(out.join('\n'));
}
