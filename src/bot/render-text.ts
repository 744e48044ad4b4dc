import type { Reply } from './command.js';

/** Discord markdown as plain text: links as `text <url>`, emphasis markers dropped, escapes undone. */
export function plain(text: string): string {
  return text
    .replace(/\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^\s)]+)\)/g, (_m, t: string, url: string) => `${t} <${url}>`)
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/(?<!\\)`/g, '')
    .replace(/\\([\\`*_~|>#\-.[\]()+!:<=])/g, '$1');
}

/**
 * A reply as terminal text: each embed's title, body, fields and footer, then the buttons
 * numbered so the user can press them by typing `!1`, `!2`, …
 */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.content) out.push(plain(reply.content));
  for (const e of reply.embeds ?? []) {
    if (out.length > 0) out.push('');
    if (e.title) out.push(`== ${plain(e.title)} ==${e.url ? ` <${e.url}>` : ''}`);
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
  return out.join('\n');
}
