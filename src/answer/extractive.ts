import type { Paper } from '../corpus/paper.js';
import type { Confidence } from '../retrieval/confidence/confidence.js';
import { CONFIDENCE_TEXT } from './confidence-text.js';
import { CONTRIBUTION_RE } from './themes/gists.js';
import { splitSentences, tokenize, verbStem } from '../retrieval/text.js';
import { WHERE_THE_CODE_IS } from '../retrieval/requirements/unnamed.js';
import { truncate } from '../util/truncate.js';

export interface ExtractiveSource {
  n: number;
  paper: Paper;
  score: number;
}

export interface ExtractiveAnswer {
  text: string;
  cited: ExtractiveSource[];
}

export const EXTRACTIVE_LABEL = 'Extractive answer (sentences quoted from the abstracts):';

const MAX_PAPERS = 3;
const MAX_SENTENCE_CHARS = 400;
const MAX_REQUEST_CHARS = 120;

/**
 * Picks, from the best papers, the sentence that shares most of the question's (IDF-weighted) terms,
 * and cites each. Papers scoring well below the best one are left out.
 */
export function extractiveAnswer(sources: readonly ExtractiveSource[], weights: ReadonlyMap<string, number>, options: SentenceOptions = {}): ExtractiveAnswer {
  if (sources.length === 0) return { text: '', cited: [] };
  const chosen = choose(sources);
  return { text: [EXTRACTIVE_LABEL, ...quoted(chosen, weights, options)].join('\n'), cited: chosen };
}

export interface SentenceOptions {
  /** Whether a sentence gives what the question asks for ("(126)" of "how many teams joined subtask A?"): such a sentence is quoted first. */
  gives?: ((sentence: string, paper: Pick<Paper, 'title'>) => boolean) | undefined;
  /** Whether a sentence holds the term the question asks the meaning of ("depth up-scaling" of "what does depth up-scaling mean in solar"): the best such sentence is quoted first, alone. */
  defines?: ((sentence: string) => boolean) | undefined;
  /**
   * Whether the question looks for a paper rather than asking a fact of one ("lifelong learning Lean
   * theorem proving", "is there a testbed where teacher agents ..."): the sentence that says what the
   * paper does ("We present LeanAgent, ...") then counts {@link SAYS_WHAT_IT_DOES} times its share.
   */
  seeks?: boolean;
}

/** How much more a sentence that says what the paper does counts when the question looks for a paper. */
const SAYS_WHAT_IT_DOES = 1.15;

/** Added to the score of a sentence that gives what was asked for: more than any sentence that does not can score. */
const GIVES_FIRST = 1e3;

/** One request of a question that makes several (see query-parts.ts), with the sources found for it, best first, and how its sentences are chosen. */
export interface ExtractivePart extends SentenceOptions {
  query: string;
  confidence: Confidence;
  sources: readonly ExtractiveSource[];
  weights: ReadonlyMap<string, number>;
}

/**
 * An extractive answer to each request of a question in turn: the best sentences of its sources, a
 * caveat when they only weakly match it, or that the corpus does not cover it.
 */
export function extractivePartsAnswer(parts: readonly ExtractivePart[]): ExtractiveAnswer {
  const lines = [EXTRACTIVE_LABEL];
  const cited = new Map<number, ExtractiveSource>();
  for (const part of parts) {
    // A request typed after sentences that set it up ("We want to check ... . How many probing studies ...") is named by its own sentence.
    const request = `On "${truncate(splitSentences(part.query).at(-1) ?? part.query, MAX_REQUEST_CHARS)}"`;
    if (part.confidence === 'none' || part.sources.length === 0) {
      lines.push(`${request}: ${CONFIDENCE_TEXT.none.label.toLowerCase()}.`);
      continue;
    }
    lines.push(part.confidence === 'low' ? `${request} (${CONFIDENCE_TEXT.low.label.toLowerCase()}, these may not answer it):` : `${request}:`);
    const chosen = choose(part.sources);
    lines.push(...quoted(chosen, part.weights, part));
    for (const s of chosen) cited.set(s.n, s);
  }
  return { text: lines.join('\n'), cited: [...cited.values()].sort((a, b) => a.n - b.n) };
}

/** The best source, and up to two more that score at least three quarters of it. */
function choose(sources: readonly ExtractiveSource[]): ExtractiveSource[] {
  const top = sources[0]!;
  return sources.filter((s, i) => i === 0 || (i < MAX_PAPERS && s.score >= 0.75 * top.score));
}

/**
 * Each source's best sentence for the query, with its citation; of the first source, also the other
 * sentences that give what was asked for ("how many probing studies ..., how many LMs ...?": one
 * sentence gives each), up to {@link GIVING_SENTENCES} in all, in the abstract's order.
 */
function quoted(sources: readonly ExtractiveSource[], weights: ReadonlyMap<string, number>, options: SentenceOptions = {}): string[] {
  // Each sentence is read for what it gives once, for choosing the best and the others.
  const gives = options.gives && remembered(options.gives);
  return sources.map((s, i) => {
    const best = bestSentence(s.paper, weights, { gives, defines: options.defines, seeks: options.seeks });
    const sentences = i === 0 && gives?.(best, s.paper) ? alsoGiving(s.paper, best, gives) : [best];
    return `${sentences.map((x) => truncate(x, MAX_SENTENCE_CHARS)).join(' ')} [${s.n}]`;
  });
}

type SentenceTest = (sentence: string, paper: Pick<Paper, 'title'>) => boolean;

/** A test of sentences that reads each sentence of a paper once. */
function remembered(test: SentenceTest): SentenceTest {
  const seen = new Map<string, boolean>();
  return (sentence, paper) => {
    const key = `${paper.title}\n${sentence}`;
    let result = seen.get(key);
    if (result === undefined) seen.set(key, (result = test(sentence, paper)));
    return result;
  };
}

/** How many sentences of the first source are quoted at most when several give what was asked for. */
const GIVING_SENTENCES = 3;

/** The best sentence and, after it in number, the first others of the abstract that give what was asked for; in the abstract's order. */
function alsoGiving(paper: Pick<Paper, 'title' | 'abstract'>, best: string, gives: SentenceTest): string[] {
  const sentences = splitSentences(paper.abstract);
  const others = sentences.filter((s) => s !== best && gives(s, paper) && !WHERE_THE_CODE_IS.test(s)).slice(0, GIVING_SENTENCES - 1);
  return sentences.filter((s) => s === best || others.includes(s));
}


/**
 * The abstract sentence with the highest share of the query's term weight (ties: the earlier one),
 * after any that gives what was asked for (a number, worded otherwise than the question: "220 runs
 * were submitted" for "how many submissions"; where the code is, when that is asked); one that only
 * says where the code is comes last otherwise. When no sentence holds a word of the query ("what is 2501.17635
 * about?"), the sentence that says what the paper does (we propose, this paper introduces).
 */
export function bestSentence(paper: Pick<Paper, 'abstract'> & Partial<Pick<Paper, 'title'>>, weights: ReadonlyMap<string, number>, options: SentenceOptions = {}): string {
  const sentences = splitSentences(paper.abstract);
  let best = sentences[0] ?? paper.abstract;
  let bestScore = -Infinity;
  let held = false;
  sentences.forEach((sentence, i) => {
    const terms = new Set(tokenize(sentence).map(verbStem));
    let score = 0;
    for (const [t, w] of weights) if (terms.has(verbStem(t))) score += w;
    const gives = (options.gives?.(sentence, { title: paper.title ?? '' }) ?? false) || (options.defines?.(sentence) ?? false);
    held ||= score > 0 || gives;
    if (options.seeks && CONTRIBUTION_RE.test(sentence)) score *= SAYS_WHAT_IT_DOES;
    score = score / Math.sqrt(Math.max(terms.size, 8)) - i * 0.01 + (gives ? GIVES_FIRST : 0) - (!gives && WHERE_THE_CODE_IS.test(sentence) ? 1e6 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  });
  return held ? best : (sentences.find((s) => CONTRIBUTION_RE.test(s) && !WHERE_THE_CODE_IS.test(s)) ?? best);
}
