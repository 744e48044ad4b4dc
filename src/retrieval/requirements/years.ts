/**
 * Years a query asks its papers to be from ("rlhf papers from 2023", "2024 work on agents", "published
 * between 2022 and 2023"): a time to check the papers' dates against, not a word to find in their
 * text. A year that is part of a name ("SemEval-2023", "WMT 2023 results") is left in the query.
 * Pure.
 */
import { closeGaps } from '../text.js';

/** 1990 to 2039: a number beyond is a count ("2048 tokens"), not a year. */
const YEAR = String.raw`(?:199\d|20[0-3]\d)`;
/** What a count is of ("in 2000 steps", "after 2024 tokens"): the number before it is no year. */
const COUNTED = String.raw`(?!\s+(?:tokens?|examples?|samples?|steps?|words?|images?|hours?|gpus?|queries|questions?|documents?|sentences?|pairs?|epochs?|iterations?|layers?|dimensions?|characters?|frames?|languages?|tasks?|items?|users?|people|annotators?|classes|labels?|nodes?|lines?)\b)`;
/** A year not glued to a word before it: "SemEval-2023" is a name. */
const ALONE_BEFORE = String.raw`(?<![\p{L}\p{N}-])`;
/** ... nor after it: "2023-style". */
const ALONE_AFTER = String.raw`(?![\p{L}\p{N}]|-[\p{L}\p{N}])`;
const PAPERS = String.raw`(?:papers?|preprints?|works?|research|studies|articles?|publications?)`;
/** "early 2024", "mid-2023". */
const PART = String.raw`(?:(?:early|mid|late)[\s-]+)?`;
/** One year or a span of them: "2022-2023", "2022 to 2024", "2022 and 2023" (after "between"). */
const SPAN = String.raw`(${YEAR})(?![\p{L}\p{N}])(?:\s*(?:-|–|to|and|or|until)\s*(${YEAR}))?${ALONE_AFTER}${COUNTED}`;

/**
 * A year after a word of time ("from 2023", "published in early 2024", "since 2022", "between 2022
 * and 2023"), or beside a word for papers ("2023 papers", "papers 2024"); the words of time go with it.
 */
const TIME_PHRASES = [
  new RegExp(String.raw`\b(?:from|in|since|after|before|during|between|until)\s+(?:the\s+year\s+)?${PART}${SPAN}`, 'giu'),
  new RegExp(String.raw`${ALONE_BEFORE}${SPAN}(?=\s+${PAPERS}\b)`, 'giu'),
  new RegExp(String.raw`(?<=\b${PAPERS}\s+)${SPAN}`, 'giu'),
];

export interface AskedYears {
  /** The years asked for, in order ("2022-2024": 2022, 2023 and 2024). */
  years: number[];
  /** The query without them (and the words of time that went with them). */
  rest: string;
}

/** The years a query asks its papers to be from (see the module comment), and the query without them. */
export function askedYears(query: string): AskedYears {
  const years = new Set<number>();
  let rest = query;
  for (const re of TIME_PHRASES) {
    rest = rest.replace(re, (...m: unknown[]) => {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      if (to < from || to - from > 10) return String(m[0]);
      for (let y = from; y <= to; y++) years.add(y);
      return ' ';
    });
  }
  if (years.size === 0) return { years: [], rest: query };
  return { years: [...years].sort((a, b) => a - b), rest: closeGaps(rest) };
}

/** Whether a paper's date (YYYY-MM-DD) falls in one of the years. */
export function datedIn(published: string | undefined, years: readonly number[]): boolean {
  return published !== undefined && years.includes(Number(published.slice(0, 4)));
}
