/**
 * Links and paper identifiers in an answer, checked against the sources: a URL, an arXiv id or a DOI
 * the model could not have read (not a source's URL, not in a source's abstract) points at a paper
 * that is not among the sources, or at nothing. Pure.
 */
import { refOf } from '../../corpus/identifiers.js';
import { GAP } from './titles.js';

/** What the link check knows of a source. */
export interface LinkSource {
  url?: string;
  abstract?: string;
}

export interface LinkCheck {
  /** The text with unknown links unlinked (a markdown link keeps its text) and unknown bare links and identifiers replaced by gaps. */
  text: string;
  /** Links and identifiers removed. */
  dropped: number;
}

/** `[text](https://...)`, the target allowed one level of parentheses. */
const MARKDOWN_LINK_RE = /\[([^[\]\n]{1,400})\]\((https?:\/\/(?:[^\s()]|\([^\s()]*\))+)\)/gi;
/** A bare URL, without the punctuation that ends its sentence. */
const URL_RE = /(?<!\]\()\bhttps?:\/\/[^\s<>()[\]"'`]*[^\s<>()[\]"'`.,;:!?*_]/gi;
/** "arXiv:2401.01234", "arXiv 2401.01234v2", "arxiv.org/abs/2401.01234" outside a URL is caught as a URL. */
const ARXIV_RE = /\barxiv\s*:?\s*(\d{4}\.\d{4,5})(?:v\d+)?\b/gi;
/** "doi:10.1234/abc", "10.1234/abc.56" (not inside a URL, which is checked as a whole). */
const DOI_RE = /(?:\bdoi:\s*)?(?<![/\w.])10\.\d{4,9}\/[^\s<>()[\]"'`]*[^\s<>()[\]"'`.,;:!?*_]/gi;

/**
 * Checks every link and identifier in `text` against the sources. One is known when it is a source's
 * URL, holds the arXiv id of one (abs, pdf, or a daily-papers page), or occurs in a source's abstract
 * ("code at https://github.com/..."). An unknown markdown link keeps its text without the link; an
 * unknown bare URL, arXiv id or DOI is removed (a parenthesis it fills goes with it when the gaps are
 * tidied). Each counts once in `dropped`.
 */
export function checkLinks(text: string, sources: readonly LinkSource[]): LinkCheck {
  const urls = new Set(sources.flatMap((s) => (s.url ? [normaliseLink(s.url)] : [])));
  const ids = new Set(sources.flatMap((s) => refOf(s.url) ?? []));
  const abstracts = sources.map((s) => (s.abstract ?? '').toLowerCase());
  const known = (link: string): boolean => {
    const norm = normaliseLink(link);
    if (urls.has(norm)) return true;
    const id = refOf(link);
    if (id !== undefined && ids.has(id)) return true;
    return norm.length >= 8 && abstracts.some((a) => a.includes(norm));
  };
  let dropped = 0;
  let out = text.replace(MARKDOWN_LINK_RE, (match: string, label: string, url: string) => {
    if (known(url)) return match;
    dropped += 1;
    return label;
  });
  for (const re of [URL_RE, ARXIV_RE, DOI_RE]) {
    out = out.replace(re, (match: string) => {
      if (known(match)) return match;
      dropped += 1;
      return GAP;
    });
  }
  return { text: out, dropped };
}

/** A link as compared: lower case, without the scheme, "www.", "doi:", a trailing slash or an arXiv version. */
export function normaliseLink(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/^doi:\s*/, '')
    .replace(/^arxiv\s*:?\s*/, '')
    .replace(/(\d{4}\.\d{4,5})v\d+/, '$1')
    .replace(/[/#?]+$/, '');
}
