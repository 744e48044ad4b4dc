/**
 * Where a paper appeared, as an answer states it ("(NeurIPS 2023)", "published at ICLR 2024"),
 * checked against the sources: the model sees titles and abstracts only, so a venue no abstract names
 * is one it made up or remembered, and the user cannot tell which. Pure.
 */
import { VENUE_NAMES } from '../../retrieval/requirements/origins.js';
import { GAP } from './titles.js';

/** What the venue check knows of a source. */
export interface VenueSource {
  title: string;
  abstract?: string;
}

const YEAR = String.raw`(?:'\d{2}|(?:19|20)\d{2})`;
const VENUE = String.raw`(?:(?:Findings\s+of\s+(?:the\s+)?)?(?:${VENUE_NAMES})(?:\s+(?:Findings|Workshops?|Oral|Spotlight|Poster))?)`;
/**
 * "(NeurIPS 2023)", "(ICLR'24, oral)", "[Findings of EMNLP 2023]": a bracket that holds a venue and a
 * year alone; ", published at ICLR 2024,", ", accepted to NeurIPS 2023.": a phrase set off by commas
 * that states one (a sentence whose claim is the venue is left as it is).
 */
const VENUE_RE = new RegExp(
  String.raw`[([]\s*(?:published\s+(?:at|in)\s+|presented\s+at\s+|appeared\s+(?:at|in)\s+)?(${VENUE})\s*,?\s*${YEAR}(?:\s*,\s*(?:oral|spotlight|poster|main|workshop))?\s*[)\]]` +
    String.raw`|,\s*(?:(?:published|presented|accepted)\s+(?:at|in|to)|appeared\s+(?:at|in))\s+(?:the\s+)?(${VENUE})\s*(?:conference\s+)?${YEAR}(?:\s*,(?=\s)|(?=\s*[.;:)]|\s*$))`,
  'g',
);

export interface VenueCheck {
  /** The text with each venue no source names replaced by a gap. */
  text: string;
  /** Venues removed. */
  dropped: number;
}

/** Removes each venue (with its year) that no source's title or abstract names. */
export function checkVenues(text: string, sources: readonly VenueSource[]): VenueCheck {
  const named = sources.map((s) => `${s.title} ${s.abstract ?? ''}`.toLowerCase());
  let dropped = 0;
  const out = text.replace(VENUE_RE, (match: string, inBracket: string | undefined, inPhrase: string | undefined) => {
    const venue = (inBracket ?? inPhrase ?? '').replace(/^Findings\s+of\s+(?:the\s+)?/i, '').split(/\s+/)[0]!.toLowerCase();
    if (named.some((t) => new RegExp(String.raw`\b${venue}\b`).test(t))) return match;
    dropped += 1;
    return GAP;
  });
  return { text: out, dropped };
}
