import type { Embeddings } from '@langchain/core/embeddings';
import { paperRefs } from '../corpus/identifiers.js';
import { type Paper, normalizeTitle } from '../corpus/paper.js';
import { UserError, validateQuery } from '../errors.js';
import { silent } from '../util/progress.js';
import { round } from '../util/round.js';
import { escapeRegExp } from '../util/regexp.js';
import { calibrate } from './confidence/calibrate.js';
import { isEnglishWord } from './query/english.js';
import { withoutAsker } from './query/first-person.js';
import { COVERAGE_PAPERS, type Confidence, type ConfidenceModel, confidenceProbability, levelOf, isCurrentModel, oneLevelLower, reportedScore } from './confidence/confidence.js';
import { type FusionParams, denseScores, topK, zScores } from './ranking/fusion.js';
import { openSearchIndex } from './index/index-open.js';
import { topicTerms, withoutMentions } from './query/query.js';
import { comparedSides, queryParts, quotedSpans, titleCased, withoutExamples } from './query/query-parts.js';
import { ADDED_TERMS, type QueryProfile, QueryScorer, docAt, position } from './ranking/query-scorer.js';
import type { IndexInfo, IndexOpenOptions, PublicationSummary, SearchIndex, TermStats } from './index/search-index.js';
import { splitSentences, tokenize } from './text.js';
import { type TitleIndex, type TitleLookup, type TitleMatch, typedWords } from './titles.js';
import { introduces, namesAskedFor } from './requirements/in-passing.js';
import { type Judged, type Lacked, lackedRequirements, unstatedOfNamed } from './requirements/lacked.js';
import { SLIPPED_NAME_LETTERS, calledNames, calledWord, slippedName, titleHead, titleName, typedTitleNames, typesTitleName, typedWholeTitle, withoutTitleName, withoutWholeTitle } from './query/named-paper.js';
import { type Asked, askedFor } from './requirements/asked.js';
import { datedIn } from './requirements/years.js';
import { comesFrom } from './requirements/origins.js';
import { type RunTogether, bestCut, bothLong, cuts, joinedByTwo, joinedByTwoCandidates, runTogetherCandidates, typedWithAcronym, writesSideBySide } from './query/run-together.js';
import { type AspectAsked, type KindAsked, aspectAsked, trailingKind } from './query/kind-asked.js';

export interface ScoredPaper {
  paper: Paper;
  score: number;
}

export interface SearchResult {
  query: string;
  /**
   * How sure search is that the corpus answers the query: `high` (the results answer it), `low` (the
   * closest papers, which may not answer it), `none` (the corpus does not cover it).
   */
  confidence: Confidence;
  /** The calibrated probability behind `confidence` (0..1). */
  confidenceScore: number;
  /** True only when `confidence` is `none`. */
  abstained: boolean;
  results: ScoredPaper[];
  /** For a query that makes several separate requests: each request, how sure search is for it, and the positions in `results` of its papers. */
  parts?: SearchPart[];
  /** arXiv identifiers the query names that no paper of the corpus has. */
  unknownRefs?: string[];
  /**
   * Names the query uses that none of the first papers mention (see unmentioned.ts), and numbers it
   * gives that they give other numbers of the unit for (see numbers.ts): they made search a level
   * less sure, or it was sure of nothing already.
   */
  unmentioned?: string[];
  /** Quantities the query asks for that the first papers give no number for, or names they give none of (see unstated.ts, unnamed.ts): they too made search a level less sure. */
  unstated?: string[];
  /** Words the query asks a paper to be about in particular that the first paper only mentions in passing (see in-passing.ts): these too made search a level less sure. */
  inPassing?: string[];
  /**
   * Keywords of a list of them that the first paper holding the most of them lacks and another first paper holds (see
   * unmentioned.ts), and words of what the query asks beyond the first paper that it lacks (see beyond.ts): these too made search a level less sure.
   */
  apart?: string[];
  /** True when the query asks for the first paper by its name or title and for nothing more ("is the guide paper in here?"): it alone answers it. */
  namedAlone?: boolean;
  /** Years the query asks its papers to be from (see years.ts) that none of the papers found is dated in. */
  notDated?: number[];
  /** Venues, labs and authors the query asks its papers to come from (see origins.ts) that the corpus does not say any of the papers found comes from. */
  notFrom?: string[];
}

export interface SearchPart {
  query: string;
  confidence: Confidence;
  confidenceScore: number;
  /** Positions in the search's `results` of the papers found for this request, best first. */
  results: number[];
}

export interface OpenOptions extends IndexOpenOptions {
  fusion?: Partial<FusionParams>;
}

/**
 * The retrieval engine over one search index: hybrid search (dense + BM25, fused at paper level,
 * see query-scorer.ts) with a calibrated confidence, similar papers, and loose title lookup. The
 * index (embedded or PostgreSQL, see search-index.ts) supplies the scores; the confidence model is
 * here.
 */
export class Retriever extends QueryScorer {
  private model?: ConfidenceModel;

  constructor(index: SearchIndex, fusion: Partial<FusionParams> = {}) {
    super(index, fusion);
    const stored = index.info.confidence;
    if (stored && isCurrentModel(stored)) this.model = stored;
  }

  /**
   * Opens the search index the configuration names (embedded, or PostgreSQL with
   * `PAPERBOT_DATABASE_URL`), brought up to date with the store of record first when needed; when
   * there is none yet, it is built from the bundled corpus.
   */
  static async open(options: OpenOptions): Promise<Retriever> {
    const progress = options.progress ?? silent;
    const r = new Retriever(await openSearchIndex(options), options.fusion);
    if (!r.model) {
      // Opening stores one, unless another process was updating the index at that moment.
      progress('this index has no confidence calibration for this version yet: calibrating it (`paperbot ingest` stores one)');
      r.model = await calibrate(r);
    }
    return r;
  }

  /** What the index records about itself. */
  get info(): IndexInfo {
    return this.index.info;
  }

  /** The embedder the index was built with. */
  get embedder(): Embeddings {
    return this.index.embeddings;
  }

  get size(): number {
    return this.index.size;
  }

  /** The confidence model in use (stored at ingest, or fitted when the index was opened). */
  get confidenceModel(): ConfidenceModel | undefined {
    return this.model;
  }

  /** The paper with this id, if the index holds it. */
  async paper(id: string): Promise<Paper | undefined> {
    const doc = await this.index.docOf(id);
    return doc === undefined ? undefined : (await this.index.papers([doc]))[0];
  }

  /** The papers numbered `docs` in the index, in that order. */
  papersAt(docs: readonly number[]): Promise<Paper[]> {
    return this.index.papers(docs);
  }

  /** The papers published from `since` to `until` (`YYYY-MM-DD`, both included). */
  papersPublished(since: string, until: string): Promise<Paper[]> {
    return this.index.papersPublished(since, until);
  }

  /** How many papers the index holds, how many have no publication date, and the newest date. */
  publication(): Promise<PublicationSummary> {
    return this.index.publication();
  }

  /** Every paper the index holds. */
  allPapers(): Promise<Paper[]> {
    return this.index.allPapers();
  }

  /** The papers added last, newest first. */
  recentPapers(limit: number): Promise<Paper[]> {
    return this.index.recentPapers(limit);
  }

  /** The papers published last, newest first; papers without a date are left out. */
  newestPapers(limit: number): Promise<Paper[]> {
    return this.index.newestPapers(limit);
  }

  /**
   * The query's terms as search reads them (typos fixed, tokenized as the index is) with their inverse
   * document frequency, and the papers' words for its everyday phrasings at the weight search gives them.
   */
  async termWeights(query: string): Promise<Map<string, number>> {
    const { text, added: addedText } = await this.prepare(query);
    const typed = new Set(tokenize(text));
    const added = new Set(tokenize(addedText).filter((t) => !typed.has(t)));
    const stats = await this.index.termStats([...typed, ...added]);
    return new Map(stats.map((t) => [t.term, added.has(t.term) ? t.idf * ADDED_TERMS.lexical : t.idf]));
  }

  /** The text with its typing slips fixed against the corpus's words, as search reads it. */
  correctSpelling(text: string): Promise<string> {
    return this.index.correctSpelling(text);
  }

  /** BM25 statistics of (tokenized) terms. */
  termStats(terms: readonly string[]): Promise<TermStats[]> {
    return this.index.termStats(terms);
  }

  /** The paper a loosely typed title names, or an arXiv identifier or link of it. */
  async lookupTitle(query: string): Promise<TitleLookup> {
    const q = validateQuery(query, 'title');
    const { refs } = paperRefs(q);
    if (refs.length > 0) {
      const doc = (await this.index.docsOfRefs(refs.slice(0, 1))).get(refs[0]!);
      const [paper] = doc === undefined ? [] : await this.index.papers([doc]);
      return { resolved: paper ? { id: paper.id, title: paper.title, score: 1 } : null, candidates: [] };
    }
    // "the guide paper": the paper its words call so, when they name one ("GUIDE: ..."), not a title with "guide" and "paper" in it.
    const called = CALLED_PAPER.exec(q)?.[1];
    const inner = called === undefined ? undefined : await this.lookupAmong(await this.index.titlesFor(called, { abstracts: true }), called);
    if (inner?.resolved) return inner;
    return this.lookupAmong(await this.index.titlesFor(q, { abstracts: true }), q);
  }

  /** The paper a typed title names among the titles an index handed out for it (see {@link lookupTitle}). */
  private async lookupAmong(titles: TitleIndex, q: string): Promise<TitleLookup> {
    const first = titles.lookup(q);
    if (first.resolved) return first;
    // Only a title that does not resolve asks which of its words the corpus uses (a statement, with PostgreSQL).
    return titles.lookup(q, { corpusWords: await this.index.corpusWords(typedWords(q)), typed: first });
  }

  /**
   * The paper a loosely typed title names (see {@link lookupTitle}). When it names none, the papers it
   * may mean: the closest titles, and the papers a search for it finds first (the text may describe the
   * paper instead: "the paper about vlms and optical illusions"), before the titles when the search is
   * sure of them (`high`), after them when it is not (`low`), not at all at `none`.
   */
  async findPaper(query: string, limit = 5): Promise<TitleLookup> {
    const lookup = await this.lookupTitle(query);
    // An identifier no paper has names no paper that a search could find instead.
    if (lookup.resolved || paperRefs(query).refs.length > 0) return lookup;
    const [found, titles] = await Promise.all([
      this.search(query, DESCRIBED_PAPERS),
      lookup.candidates.length > 0 ? lookup.candidates : this.matchTitles(query, limit),
    ]);
    const described = found.results.map((s): TitleMatch => ({ id: s.paper.id, title: s.paper.title, score: 0 }));
    // The search's papers first, a weak match too: found by what the text says, they are more often the
    // paper meant than the titles nearest its words; after the titles when the corpus does not answer it
    // (it may still be the paper meant, whose abstract lacks what the text asks of it).
    const order = found.confidence === 'none' ? [...titles.slice(0, limit - described.length), ...described] : [...described, ...titles];
    const seen = new Set<string>();
    const candidates = order.filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, limit);
    return { resolved: null, candidates };
  }

  /**
   * Titles of the corpus that a text (an LLM's answer) may name, for the citation check to look for:
   * every title of an index that holds them in memory, otherwise the titles nearest to each of its
   * sentences (at most {@link NAMED_SENTENCES} of them).
   */
  async titlesNear(text: string): Promise<readonly string[]> {
    const sentences = text.split(/\n+/).flatMap((line) => splitSentences(line)).filter((s) => s.trim() !== '');
    const found = await Promise.all(sentences.slice(0, NAMED_SENTENCES).map((s) => this.index.titlesFor(s)));
    const lists = [...new Set(found.map((t) => t.titles))];
    // One list when the index hands out all its titles: kept as it is, the check prepares it once.
    return lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
  }

  /** Ranked title matches for a typed title (best first). */
  async matchTitles(query: string, limit = 10): Promise<TitleMatch[]> {
    return (await this.index.titlesFor(query)).match(query, limit);
  }

  /**
   * The papers for a query, best first, with how sure search is that they answer it. A query that makes
   * several separate requests (see query-parts.ts) is searched whole and part by part; the rankings take
   * turns (the whole query's first, a request the corpus does not cover last), so each request's papers
   * are listed, and its confidence is the best of theirs. `parts` then says how sure search is for each
   * request.
   */
  async search(rawQuery: string, k = 10): Promise<SearchResult> {
    const typed = validateQuery(withoutMentions(rawQuery));
    const query = await this.readTitleNames(typed);
    if (query !== typed) return { ...(await this.search(query, k)), query: typed };
    const { refs, rest } = paperRefs(query);
    if (refs.length > 0) return this.searchNamed(query, refs, rest, k);
    const authored = await this.authorsNamed(query);
    if (authored) return this.namedFirst(query, authored.docs, authored.rest, k, { byTopic: true });
    const asked = askedFor(query);
    if ((asked.origins.length > 0 || asked.years.length > 0) && topicTerms(asked.rest).length > 0) return this.searchAsked(query, asked, k);
    const kind = trailingKind(query);
    if (kind && topicTerms(kind.rest).length > 0) return this.searchKind(query, kind, k);
    const aspect = aspectAsked(query);
    if (aspect && topicTerms(aspect.rest).length > 0) return this.searchAspect(query, aspect, k);
    return this.searchTopic(query, k);
  }

  /**
   * A query asking an aspect of a topic ("the main criticisms of lora", see kind-asked.ts): when the
   * corpus seems to lack it but search is sure of the topic, the topic's papers are a weak match, not
   * "not in the corpus": one level below the topic's, with the aspect as what they may not be about in
   * particular.
   */
  private async searchAspect(query: string, asked: AspectAsked, k: number): Promise<SearchResult> {
    const whole = await this.searchTopic(query, k);
    if (whole.confidence !== 'none' || !this.model) return whole;
    const topic = await this.search(asked.rest, k);
    if (topic.confidence !== 'high') return whole;
    const probability = oneLevelLower(topic.confidenceScore, this.model.thresholds);
    const confidence = levelOf(probability, this.model.thresholds);
    return { ...topic, query, confidence, confidenceScore: reportedScore(probability, this.model?.thresholds), abstained: confidence === 'none', inPassing: [asked.aspect] };
  }

  /** A query searched for its topic: a paper's title in quotes, the separate requests it makes. */
  private async searchTopic(query: string, k: number): Promise<SearchResult> {
    const quoted = await this.quotedTitle(query);
    if (quoted) return this.namedFirst(query, [quoted.doc], quoted.rest, k);
    const marked = queryParts(query);
    const separate = marked.length > 0 ? marked : await this.comparedPapers(query);
    const names = separate.length === 0 ? typedTitleNames(query).slice(0, TITLE_NAMES_LOOKED_UP) : [];
    // A question that opens with the name is about its paper ("speechverse uses which speech encoder, whisper or wavlm?").
    const namedFirst = names.length > 0 && (opensWithName(query, names) || (await this.namesOnlyBeside(query, names)));
    const named = namedFirst ? await this.paperNamed(names) : undefined;
    // A paper asked for by a name of no topic's words ("is the one for all paper in here?", "the only-if paper") is that paper alone.
    if (topicTerms(query).length === 0) {
      const doc = named ?? (await this.calledByTitleHead(query, []))?.doc;
      if (doc !== undefined) return this.namedFirst(query, [doc], '', k);
    }
    const [whole, ...requests] = await Promise.all([query, ...separate].map((text) => this.searchOne(text, k, named)));
    if (requests.length === 0) return names.length > 0 && !namedFirst ? this.refusedNamingFirst(query, k, whole!.result, names) : whole!.result;
    // The closest papers for a request the corpus does not cover come last in each turn: listed, but not as an answer.
    const covered = (s: (typeof requests)[number]) => s.result.confidence !== 'none';
    const merged = takeTurns([whole!, ...requests.filter(covered), ...requests.filter((s) => !covered(s))].map((s) => s.ranked), k);
    const best = [whole!, ...requests].reduce((a, b) => (b.result.confidenceScore > a.result.confidenceScore ? b : a)).result;
    const papers = await this.index.papers(merged.map((r) => r.doc));
    const results = merged.map((r, j) => ({ paper: papers[j]!, score: r.score }));
    const parts = requests.map(({ result }) => ({
      query: result.query,
      confidence: result.confidence,
      confidenceScore: result.confidenceScore,
      results: result.results.map((r) => results.findIndex((x) => x.paper.id === r.paper.id)).filter((i) => i >= 0),
    }));
    return {
      query,
      confidence: best.confidence,
      confidenceScore: best.confidenceScore,
      abstained: best.abstained,
      results,
      parts,
      ...(best.unmentioned ? { unmentioned: best.unmentioned } : {}),
      ...(best.unstated ? { unstated: best.unstated } : {}),
      ...(best.inPassing ? { inPassing: best.inPassing } : {}),
      ...(best.apart ? { apart: best.apart } : {}),
    };
  }

  /**
   * A query that asks for papers from some years ("rlhf papers from 2023", see years.ts), or from a
   * venue, lab or author the corpus has no papers of ("neurips papers on model merging", see
   * origins.ts; an author's papers it has are named first, see authorsNamed): the rest of it searched and
   * judged, the papers dated in those years and said to come from there first (from the first
   * {@link ASKED_DEPTH} at least). `notDated` and `notFrom` say what none of them is; how sure search
   * is stays that of the topic, since a user may recall a paper by its year or lab ("the google paper
   * where they ...") as well as ask for them, and the corpus records neither venues nor labs, dates
   * only some papers (by the day they were listed) and lists the authors of only some.
   */
  private async searchAsked(query: string, asked: Asked, k: number): Promise<SearchResult> {
    const found = await this.search(asked.rest, Math.max(k, ASKED_DEPTH));
    const dated = (r: ScoredPaper) => asked.years.length === 0 || datedIn(r.paper.published, asked.years);
    const fits = (r: ScoredPaper) => dated(r) && asked.origins.every((o) => comesFrom(r.paper, o));
    const order = [...found.results.keys()].sort((a, b) => Number(fits(found.results[b]!)) - Number(fits(found.results[a]!))).slice(0, k);
    const results = order.map((i) => found.results[i]!);
    const parts = found.parts?.map((p) => ({ ...p, results: p.results.map((i) => order.indexOf(i)).filter((i) => i >= 0) }));
    const notDated = results.length === 0 || results.some(dated) ? [] : asked.years;
    const notFrom = results.length === 0 ? [] : asked.origins.filter((o) => !results.some((r) => comesFrom(r.paper, o))).map((o) => o.name);
    // The papers are ordered again here: the one a query named alone may not stay first.
    const { namedAlone: _, ...rest } = found;
    return { ...rest, query, results, ...(parts ? { parts } : {}), ...(notDated.length > 0 ? { notDated } : {}), ...(notFrom.length > 0 ? { notFrom } : {}) };
  }

  /**
   * A query ending with a kind of reading ("lora history", "rlhf from scratch", see kind-asked.ts):
   * the topic searched without it as well, and its papers taken when search is surer of them, unless
   * they write the topic and the kind side by side as one topic ("dialogue history"). "learning
   * theory" is surer whole.
   */
  private async searchKind(query: string, asked: KindAsked, k: number): Promise<SearchResult> {
    const [whole, topic] = await Promise.all([this.searchTopic(query, k), this.search(asked.rest, k)]);
    if (topic.confidenceScore <= whole.confidenceScore) return whole;
    const last = typedWords(asked.rest).at(-1);
    const kindWord = typedWords(asked.kind).at(-1);
    const paired = (r: ScoredPaper) => last !== undefined && kindWord !== undefined && writesSideBySide(`${r.paper.title}. ${r.paper.abstract}`, [last, kindWord]);
    return topic.results.slice(0, KIND_PAPERS).some(paired) ? whole : { ...topic, query };
  }

  /**
   * A query that names papers by arXiv identifier or link (see corpus/identifiers.ts): those papers
   * first, for sure, then what the rest of the query finds; nothing else when the rest names no topic
   * ("what is 2501.17635 about?"). `unknownRefs` lists the identifiers no paper of the corpus has.
   */
  private async searchNamed(query: string, refs: readonly string[], rest: string, k: number): Promise<SearchResult> {
    const found = await this.index.docsOfRefs(refs);
    const unknownRefs = refs.filter((ref) => !found.has(ref));
    const docs = [...new Set(refs.flatMap((ref) => (found.has(ref) ? [found.get(ref)!] : [])))];
    return this.namedFirst(query, docs, rest, k, { extra: unknownRefs.length > 0 ? { unknownRefs } : {} });
  }

  /**
   * A query that names an author of papers of the corpus ("any papers by ada zebra?"): words of it
   * that are neither general English nor used by any paper's text, side by side ("ada zebra"), all in
   * the name of one of a paper's authors. The papers that match the most such names are named; the
   * rest of the query is searched as usual.
   */
  private async authorsNamed(query: string): Promise<{ docs: number[]; rest: string } | undefined> {
    const sequence = normalizeTitle(query).split(' ');
    const words = [...new Set(sequence)].filter((w) => w.length >= 2 && /\p{L}/u.test(w) && !isEnglishWord(w));
    if (words.length === 0) return undefined;
    const stats = await this.index.termStats(words.map((w) => tokenize(w)[0] ?? w));
    const unknown = new Set(words.filter((_, i) => stats[i]!.df === 0));
    if (unknown.size === 0) return undefined;
    const found = await this.index.docsOfAuthors([...unknown]);
    if (found.size === 0) return undefined;
    // The names typed: runs of such words. A paper is named by a run when all of its words are its authors'.
    const runs: string[][] = [];
    sequence.forEach((w, i) => {
      if (!unknown.has(w)) return;
      if (i > 0 && unknown.has(sequence[i - 1]!)) runs.at(-1)!.push(w);
      else runs.push([w]);
    });
    const hits = new Map<number, number>();
    const named = new Set<string>();
    // A run of short words only ("de", "li") is too common a part of names to name an author.
    for (const run of runs.filter((r) => r.some((w) => w.length >= 4))) {
      const [first, ...others] = run.map((w) => new Set(found.get(w) ?? []));
      const docs = [...first!].filter((doc) => others.every((d) => d.has(doc)));
      if (docs.length === 0) continue;
      for (const w of run) named.add(w);
      for (const doc of docs) hits.set(doc, (hits.get(doc) ?? 0) + 1);
    }
    if (hits.size === 0) return undefined;
    const most = Math.max(...hits.values());
    const rest = query
      .split(/\s+/)
      .filter((token) => !normalizeTitle(token).split(' ').some((w) => named.has(w)))
      .join(' ');
    return { docs: [...hits].filter(([, n]) => n === most).map(([doc]) => doc), rest };
  }

  /**
   * Papers the query names (`docs`) first, for sure, then what the rest of the query finds; nothing
   * else when the rest names no topic. `byTopic`: the papers of an author, who may have many, the
   * `k` of them the rest of the query finds best first ("ada zebra on routing"), in the order given
   * when it names no topic.
   */
  private async namedFirst(
    query: string,
    docs: readonly number[],
    rest: string,
    k: number,
    { byTopic = false, extra = {} }: { byTopic?: boolean; extra?: Pick<SearchResult, 'unknownRefs'> } = {},
  ): Promise<SearchResult> {
    const topic = topicTerms(rest).length > 0;
    // Far enough down the rest's ranking to place the author's papers it finds.
    const [found, others] = await Promise.all([this.index.papers(docs), topic ? this.search(rest, byTopic ? k + docs.length : k) : undefined]);
    if (found.length === 0) {
      return { ...(others ?? { confidence: 'none', confidenceScore: 0, abstained: true, results: [] }), query, ...extra };
    }
    const rank = new Map((others?.results ?? []).map((r, i) => [r.paper.id, i]));
    const rankOf = (p: Paper) => rank.get(p.id) ?? others?.results.length ?? 0;
    // A stable sort: papers the rest does not find keep their order.
    const named = byTopic ? [...found].sort((a, b) => rankOf(a) - rankOf(b)).slice(0, k) : found;
    const ids = new Set(named.map((p) => p.id));
    const top = others?.results[0]?.score ?? 0;
    const results = [...named.map((paper) => ({ paper, score: top })), ...(others?.results ?? []).filter((r) => !ids.has(r.paper.id))].slice(0, Math.max(k, named.length));
    // A number or a name asked of the one paper named that it gives none of is not in the corpus (see requirements/lacked.ts).
    const unstated = found.length === 1 && this.model ? unstatedOfNamed(rest, found[0]!) : [];
    if (unstated.length > 0 && this.model) {
      const probability = oneLevelLower(oneLevelLower(1, this.model.thresholds), this.model.thresholds);
      const confidence = levelOf(probability, this.model.thresholds);
      return { query, confidence, confidenceScore: reportedScore(probability, this.model?.thresholds), abstained: confidence === 'none', results, unstated, ...extra };
    }
    return { query, confidence: 'high', confidenceScore: 1, abstained: false, results, ...(!topic && named.length === 1 ? { namedAlone: true } : {}), ...extra };
  }

  /**
   * Whether the words of a query besides the names of titles it may type (see typedTitleNames) are
   * all words many papers use ("what domains did sparsepo test on?"): then the paper named is ranked
   * first (see {@link paperNamed}), though those words find others first. A query that names a topic
   * of its own besides ("... grouped query attention ...", a question about another paper that names
   * this one as a baseline) is searched for all its words (see {@link refusedNamingFirst}).
   */
  private async namesOnlyBeside(query: string, names: readonly { name: string; word: string }[]): Promise<boolean> {
    const own = new Set(names.flatMap(({ name, word }) => [name, ...tokenize(word)]));
    const stats = await this.index.termStats([...new Set(topicTerms(query))].filter((t) => !own.has(t)));
    return !stats.some((t) => t.df > 0 && t.df <= NAME_REST_SHARE * this.size);
  }

  /**
   * The paper whose title opens with one of these names ("sparsepo" of "SparsePO: Controlling Preference
   * Alignment ..."), or, of a name no title opens with, the one paper that uses it and introduces it
   * ("D3ST" of "... we present a simple yet effective Description-Driven Dialog State Tracking (D3ST) model").
   */
  private async paperNamed(names: readonly { name: string; word: string }[]): Promise<number | undefined> {
    for (const { name } of names) {
      const doc = await this.titleNamed(name);
      if (doc !== undefined) return doc;
    }
    for (const { word } of names) {
      const [term] = tokenize(word);
      if (term === undefined || (await this.index.termStats([term]))[0]?.df !== 1) continue;
      const scored = await this.index.score({ weights: new Map([[term, 1]]), chunkPapers: 0 });
      const doc = docAt(scored, topK(scored.lexical, 1)[0]!);
      const [paper] = await this.index.papers([doc]);
      if (paper && introduces(paper, word)) return doc;
    }
    return undefined;
  }

  /**
   * The query with a name a title opens with typed with a slip read as that name: "is the mentla-llm
   * paper in here?" of "Mental-LLM: ...", "what is lwama?" of "Lawma: ...". Only a word the corpus
   * never uses and no English word is read so (see typedTitleNames), and only when it is one slip
   * from the name of one title, and no more (see slippedName).
   */
  async readTitleNames(query: string): Promise<string> {
    // A name is typed with a possessive too ("nyonic's"): the name is what is read.
    const trimmed = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const bare = (word: string) => trimmed(word).replace(/['’]s$/u, '');
    const typed = typedTitleNames(query)
      .map(({ word, name }) => (bare(word) !== trimmed(word) ? { word, name: typedTitleNames(bare(word))[0]?.name ?? '' } : { word, name }))
      .filter(({ name }) => name.length >= SLIPPED_NAME_LETTERS);
    if (typed.length === 0) return query;
    const known = await this.index.corpusWords(typed.map(({ word }) => bare(word).toLowerCase()));
    let out = query;
    for (const { name, word } of typed.filter(({ word }) => !known.has(bare(word).toLowerCase()))) {
      const titles = await this.index.titlesFor(word);
      const names = this.namesOfTitles(titles);
      const meant = names.has(name) ? undefined : slippedName(name, names.keys());
      // Two titles opening with the name ("ToolPlanner", "Tool-Planner") name neither, as typed right.
      const ids = meant === undefined ? [] : names.get(meant)!;
      const title = ids.length === 1 ? titles.entries().find((e) => e.id === ids[0]) : undefined;
      const head = title && titleHead(title.title);
      if (head === undefined) continue;
      const written = bare(word) === bare(word).toLowerCase() ? head.toLowerCase() : head;
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(bare(word))}(?![\\p{L}\\p{N}-])`, 'u'), written);
    }
    return out;
  }

  /** The paper whose title opens with this name (see titleName), when one title does: two ("ToolPlanner", "Tool-Planner") name neither. */
  private async titleNamed(name: string): Promise<number | undefined> {
    const ids = this.namesOfTitles(await this.index.titlesFor(name)).get(name) ?? [];
    return ids.length === 1 ? this.index.docOf(ids[0]!) : undefined;
  }

  /** The names titles open with (see titleName), each with the papers whose title opens with it, of each title index an index hands out. */
  private readonly titleNames = new WeakMap<TitleIndex, Map<string, string[]>>();

  private namesOfTitles(titles: TitleIndex): Map<string, string[]> {
    let names = this.titleNames.get(titles);
    if (!names) {
      names = new Map();
      for (const { id, title } of titles.entries()) {
        const name = titleName(title);
        if (name === undefined) continue;
        const ids = names.get(name) ?? [];
        ids.push(id);
        names.set(name, ids);
      }
      this.titleNames.set(titles, names);
    }
    return names;
  }

  /**
   * A query refused that names a paper by its title's name, though other words of it led elsewhere
   * ("promptriever is built on which base model? llama2 7b or mistral?" found papers on unlearning
   * first): judged again with that paper first, so that the refusal lists it first and can say the
   * corpus has it, when that too is a refusal; otherwise the refusal stands as it was. A paper found
   * first that the query names itself ("opera decoding ... llava? instructblip?" of "OPERA: ...")
   * stays first.
   */
  private async refusedNamingFirst(query: string, k: number, result: SearchResult, names: readonly { name: string; word: string }[]): Promise<SearchResult> {
    const top = result.results[0]?.paper;
    if (result.confidence !== 'none' || !top || typesTitleName(query, top.title)) return result;
    const doc = await this.paperNamed(names);
    if (doc === undefined) return result;
    const again = (await this.searchOne(query, k, doc)).result;
    return again.confidence === 'none' ? again : result;
  }

  /**
   * A paper a query names by quoting its title ("what does the \"more agents is all you need\" paper
   * find?"), or by being its title typed as one, and the query without the quote; undefined when no
   * quoted span is a title of the corpus.
   */
  private async quotedTitle(query: string): Promise<{ doc: number; rest: string } | undefined> {
    for (const { span, rest } of quotedSpans(query)) {
      const { resolved } = await this.lookupTitle(span);
      const doc = resolved && resolved.score >= NAMED ? await this.index.docOf(resolved.id) : undefined;
      if (doc !== undefined) return { doc, rest };
    }
    // A query typed as a title ("More Agents Is All You Need"), which few are: looking a title up costs more than a search.
    const typedAsTitle = titleCased(query);
    if (!typedAsTitle) return undefined;
    const { resolved } = await this.lookupTitle(typedAsTitle);
    const doc = resolved && resolved.score >= NAMED ? await this.index.docOf(resolved.id) : undefined;
    return doc === undefined ? undefined : { doc, rest: '' };
  }

  /**
   * The two sides of a query that compares two papers by name ("compare KaSA and NOLA"), each a
   * request of its own; empty when a side does not name a paper as a title or a short name does.
   */
  private async comparedPapers(query: string): Promise<string[]> {
    const sides = comparedSides(query);
    if (!sides) return [];
    const named = await Promise.all(sides.map((side) => this.lookupTitle(side)));
    const ids = named.map((l) => (l.resolved && l.resolved.score >= NAMED ? l.resolved.id : undefined));
    return ids[0] && ids[1] && ids[0] !== ids[1] ? sides : [];
  }

  /**
   * One query (or one part of it) searched and judged, with its ranking as paper numbers of the index.
   * A word typed as two run together ("tabulardata", see run-together.ts) is read as the two when one
   * of the first papers then found writes them side by side, it was typed as a word and an acronym
   * ("telecomLLMs") or both words are long ("haystackevaluation"), and as typed otherwise; two joined
   * by a "2" ("text2image") as the first to the second ("text-to-image"). `named`
   * is a paper the query names by its title's name, ranked first (see {@link paperNamed}).
   */
  private async searchOne(query: string, k: number, named?: number): Promise<{ result: SearchResult; ranked: { doc: number; score: number }[] }> {
    const typed = await this.scoreOne(query, k, query, named);
    const split = typed.unknown.size > 0 ? await this.runTogether(typed.text, typed.unknown) : [];
    if (split.length > 0) {
      const text = split.reduce((t, r) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${r.typed}(?![\\p{L}\\p{N}])`, 'giu'), r.read ?? r.parts.join(' ')), typed.text);
      const read = await this.scoreOne(text, k, query, named);
      const stands = (r: RunTogether) =>
        r.read !== undefined ||
        bothLong(r.parts) || typedWithAcronym(query, r.typed, r.parts) || read.first.some((p) => writesSideBySide(`${p.title}. ${p.abstract}`, r.parts));
      if (split.every(stands)) return read;
    }
    return typed;
  }

  /** The words of a query (its typos fixed) that are two run together or joined by a "2": the corpus uses neither the word (`unknown`: stems it does not use) but both halves. */
  private async runTogether(text: string, unknown: ReadonlySet<string>): Promise<RunTogether[]> {
    const isUnknown = (w: string) => tokenize(w).some((t) => unknown.has(t));
    const words = runTogetherCandidates(text).filter(isUnknown);
    const joined = joinedByTwoCandidates(text).filter(isUnknown);
    if (words.length === 0 && joined.length === 0) return [];
    const sides = (w: string) => (joinedByTwo(w) ?? []).flatMap((side) => tokenize(side));
    const stems = [...new Set([...words.flatMap((w) => cuts(w).flatMap(([a, b]) => [...tokenize(a), ...tokenize(b)])), ...joined.flatMap(sides)])];
    const df = new Map((await this.index.termStats(stems)).map((t) => [t.term, t.df]));
    const used = (side: string) => tokenize(side).length === 1 && (df.get(tokenize(side)[0]!) ?? 0) > 0;
    return [
      ...words.flatMap((typed) => {
        const parts = bestCut(typed, (stem) => df.get(stem) ?? 0);
        return parts ? [{ typed, parts }] : [];
      }),
      ...joined.flatMap((typed) => {
        const parts = joinedByTwo(typed)!;
        return parts.every(used) ? [{ typed, parts, read: parts.join('-to-') }] : [];
      }),
    ];
  }

  /** {@link searchOne} of a query as it is read; `typed` is the query the result names. */
  private async scoreOne(
    query: string,
    k: number,
    typed: string,
    namedDoc?: number,
  ): Promise<{ result: SearchResult; ranked: { doc: number; score: number }[]; first: Paper[]; text: string; unknown: Set<string> }> {
    // A query that names no topic ("thanks!", "what is it?"), or none the papers use, ranks nothing: no paper is closer than another.
    const nothing = (text: string, unknown = new Set<string>()) => ({
      result: { query: typed, confidence: 'none' as const, confidenceScore: 0, abstained: true, results: [] },
      ranked: [],
      first: [],
      text,
      unknown,
    });
    if (topicTerms(query).length === 0) return nothing(query);
    const profile = await this.profile(query);
    // The stems of the words typed that the corpus does not use.
    const unknown = new Set((profile.typed ?? profile).terms.filter((t) => t.df === 0).map((t) => t.term));
    if (profile.empty) return nothing(profile.text, unknown);
    const scored = topK(profile.fused, Math.max(k, COVERAGE_PAPERS)).map((i) => ({ doc: docAt(profile.final, i), score: round(profile.fused[i]!, 4) }));
    const titled = namedDoc === undefined ? await this.calledByTitleHead(query, scored) : undefined;
    namedDoc ??= titled?.doc ?? (await this.introducingFirst(query, scored));
    // A paper the query names comes first, at the first paper's score: the papers judged against the query are it and the next ones.
    const first = (docs: readonly { doc: number; score: number }[], doc: number | undefined) =>
      doc === undefined || docs[0]?.doc === doc ? docs : [{ doc, score: docs[0]!.score }, ...docs.filter((r) => r.doc !== doc)].slice(0, docs.length);
    let shown = first(scored, namedDoc);
    const [asTyped, fetched] = await Promise.all([this.judgeWithoutAsides(query, profile), this.index.papers(shown.map((r) => r.doc))]);
    let found = fetched;
    // A title of the first papers typed whole ("how many parameters does it take to change a light bulb? ..." in
    // lower case) names its paper: it comes first, and only the rest of the query is asked of it.
    const whole = namedDoc === undefined ? typedWholeTitle(query, found.slice(0, WHOLE_TITLE_PAPERS).map((p) => p.title)) : -1;
    if (whole > 0) {
      shown = first(shown, shown[whole]!.doc);
      found = [found[whole]!, ...found.filter((_, i) => i !== whole)];
    }
    // ... and a query that is such a title and nothing more asks for that paper alone: whatever its title asks is no question;
    // so does one that only calls a paper by the words its title opens with, or by its whole title ("is the llm in-context
    // recall is prompt dependent paper in here?").
    const onlyTitle =
      (whole >= 0 && topicTerms(withoutWholeTitle(query, found[0]!.title)).length === 0) || (titled !== undefined && topicTerms(query.replace(titled.name, ' ')).length === 0);
    // A paper called by the words its title opens with, or by its title alone, is that paper, however few words of the corpus they are.
    const judged = (titled !== undefined || onlyTitle) && this.model ? { confidence: 'high' as const, probability: Math.max(asTyped.probability, this.model.thresholds.high) } : asTyped;
    const named = onlyTitle
      ? { ...judged, unmentioned: [], unstated: [], inPassing: [], apart: [] }
      : await this.lacked(query, profile.text, judged, shown.slice(0, COVERAGE_PAPERS).map((r) => r.doc), found.slice(0, COVERAGE_PAPERS));
    const { unmentioned, unstated, inPassing, apart } = named;
    // A paper asked for by name that the first paper only mentions ("where's the GPT-3 paper") is not in the corpus, however broad its words.
    const broad = named.confidence === 'none' && inPassing.length === 0 ? shown[0] : undefined;
    const { confidence, probability } = broad ? await this.unlessBroad(profile, named, broad.doc) : named;
    // A query that asks for the first paper by its name or title and for nothing more: that paper alone answers it.
    const namedAlone = confidence !== 'none' && (onlyTitle || (typesTitleName(query, found[0]!.title) && topicTerms(withoutTitleName(query, found[0]!.title)).length === 0));
    const ranked = shown.slice(0, k);
    const papers = found.slice(0, k);
    return {
      first: found.slice(0, COVERAGE_PAPERS),
      text: profile.text,
      unknown,
      result: {
        query: typed,
        confidence,
        confidenceScore: reportedScore(probability, this.model?.thresholds),
        abstained: confidence === 'none',
        results: ranked.map((r, j) => ({ paper: papers[j]!, score: r.score })),
        ...(namedAlone ? { namedAlone } : {}),
        ...(unmentioned.length > 0 ? { unmentioned } : {}),
        ...(unstated.length > 0 ? { unstated } : {}),
        ...(inPassing.length > 0 ? { inPassing } : {}),
        ...(apart.length > 0 ? { apart } : {}),
      },
      ranked,
    };
  }

  /**
   * The paper a query calls by the words its title opens with ("is the less is more paper in here?" of
   * "Less is More: ...", "where's the selective attention paper"): it is that paper, though the words
   * find others first.
   */
  private async calledByTitleHead(query: string, scored: readonly { doc: number }[]): Promise<{ doc: number; name: string } | undefined> {
    const names = calledNames(query);
    if (names.length === 0) return this.calledByTitleName(query);
    // One title index for all of them, looked up by the longest (with PostgreSQL, one statement): the others end it.
    const titles = await this.index.titlesFor(names[0]!);
    for (const name of names) {
      const opening = titles.opening(name);
      if (opening.length === 0) continue;
      // Of several titles that open with them ("Less is More: ..." twice), the one found first.
      const docs = await Promise.all(opening.map((e) => this.index.docOf(e.id)));
      const doc = docs.find((d) => d !== undefined && scored.some((r) => r.doc === d)) ?? docs.find((d) => d !== undefined);
      return doc === undefined ? undefined : { doc, name };
    }
    return undefined;
  }

  /**
   * The paper a query calls by one word, the name its title opens with, English or not ("is the guide
   * paper in here?" of "GUIDE: ...", "where's the compacter paper"), when one title opens with it.
   */
  private async calledByTitleName(query: string): Promise<{ doc: number; name: string } | undefined> {
    const called = calledWord(query);
    if (!called || called.name.length === 0) return undefined;
    const doc = await this.titleNamed(called.name);
    return doc === undefined ? undefined : { doc, name: called.word };
  }

  /**
   * Of the first papers found for a query that asks for a paper by a name ("do you have the big-bench
   * paper", see in-passing.ts), the one that introduces the name ("we introduce the Beyond the Imitation
   * Game benchmark (BIG-bench)"), when it is the only one: it is that paper, though others that study
   * or extend what it named ("Challenging BIG-Bench Tasks ...") are found before it.
   */
  private async introducingFirst(query: string, scored: readonly { doc: number }[]): Promise<number | undefined> {
    const asked = namesAskedFor(query).filter((name) => !isEnglishWord(name));
    if (asked.length === 0 || scored.length < 2) return undefined;
    // A name, not a word many papers use ("the llm technical report"); a name of several words is as rare as its rarest.
    const stats = await Promise.all(asked.map((name) => this.index.termStats(tokenize(name))));
    const names = asked.filter((_, i) => stats[i]!.some((t) => t.df <= NAME_REST_SHARE * this.size));
    const docs = scored.slice(0, INTRODUCING_PAPERS).map((r) => r.doc);
    const papers = await this.index.papers(docs);
    for (const name of names) {
      const introducing = docs.filter((_, i) => papers[i] && introduces(papers[i]!, name));
      if (introducing.length === 1) return introducing[0] === docs[0] ? undefined : introducing[0];
    }
    return undefined;
  }

  /** What the first papers lack of what a query asks, and the confidence that leaves (see requirements/lacked.ts). */
  private lacked(query: string, text: string, judged: Judged, docs: readonly number[], first: readonly Paper[]): Promise<Judged & Lacked> {
    if (!this.model) return Promise.resolve({ ...judged, unmentioned: [], unstated: [], inPassing: [], apart: [] });
    return lackedRequirements(this.index, this.model.thresholds, query, text, judged, docs, first);
  }

  /**
   * A query made only of words the corpus is about ("large language models", "papers about llms":
   * each used by at least {@link BROAD_SHARE} of the papers) is not one the corpus lacks when its first
   * paper holds them all: it is broad, and its closest papers are a weak match, not "not in the corpus".
   */
  private async unlessBroad(
    profile: QueryProfile,
    judged: { confidence: Confidence; probability: number },
    first: number,
  ): Promise<{ confidence: Confidence; probability: number }> {
    const terms = (profile.typed ?? profile).terms;
    if (!this.model || terms.length === 0 || terms.some((t) => t.df < BROAD_SHARE * this.size)) return judged;
    const [held] = await this.index.holds([first], terms.map((t) => t.term));
    if (!held?.every(Boolean)) return judged;
    return { confidence: 'low', probability: Math.max(judged.probability, this.model.thresholds.low) };
  }

  /**
   * The confidence of a query, or of the query without its lists of examples (see
   * {@link withoutExamples}) or without its sentences about the asker (see first-person.ts) when that
   * is surer: several examples of what is asked illustrate it, and each need not be in the papers that
   * answer it; what the asker is doing ("I'm fine-tuning a model on instructions and suspect ...") is
   * not what is asked. What the examples and those sentences name is still read (see
   * requirements/lacked.ts).
   */
  private async judgeWithoutAsides(query: string, profile: QueryProfile): Promise<{ confidence: Confidence; probability: number }> {
    // Each read judged at once (with PostgreSQL, their statements run side by side).
    const reads = [withoutExamples(query), withoutAsked(query)].filter((plain) => plain && topicTerms(plain).length > 0);
    const [whole, ...without] = await Promise.all([
      this.judge(profile),
      ...reads.map(async (plain) => {
        const read = await this.profile(plain);
        return read.empty ? undefined : this.judge(read);
      }),
    ]);
    return without.reduce<{ confidence: Confidence; probability: number }>((best, j) => (j && j.probability > best.probability ? j : best), whole!);
  }

  /** The confidence of a scored query under the index's model. */
  async judge(profile: QueryProfile, exclude = -1): Promise<{ confidence: Confidence; probability: number; features: number[] }> {
    const features = await this.judgeFeatures(profile, exclude);
    if (this.isEmpty(profile)) return { confidence: 'none', probability: 0, features };
    if (!this.model) throw new Error('the index has no confidence calibration');
    const probability = confidenceProbability(this.model, features);
    return { confidence: levelOf(probability, this.model.thresholds), probability, features };
  }

  /**
   * Papers related to a paper, best first, the paper itself excluded. Each paper scores the z-score of
   * its dense closeness to the paper's centroid (cosine with its centroid and best chunk, as a query's
   * vector scores) plus, when the paper has a description, the z-score of its fused score in a search
   * with the description's requests, which say in a few plain words what the paper is about. A paper
   * one side did not score (PostgreSQL scores candidates) gets that side's lowest z-score.
   */
  async similar(paperId: string, k = 10): Promise<ScoredPaper[]> {
    const self = await this.index.docOf(paperId);
    if (self === undefined) throw new UserError(`unknown paper: ${paperId}`);
    const [[centroid], [paper]] = await Promise.all([this.index.centroids([self]), this.index.papers([self])]);
    const requests = paper?.description?.questions.join('\n');
    // Both searches at once (with PostgreSQL, their statements run side by side).
    const [scored, profile] = await Promise.all([
      this.index.score({ weights: new Map(), vector: Float64Array.from(centroid!), chunkPapers: this.fusion.chunkPapers }),
      requests ? this.rankingProfile(requests, self) : undefined,
    ]);
    const sides = [byDoc(scored, zScores(denseScores(scored, this.fusion.chunkShare), position(scored, self)))];
    if (profile) sides.push(byDoc(profile.final, zScores(profile.fused, position(profile.final, self))));
    const lowest = sides.map((side) => [...side.values()].reduce((a, b) => Math.min(a, b), Infinity));
    const docs = new Set(sides.flatMap((side) => [...side.keys()]));
    docs.delete(self);
    const total = [...docs].map((doc) => [doc, sides.reduce((sum, side, i) => sum + (side.get(doc) ?? lowest[i]!), 0)] as const);
    const best = total.sort((a, b) => b[1] - a[1]).slice(0, k);
    const papers = await this.index.papers(best.map(([doc]) => doc));
    return best.map(([, score], j) => ({ paper: papers[j]!, score: round(score, 4) }));
  }

  /** The `k` papers nearest to a paper (a paper number of the index) by centroid, nearest first. */
  nearestPapers(paper: number, k: number): Promise<number[]> {
    return this.index.nearest(paper, k);
  }

  /** One unit vector per paper (all papers, or those with the ids given): the mean of its chunk vectors. */
  paperVectors(ids?: readonly string[]): Promise<Map<string, number[]>> {
    return this.index.paperVectors(ids);
  }

  close(): Promise<void> {
    return this.index.close();
  }
}

/** A title lookup this sure names the paper by its title or short name ("KaSA"), not by a word it shares ("lora"). */
const NAMED = 0.95;
/** A title typed as "the ... paper". */
const CALLED_PAPER = /^the\s+(.+?)\s+paper$/iu;

/** How many of the papers found first are looked at for a title the query types whole (see typedWholeTitle). */
const WHOLE_TITLE_PAPERS = 5;

/** How many of a query's words that may be a title's name are looked up as titles. */
const TITLE_NAMES_LOOKED_UP = 3;
/** A word used by more than this share of the papers names no topic of a query beside a paper's name. */
const NAME_REST_SHARE = 0.1;

/** How far down its topic's ranking a query that asks for some years, a venue, a lab or an author looks for papers that fit. */
const ASKED_DEPTH = 10;

/** How many of a topic's first papers are read for the topic and a kind of reading typed after it written side by side. */
const KIND_PAPERS = 5;

/** How many sentences of a text {@link Retriever.titlesNear} looks up titles for. */
const NAMED_SENTENCES = 40;

/** How far down a query's ranking the paper that introduces a name it asks the paper of is looked for (see Retriever.introducingFirst). */
const INTRODUCING_PAPERS = 5;

/** How many papers a search for a typed title that names none offers as what it may describe. */
const DESCRIBED_PAPERS = 3;

/** Whether a query opens with one of the names of titles it types (see typedTitleNames), a verb after it: "speechverse uses which ...". */
function opensWithName(query: string, names: readonly { word: string }[]): boolean {
  const [first, next] = query.trim().split(/\s+/);
  return first !== undefined && next !== undefined && names.some(({ word }) => word === first) && /^(?:uses?|used|is|was|does|did|has|had|gets?|got|needs?|beats?|works?|trains?|reports?)$/i.test(next);
}

/** The rankings' entries taken in turn (first of each, then second of each, ...), each paper once, at most `k`. */
function takeTurns<T extends { doc: number }>(rankings: readonly (readonly T[])[], k: number): T[] {
  const out: T[] = [];
  const seen = new Set<number>();
  for (let rank = 0; out.length < k && rankings.some((r) => rank < r.length); rank++) {
    for (const r of rankings) {
      const entry = r[rank];
      if (!entry || seen.has(entry.doc) || out.length >= k) continue;
      seen.add(entry.doc);
      out.push(entry);
    }
  }
  return out;
}

/** Scores by paper number of the index. */
function byDoc(s: Pick<QueryProfile['final'], 'docs'>, scores: ArrayLike<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < scores.length; i++) out.set(docAt(s, i), scores[i]!);
  return out;
}

/** A question without its sentences about the asker (see first-person.ts); '' when it has none. */
function withoutAsked(query: string): string {
  const asked = withoutAsker(query);
  return asked === query ? '' : asked;
}

/** A word used by at least this share of the papers is what the corpus is about (see {@link Retriever.unlessBroad}). */
const BROAD_SHARE = 0.1;
