import type { Config } from '../config.js';
import { unknownRefsText } from '../corpus/identifiers.js';
import type { Paper } from '../corpus/paper.js';
import { MAX_QUERY_LENGTH, validateQuery } from '../errors.js';
import { CONFIDENCE_LEVELS, type Confidence } from '../retrieval/confidence/confidence.js';
import type { Retriever, ScoredPaper, SearchResult } from '../retrieval/engine.js';
import { askedFor } from '../retrieval/requirements/asked.js';
import { topicTerms, withoutMentions } from '../retrieval/query/query.js';
import { unmentionedNames } from '../retrieval/requirements/unmentioned.js';
import { paperWords } from '../retrieval/query/spelling.js';
import { unwrittenTitles } from '../retrieval/query/query-parts.js';
import { contradictedVersions } from '../retrieval/requirements/numbers.js';
import { tokenize } from '../retrieval/text.js';
import { askedInKeywords, askedQuantities, describesOnePaper, unstatedQuantities } from '../retrieval/requirements/unstated.js';
import { laterNamed, namedPaper, typesTitleName } from '../retrieval/query/named-paper.js';
import { askedEntities, unnamedEntities } from '../retrieval/requirements/unnamed.js';
import { COVERAGE_PAPERS } from '../retrieval/confidence/confidence.js';
import { asksForAuthors, authorsNote } from './authors.js';
import { checkCitations } from './check/citations.js';
import { CONFIDENCE_TEXT } from './confidence-text.js';
import { type SentenceOptions, extractiveAnswer, extractivePartsAnswer } from './extractive.js';
import { standsAlone } from './follow-ups.js';
import { pointsBackAtEarlier } from '../retrieval/query/query-parts.js';
import { looksForeign, notEnglish } from './language.js';
import { asksForNewest, newestAnswer } from './newest.js';
import { type ChatClient, LlmError, chatClientFromConfig } from './llm/llm.js';
import { buildAnswerPrompt } from './prompt.js';
import { ANSWER_OUTPUT, parseReply } from './reply.js';
import { apartNote, inPassingNote, notDatedNote, notFromNote, unmentionedNote, unstatedNote } from './unmentioned-note.js';
import type { AskOptions, AskResult, AskService } from './types.js';

export const NOT_IN_CORPUS = 'The corpus does not cover this question. The closest papers are listed below, but they are not an answer.';

/**
 * The answer when the first paper is what the question asks about but its abstract does not give what
 * was asked (a number, a name: see retrieval/requirements/unstated.ts): the corpus has the paper, not the answer.
 */
export function notInAbstract(title: string): string {
  return `The corpus has “${title}”, but its abstract does not give what was asked. The closest papers are listed below, but they are not an answer.`;
}

/** The answer when the question names no topic the papers use, so that no paper is closer than another. */
export const NO_TOPIC = 'This question names no topic the papers use, so there is nothing to answer from. Ask about a topic, a method or a paper, e.g. "papers on model merging".';

/** Said before an extractive answer built from papers that only weakly match the question. */
export const WEAK_MATCH = CONFIDENCE_TEXT.low.explanation;

/**
 * Answers a question from the corpus: retrieve, then either an LLM answer over numbered sources
 * (citations checked) or an extractive answer. Abstains without calling the LLM only when retrieval's
 * confidence is `none`; on `low` the LLM reads the sources and decides (the extractive answer says the
 * papers may not answer the question). Falls back to the extractive answer whenever the LLM fails.
 */
export class Answerer implements AskService {
  constructor(
    private readonly retriever: Retriever,
    private readonly options: { contextTokens: number; llm?: ChatClient | undefined },
  ) {}

  static create(config: Config, retriever: Retriever, llm: ChatClient | undefined = chatClientFromConfig(config)): Answerer {
    return new Answerer(retriever, { contextTokens: config.PAPERBOT_CONTEXT_TOKENS, llm });
  }

  get hasLlm(): boolean {
    return this.options.llm !== undefined;
  }

  /**
   * The papers for a question. A follow-up is searched with the earlier question before it ("which of
   * them scales best?" needs it). One that does not point back at it (see pointsBackAtEarlier) is
   * searched on its own as well; when it also stands alone (see follow-ups.ts) and its own words are
   * better covered than the two together ("thanks! now, any papers on medical exam benchmarks?"), it
   * has moved on to another topic, and its own papers are the ones to answer from: when it is surer
   * alone, or when its first paper alone holds more of its words than the first paper of the two
   * together (see {@link movedOn}); so has one that names the paper it finds first by its title's name.
   */
  private async retrieve(question: string, earlier: string | undefined, k: number): Promise<SearchResult> {
    const search = (q: string) => this.retriever.search(q.slice(0, MAX_QUERY_LENGTH), k);
    if (earlier === undefined) return search(question);
    // Without its quotes: a title the earlier question quoted is words here, not a paper named first
    // for sure (see Retriever.search), which would outrank the follow-up's own papers on a new topic.
    const before = earlier.replace(/["“”]/g, '');
    const [together, alone] = await Promise.all([
      // A sentence of its own: what it asks is read where it starts (see unstated.ts).
      search(`${/[.?!]\s*$/.test(before) ? before : `${before}.`} ${question}`),
      pointsBackAtEarlier(question)
        ? undefined
        : Promise.all([standsAlone(question, (terms) => this.retriever.termStats(terms), this.retriever.size), search(question)]).then(([stands, result]) => ({ stands, result })),
    ]);
    if (!alone) return together;
    // Surer alone: a better level, or the same level at a higher probability.
    const surer = (a: SearchResult, b: SearchResult) => RANK(a.confidence) < RANK(b.confidence) || (a.confidence === b.confidence && a.confidenceScore > b.confidenceScore);
    // One that names its paper by its title's name ("speechverse uses which speech encoder?") is about that paper.
    const top = alone.result.results[0]?.paper.title;
    if (alone.stands && top !== undefined && typesTitleName(question, top)) return alone.result;
    if (alone.stands && (await this.movedOn(question, alone.result, together))) return alone.result;
    if (alone.stands) return surer(alone.result, together) ? alone.result : together;
    // Too few specific words to stand alone, yet the corpus answers it alone and not with the question before: a new topic ("language models for tabular data").
    return alone.result.confidence === 'high' && together.confidence !== 'high' ? alone.result : together;
  }

  /**
   * Whether a follow-up that stands alone has moved on from the question before it: the paper it finds
   * first alone is not among the first papers the two find together, and holds more of the follow-up's
   * words (the rarer, the more they count) than the paper the two find first, which answers the
   * question before ("multilingual tokenizer vocabulary overlap POS NER", then "Which lightweight
   * fine-tuning method factorizes weight updates into matrix components and rescales each ...?").
   */
  private async movedOn(question: string, alone: SearchResult, together: SearchResult): Promise<boolean> {
    const own = alone.results[0]?.paper;
    const before = together.results[0]?.paper;
    if (!own || !before || together.results.slice(0, MOVED_ON_PAPERS).some((r) => r.paper.id === own.id)) return false;
    const terms = [...new Set(topicTerms(question))];
    const stats = await this.retriever.termStats(terms);
    const weights = stats.map((t) => Math.log(1 + this.retriever.size / Math.max(1, t.df)));
    const holds = (p: Paper) => {
      const words = new Set(tokenize(paperWords(p)));
      return terms.reduce((sum, t, i) => sum + (words.has(t) ? weights[i]! : 0), 0);
    };
    return holds(own) > holds(before);
  }

  /** The answer to a question asking for the newest papers (see newest.ts): they are listed, whatever the mode. */
  private newest(question: string, papers: readonly Paper[], started: number): AskResult {
    return {
      question,
      answer: newestAnswer(papers),
      abstained: false,
      confidence: 'high',
      decidedBy: 'retrieval',
      mode: 'extractive',
      citations: papers.map((p, i) => citationOf(i + 1, p)),
      // Nothing was searched: the papers are listed by date.
      sources: [],
      droppedCitations: 0,
      ms: Math.round(performance.now() - started),
    };
  }

  /** What the question names that none of the cited papers mention (see unmentioned.ts). */
  private async unmentionedInCited(question: string, citations: AskResult['citations'], search: SearchResult): Promise<string[]> {
    const byTitle = new Map(search.results.map((s) => [s.paper.title, s.paper]));
    const cited = citations.flatMap((c) => byTitle.get(c.title) ?? []);
    if (cited.length === 0) return [];
    // The years, venues, labs and authors it asks for are checked by search (see retrieval/requirements/asked.ts), not as names.
    const { rest } = askedFor(question);
    const names = await unmentionedNames(rest, await this.retriever.correctSpelling(rest), cited, {
      termStats: (terms) => this.retriever.termStats(terms),
      papers: this.retriever.size,
    });
    // A title it quotes or is typed as that none of them writes ("Attention Is All You Need"), a version of a model they name others of ("llama 3").
    return [...names, ...unwrittenTitles(rest, cited), ...contradictedVersions(rest, cited)];
  }

  /**
   * What the answer says when retrieval finds nothing that answers: that the corpus has the paper the
   * question asks about but not what it asks of it (a number or a name it does not give, see
   * retrieval/requirements/unstated.ts; or a name it does not mention, or not with the question's other words, of
   * the first paper when the question types its title's name: "does the kasa paper compare against
   * dora?", "did falcon2-11b beat llama 3 8b?"), that it does not cover the
   * question, or why there is nothing to answer from.
   */
  private async refusal(question: string, search: SearchResult): Promise<string> {
    const first = search.results[0]?.paper;
    if (!first) return search.unknownRefs ? unknownRefsText(search.unknownRefs) : NO_TOPIC;
    const corpus = { termStats: (terms: string[]) => this.retriever.termStats(terms), papers: this.retriever.size };
    // The paper named may be another of the first papers (see retrieval/requirements/lacked.ts), one whose title's name the question types first.
    const papers = search.results.slice(0, COVERAGE_PAPERS).map((r) => r.paper);
    const unheld = (search.unmentioned?.length ?? 0) + (search.apart?.length ?? 0) > 0;
    const later = search.unstated?.length ? laterNamed(question, papers) : undefined;
    const at = later ? papers.indexOf(later) : search.unstated?.length ? await namedPaper(question, papers, corpus) : unheld && typesTitleName(question, first.title) ? 0 : -1;
    // A paper the question describes ("for the method that ...") is the first one found.
    const asked = at >= 0 ? at : search.unstated?.length && describesOnePaper(question) ? 0 : -1;
    return asked >= 0 ? notInAbstract(papers[asked]!.title) : NOT_IN_CORPUS;
  }

  /** For a question asking who wrote a paper, what the corpus knows of the cited papers' authors (see authors.ts); '' otherwise. */
  private noteOnAuthors(question: string, citations: AskResult['citations'], search: SearchResult): string {
    if (citations.length === 0 || !asksForAuthors(question)) return '';
    const byTitle = new Map(search.results.map((s) => [s.paper.title, s.paper]));
    return authorsNote(citations.flatMap((c) => (byTitle.has(c.title) ? [{ n: c.n, paper: byTitle.get(c.title)! }] : [])));
  }

  async ask(rawQuestion: string, opts: AskOptions = {}): Promise<AskResult> {
    const started = performance.now();
    const typed = validateQuestion(withoutMentions(rawQuestion));
    // A title's name typed with a slip is read as the name, as search reads it ("is the mentla-llm paper in here?").
    const question = await this.retriever.readTitleNames(typed);
    const k = opts.k ?? 6;
    const history = opts.history ?? [];
    const last = history.at(-1);
    if (!last && asksForNewest(question)) {
      const newest = await this.retriever.newestPapers(k);
      if (newest.length > 0) return this.newest(typed, newest, started);
    }
    const search = await this.retrieve(question, last?.question, Math.max(k, 3));
    const sources = search.results.map(sourceOf);
    const confidence = search.results.length === 0 ? 'none' : search.confidence;
    const done = async (r: Omit<AskResult, 'question' | 'sources' | 'ms' | 'confidence' | 'decidedBy'>, decidedBy: AskResult['decidedBy'] = 'retrieval'): Promise<AskResult> => {
      const unknown = search.unknownRefs && search.results.length > 0 ? unknownRefsText(search.unknownRefs) : '';
      const found = search.results.length > 0;
      const named = r.abstained ? (found ? (search.unmentioned ?? []) : []) : await this.unmentionedInCited(question, r.citations, search);
      const about = r.abstained ? [unmentionedNote(named, 'closest papers')] : [unmentionedNote(named), this.noteOnAuthors(question, r.citations, search)];
      about.push(
        // A word no cited paper mentions is said once, not again as one the closest papers lack with the rest.
        apartNote(found ? (search.apart ?? []).filter((w) => !named.includes(w)) : []),
        unstatedNote(found ? (search.unstated ?? []) : []),
        inPassingNote(found ? (search.inPassing ?? []) : []),
        notDatedNote(found ? (search.notDated ?? []) : [], r.abstained ? 'closest papers' : 'cited papers'),
        notFromNote(found ? (search.notFrom ?? []) : [], r.abstained ? 'closest papers' : 'cited papers'),
      );
      const note = [r.note, unknown, ...about].filter((n) => n).join(' ');
      return { question: typed, sources, ms: Math.round(performance.now() - started), confidence, decidedBy, ...r, ...(note ? { note } : {}) };
    };
    const notInCorpus = async (decidedBy: AskResult['decidedBy'] = 'retrieval') =>
      done(
        {
          answer: decidedBy === 'llm' ? NOT_IN_CORPUS : await this.refusal(question, search),
          abstained: true,
          mode: this.options.llm && !opts.extractive ? 'llm' : 'extractive',
          citations: [],
          droppedCitations: 0,
        },
        decidedBy,
      );

    // A question in another language is not "not in the corpus": search cannot read it.
    if (confidence !== 'high' && (await looksForeign(question, (terms) => this.retriever.termStats(terms)))) {
      return done({ answer: notEnglish(sources.length > 0), abstained: true, mode: this.options.llm && !opts.extractive ? 'llm' : 'extractive', citations: [], droppedCitations: 0 });
    }
    if (confidence === 'none') return notInCorpus();

    const numbered = search.results.map((s, i) => ({ n: i + 1, paper: s.paper, score: s.score }));
    // A question that asks for one paper by name is answered from that paper alone.
    const answering = search.namedAlone ? numbered.slice(0, 1) : numbered;
    const extractive = async (note?: string, dropped = 0) => {
      const ex = search.parts
        ? extractivePartsAnswer(
            await Promise.all(
              search.parts.map(async (p) => ({
                query: p.query,
                confidence: p.confidence,
                sources: p.results.map((i) => numbered[i]!),
                weights: await this.retriever.termWeights(p.query),
                ...sentenceOptions(p.query),
              })),
            ),
          )
        : // ... by what the paper says it does: the name alone picks no sentence of it.
          extractiveAnswer(answering, search.namedAlone ? new Map() : await this.retriever.termWeights(question), sentenceOptions(question));
      return done({
        // An answer to several requests says how well each is matched.
        answer: confidence === 'low' && !search.parts ? `${WEAK_MATCH}\n${ex.text}` : ex.text,
        abstained: false,
        mode: 'extractive',
        citations: ex.cited.map((c) => citationOf(c.n, c.paper)),
        droppedCitations: dropped,
        ...(note ? { note } : {}),
      });
    };

    const llm = this.options.llm;
    if (!llm || opts.extractive) return extractive();

    const prompt = await buildAnswerPrompt(
      question,
      search.results.slice(0, k).map((s) => s.paper),
      this.options.contextTokens,
      history,
      { unmentioned: search.unmentioned, unstated: search.unstated, inPassing: search.inPassing, apart: search.apart, notDated: search.notDated, notFrom: search.notFrom },
    );
    let reply: string;
    try {
      reply = await llm.complete(prompt.messages, { json: ANSWER_OUTPUT, ...(opts.signal ? { signal: opts.signal } : {}) });
    } catch (err) {
      if (err instanceof LlmError) return extractive(`LLM unavailable (${err.message}); showing the extractive answer.`);
      throw err;
    }
    const parsed = parseReply(reply);
    if (parsed.notInCorpus) return notInCorpus('llm');
    const checked = checkCitations(
      parsed.text,
      prompt.sources.map((s) => ({
        n: s.n,
        title: s.paper.title,
        abstract: s.paper.abstract,
        ...(s.paper.url ? { url: s.paper.url } : {}),
        ...(s.paper.authors ? { authors: s.paper.authors } : {}),
      })),
      question,
      await this.retriever.titlesNear(parsed.text),
    );
    if (checked.cited.length === 0) {
      return extractive('The LLM answer cited no valid source; showing the extractive answer.', checked.dropped);
    }
    const byN = new Map(prompt.sources.map((s) => [s.n, s.paper]));
    return done(
      {
        answer: checked.text.trim(),
        abstained: false,
        mode: 'llm',
        citations: checked.cited.map((c) => citationOf(c.n, byN.get(c.n)!)),
        droppedCitations: checked.dropped,
      },
      'llm',
    );
  }
}

/** Confidence levels in order, best (0) first. */
const RANK = (c: Confidence) => CONFIDENCE_LEVELS.indexOf(c);

/** How many of the first papers of a follow-up searched with the question before are looked at for the one it finds first alone. */
const MOVED_ON_PAPERS = 5;

function validateQuestion(q: string): string {
  return validateQuery(q, 'question');
}

function sourceOf(s: ScoredPaper): AskResult['sources'][number] {
  return { title: s.paper.title, score: s.score, ...(s.paper.url ? { url: s.paper.url } : {}) };
}

function citationOf(n: number, paper: { title: string; url?: string | undefined }): AskResult['citations'][number] {
  return { n, title: paper.title, ...(paper.url ? { url: paper.url } : {}) };
}

/**
 * A question that asks a fact of a paper: how much or how well, what it did or found, how it compares,
 * or a count, size or score typed as a keyword ("T2Ranking queries passages relevance levels").
 */
const ASKS_A_FACT =
  /\b(?:how (?:much|many|well|fast|big|large|accurate|long|often)|what (?:did|does|do|was|were|is|are)|which \S+ (?:did|does|do|was|were)|did (?:they|it)|does (?:it|this)|do they|find|found|results?|shows?|beat|outperform|compared?|better|worse|gap|number|count|size|parameters|params|languages|datasets|queries|passages|levels|correlation|accuracy|scores?|speed|fps)\b/i;

/**
 * A question for what a term means, with the term: "what does depth up-scaling mean in solar", "what
 * does DUS stand for", "meaning of DUS in solar", "what is meant by depth up-scaling", keywords ("SLiC
 * acronym meaning", "UER toolkit full name"). The sentence that
 * holds the term, and says what the paper does, defines it.
 */
const ASKS_A_MEANING =
  /\b(?:what|wat|wut)\s+(?:does|do|did)\s+(?:the\s+term\s+)?([^?.!]{1,60}?)\s+(?:mean|stand\s+for)\b|\bmeaning\s+of\s+(?:the\s+term\s+)?([^?.!]{1,60}?)(?=\s+(?:in|for)\s|\s*[?.!]|\s*$)|\bwhat\s+is\s+meant\s+by\s+([^?.!]{1,60}?)(?=\s+(?:in|for)\s|\s*[?.!]|\s*$)|^\s*(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{L}\p{N}-]+)\s+(?:(?:toolkit|model|method|benchmark|dataset)\s+)?(?:acronym(?:\s+meaning)?|full\s+(?:name|form)|stands?\s+for)\s*\??\s*$/iu;

/**
 * Whether a sentence defines the term a question asks the meaning of (see {@link ASKS_A_MEANING}): it
 * holds every word of it, and a one-word term (an acronym) in brackets or before them, as an abstract
 * spells one out ("depth up-scaling (DUS)").
 */
function holdsTermAsked(question: string): ((sentence: string) => boolean) | undefined {
  const m = ASKS_A_MEANING.exec(question);
  const term = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? '').trim();
  const words = tokenize(term);
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^[\p{L}\p{N}-]+$/u.test(term)) {
    const escaped = term.replace(/-/g, '\\-');
    const spelledOut = new RegExp(`\\(\\s*${escaped}\\s*[),;]|(?<![\\p{L}\\p{N}])${escaped}\\s+\\(`, 'iu');
    return (sentence) => spelledOut.test(sentence);
  }
  return (sentence) => {
    const held = new Set(tokenize(sentence));
    return words.every((w) => held.has(w));
  };
}

/** Whether a question looks for a paper (a topic, a method described), or what a term means, rather than asking a fact of one. */
function seeksPaper(question: string): boolean {
  return ASKS_A_MEANING.test(question) || !ASKS_A_FACT.test(question);
}

/** How the extractive answer chooses its sentences for a question (see extractive.ts). */
function sentenceOptions(question: string): SentenceOptions {
  return { gives: givesAsked(question), defines: holdsTermAsked(question), seeks: seeksPaper(question) };
}

/**
 * Whether a sentence gives a quantity the question asks for (see retrieval/requirements/unstated.ts; as a list of
 * keywords too: "qst memory reduction numbers"), or a name (where the code is, a license, see
 * retrieval/requirements/unnamed.ts); undefined when it asks for none.
 */
function givesAsked(question: string): SentenceOptions['gives'] {
  const asked = [...askedQuantities(question), ...askedInKeywords(question)];
  const entities = askedEntities(question);
  if (asked.length === 0 && entities.length === 0) return undefined;
  return (sentence, paper) => {
    const text = [{ title: '', abstract: sentence }];
    // The paper's own names ("FourTran" of "Fourier Transporter") name none of what was asked.
    return (asked.length > 0 && unstatedQuantities(asked, text).length < asked.length) || (entities.length > 0 && unnamedEntities(entities, text, question, paper.title).length < entities.length);
  };
}
