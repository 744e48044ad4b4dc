import { escapeMarkdown } from 'discord.js';

/** Escapes text (titles, quotes, questions, answers) so Discord shows it as written, markdown and links inert. */
export function md(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** A URL safe to put in a masked link (http or https, parentheses and spaces encoded), or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return undefined;
  }
}

/** A paper title, escaped, linked when its URL is known. */
export function titleLink(title: string, url?: string): string {
  const text = md(title).replace(/[[\]]/g, '\\$&');
  const href = safeUrl(url);
  return href ? `[${text}](${href})` : text;
}
