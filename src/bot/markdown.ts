import { escapeMarkdown } from '@discordjs/formatters';
import { httpUrl, stripControl } from '../util/sanitize.js';

/**
 * The one place text from outside (titles, quotes, questions, answers) becomes Discord markdown:
 * control characters removed, then markdown characters escaped once, so Discord shows the text as
 * written. Every backtick is escaped (no code span can open), and so is every `(` right after a `]`:
 * a masked link needs `](`, so none can form, while citation markers such as `[1]` stay as they are.
 * Every backslash in the result escapes the character after it; `plain` (render-text.ts) reads the
 * result back as the original text for the terminal.
 */
export function md(text: string): string {
  return escapeMarkdown(stripControl(text), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: false,
    inlineCode: false,
    codeBlock: false,
  })
    .replace(/`/g, '\\`')
    .replace(/\]\(/g, ']\\(');
}

/** A URL safe to put in a masked link or an embed (http or https, parentheses and spaces encoded), or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  const href = url === undefined ? undefined : httpUrl(url);
  return href?.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** A paper title, escaped (its brackets too, so that they cannot end the link text), linked when its URL is known. */
export function titleLink(title: string, url?: string): string {
  const text = md(title).replace(/[[\]]/g, '\\$&');
  const href = safeUrl(url);
  return href ? `[${text}](${href})` : text;
}
