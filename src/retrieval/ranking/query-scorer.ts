import { COVERAGE_PAPERS, confidenceFeatures } from '../confidence/confidence.js';
import { DEFAULT_FUSION, type FusionParams, type Normalisation, fuse, normalisation, topK } from './fusion.js';
import { normalize } from '../embedding/linalg.js';
import { type FoundPhrasing, findPhrasings, namedLanguages, termsText } from '../query/field-terms.js';
import { countTerms } from './lexical.js';
import { spelledLanguagePairs } from '../requirements/places.js';
import { lexicalQuery, withoutChatPhrases } from '../query/query.js';
import { tokenize } from '../text.js';
import { spelledOut, typedShortenings } from '../query/shortenings.js';
import { mentionedElsewise } from '../requirements/unmentioned.js';
import type { ScoredPapers, SearchIndex, TermStats } from '../index/search-index.js';

/**
 * How much the papers' words added for a query's everyday phrasings (see field-terms.ts) count: in the
 * lexical query (against 1 for a word typed) and in its embedding (against 1 for the query's own).
 */
export const ADDED_TERMS = { lexical: 0.3, dense: 0.3 } as const;

/** A query's embeddings: `vector` with the terms added for its everyday phrasings, `typed` of the words typed alone. */
export interface QueryVectors {
  vector: number[];
  typed: number[];
}

interface PreparedQuery {
  /** The query with its typos fixed. */
  text: string;
  /** The text without its chat phrases (see query.ts): what is embedded. */
  about: string;
  /** The everyday phrasings it holds, with the terms they stand for. */
  phrasings: FoundPhrasing[];
  /** The papers' words added for its everyday phrasings, as text (may be empty). */
  added: string;
  /** The languages its places or peoples name and it does not ("spoken in Warsaw": polish), read as typed. */
  languages: string[];
  /** Its names typed apart from their versions, as the corpus writes them together ("qwen 2.5": qwen2), read as typed. */
  versioned: string[];
}

/** How a query scored: the first (as typed) and the final (after feedback) round. */
export interface QueryProfile {
  /** The query as scored: its typos fixed. */
  text: string;
  /** The everyday phrasings the query holds (see field-terms.ts), with the terms they stand for. */
  phrasings: FoundPhrasing[];
  /** The lexical query's terms, with their statistics. */
  terms: TermStats[];
  first: ScoredPapers;
  final: ScoredPapers;
  /** The fused score of each paper `final` scores. */
  fused: Float64Array;
  /** The query shares no word with the corpus and its vector is empty. */
  empty: boolean;
  /** The query scored as typed, when terms were added for its everyday phrasings: its confidence is judged on this. */
  typed?: QueryProfile;
}

/** A name of letters and the version typed after it, apart: "qwen 2.5", "Llama 3.1" (not a count: "top 5"). */
const VERSION_APART = /(?<![\p{L}\p{N}])(\p{L}{2,})\s+(\d+)\.\d+(?![\p{L}\p{N}])/gu;

/** A word of letters with a version written on: "gpt3", "llama2", "qwen2.5" (the papers may write "GPT-3"). */
const VERSIONED = /^\p{L}{2,}\d[\p{L}\p{N}.]*$/u;

/**
 * Scores queries over one search index: hybrid search (dense + BM25, fused at paper level) with one
 * round of pseudo-relevance feedback, and the confidence features of a scored query. The index
 * supplies the scores; fusion and feedback are here.
 */
export class QueryScorer {
  readonly fusion: FusionParams;

  constructor(
    readonly index: SearchIndex,
    fusion: Partial<FusionParams> = {},
  ) {
    this.fusion = { ...DEFAULT_FUSION, ...fusion };
  }

  /** The papers a profile ranks best, as paper numbers of the index. */
  ranked(profile: QueryProfile, k: number): number[] {
    return topK(profile.fused, k).map((i) => docAt(profile.final, i));
  }

  /** Whether the query as typed shares no word with the corpus and has an empty vector: nothing can answer it. */
  isEmpty(profile: QueryProfile): boolean {
    return (profile.typed ?? profile).empty;
  }

  /**
   * The confidence features of a scored query (`exclude`: the paper it was scored without, or -1).
   * A paper holds a word typed when it uses the word, or the field's term for an everyday phrasing
   * the word is part of ("chatbot": a paper on LLMs holds it); a word of such a phrasing is not one
   * the corpus lacks, even when no paper uses it ("film" for video).
   */
  async judgeFeatures(scored: QueryProfile, exclude = -1): Promise<number[]> {
    const profile = scored.typed ?? scored;
    const top = this.ranked(profile, COVERAGE_PAPERS);
    const words = profile.terms.map((t) => t.term);
    const phrased = profile.phrasings
      .filter((f) => f.terms.length > 0)
      .map((f) => ({ words: new Set(f.tokens), terms: f.terms.map((term) => tokenize(term)).filter((t) => t.length > 0) }));
    const fieldWords = [...new Set(phrased.flatMap((p) => p.terms.flat()))];
    const held = await this.index.holds(exclude >= 0 ? [...top, exclude] : top, [...words, ...fieldWords]);
    const left = exclude >= 0 ? held[top.length]! : undefined;
    const column = new Map(fieldWords.map((w, k) => [w, words.length + k]));
    const holdsTerm = (i: number, term: readonly string[]) => term.every((w) => held[i]![column.get(w)!]!);
    // A word the corpus never uses is still held by a paper that writes it out ("recsys": recommender systems),
    // and a name with its version written on by a paper that writes them apart ("gpt3": GPT-3, "llama2": Llama 2).
    const unknown = profile.terms.filter((t) => t.df === 0 || VERSIONED.test(t.term)).map((t) => t.term);
    const elsewise = unknown.length > 0 ? mentionedElsewise(profile.text, unknown, await this.index.papers(top)) : [];
    const spelledOut = (i: number, term: string) => elsewise[i]?.[unknown.indexOf(term)] === true;
    const terms = profile.terms.map((t, j) => {
      const inTop = top.map((_, i) => held[i]![j]! || spelledOut(i, t.term) || phrased.some((p) => p.words.has(t.term) && p.terms.some((term) => holdsTerm(i, term))));
      const known = phrased.some((p) => p.words.has(t.term)) || (t.df === 0 && inTop.some(Boolean));
      return { idf: t.idf, df: Math.max(t.df - (left?.[j] ? 1 : 0), known ? 1 : 0), inTop };
    });
    const { first } = profile;
    return confidenceFeatures({
      scores: first,
      fused: profile.fused,
      terms,
      chunkShare: this.fusion.chunkShare,
      exclude: position(first, exclude),
      ...this.normOf(first, exclude),
    });
  }

  /**
   * Scores a query: BM25 and dense (best chunk and centroid), fused, then one round of
   * pseudo-relevance feedback in the dense space. `exclude` scores it as if that paper (a paper
   * number of the index) were not in it. `vector` is the query's embedding when the caller already
   * has it.
   */
  async profile(query: string, exclude = -1, vectors?: QueryVectors): Promise<QueryProfile> {
    return (await this.profiles(query, [exclude], vectors))[0]!;
  }

  /**
   * Scores a query for its ranking alone: as {@link profile}, without scoring the words typed alone
   * as well, which only confidence needs.
   */
  async rankingProfile(query: string, exclude = -1): Promise<QueryProfile> {
    const prepared = await this.prepare(query);
    const { vector } = (await this.vectorsOf([prepared]))[0]!;
    return (await this.scoreProfiles(prepared, [exclude], vector))[0]!;
  }

  /**
   * The same query scored once per entry of `excludes` (-1: the whole index), sharing the work the
   * variants have in common: calibration scores each pseudo-query with and without its paper.
   * `vectors` are the query's embeddings when the caller already has them (see {@link queryVectors}).
   * `asTyped` scores the words typed alone, without the terms of their everyday phrasings: what
   * confidence is judged on, all calibration needs.
   */
  async profiles(query: string, excludes: readonly number[], vectors?: QueryVectors, asTyped = false): Promise<QueryProfile[]> {
    const prepared = await this.prepare(query, asTyped);
    const { vector, typed: typedVector } = vectors ?? (await this.vectorsOf([prepared]))[0]!;
    if (!prepared.added) return this.scoreProfiles(prepared, excludes, vector);
    // How sure search is rests on the query as typed: the terms added for its everyday phrasings are a
    // reading of it, good for ranking, but their scores never turn "not in the corpus" into an answer
    // (they only say which papers hold a word typed, see judgeFeatures). Both are scored at once (with
    // PostgreSQL, their statements run side by side).
    const [profiles, typed] = await Promise.all([
      this.scoreProfiles(prepared, excludes, vector),
      this.scoreProfiles({ ...prepared, added: '' }, excludes, typedVector),
    ]);
    return profiles.map((p, i) => ({ ...p, typed: typed[i] }));
  }

  private async scoreProfiles({ text, phrasings, added, languages, versioned }: PreparedQuery, excludes: readonly number[], vector: number[]): Promise<QueryProfile[]> {
    const weights = lexicalQuery(text);
    for (const t of [...tokenize(languages.join(' ')), ...versioned]) if (!weights.has(t)) weights.set(t, 1);
    for (const [t, c] of countTerms(tokenize(added))) if (!weights.has(t)) weights.set(t, c * ADDED_TERMS.lexical);
    const hasVector = vector.some((x) => x !== 0);
    const unit = hasVector ? Float64Array.from(normalize(vector)) : undefined;
    const { chunkPapers } = this.fusion;
    const [terms, first] = await Promise.all([this.index.termStats([...weights.keys()]), this.index.score({ weights, vector: unit, chunkPapers })]);
    const empty = !hasVector && !first.lexical.some((x) => x > 0);
    const feedback = new Map<string, Promise<ScoredPapers>>();
    const out: QueryProfile[] = [];
    for (const exclude of excludes) {
      const fused = fuse(first, this.fusion, position(first, exclude), this.normOf(first, exclude).norm);
      if (!unit || this.fusion.feedbackPapers <= 0) {
        out.push({ text, phrasings, terms, first, final: first, fused, empty });
        continue;
      }
      const top = topK(fused, this.fusion.feedbackPapers).map((i) => docAt(first, i));
      const key = top.join(',');
      let final = feedback.get(key);
      if (!final) {
        final = this.feedbackRound(unit, top, weights, first);
        feedback.set(key, final);
      }
      const scored = await final;
      out.push({ text, phrasings, terms, first, final: scored, fused: fuse(scored, this.fusion, position(scored, exclude), this.normOf(scored, exclude).norm), empty });
    }
    return out;
  }

  /** The query vector with the centroids of the best papers added, scored again. */
  private async feedbackRound(unit: Float64Array, top: readonly number[], weights: ReadonlyMap<string, number>, first: ScoredPapers): Promise<ScoredPapers> {
    const expanded = Float64Array.from(unit);
    for (const c of await this.index.centroids(top)) {
      for (let j = 0; j < c.length; j++) expanded[j]! += c[j]! / top.length;
    }
    return this.index.score({ weights, vector: Float64Array.from(normalize(expanded)), chunkPapers: this.fusion.chunkPapers, previous: first });
  }

  /** The normalisation of scored papers: from the index's sample, the excluded paper left out (none when every paper was scored: then it is exact). */
  private normOf(s: ScoredPapers, exclude: number): { norm?: Normalisation } {
    if (!s.sample) return {};
    return { norm: normalisation(s.sample, this.fusion.chunkShare, position(s.sample, exclude)) };
  }

  /** The embeddings of queries, as {@link profiles} scores them (see {@link prepare}), from one request to the embedder. */
  async queryVectors(queries: readonly string[], asTyped = false): Promise<QueryVectors[]> {
    return this.vectorsOf(await Promise.all(queries.map((q) => this.prepare(q, asTyped))));
  }

  /**
   * A query as it is scored: its directions of translation in language codes spelled out ("en->ro":
   * english-to-romanian), its typos fixed against the corpus's words, and the papers' words for its
   * everyday phrasings (see field-terms.ts: "footage" is video).
   */
  protected async prepare(query: string, asTyped = false): Promise<PreparedQuery> {
    const text = await this.withShorteningsSpelledOut(await this.index.correctSpelling(spelledLanguagePairs(query)));
    const about = withoutChatPhrases(text);
    const phrasings = findPhrasings(about);
    const languages = namedLanguages(phrasings);
    const read = about || text;
    const versioned = await this.versionedNames(text);
    return { text, about: languages.length > 0 ? `${read} ${languages.join(' ')}` : read, phrasings, added: asTyped ? '' : termsText(phrasings), languages, versioned };
  }

  /** The text with the shortenings it types that the corpus never uses as typed written as their words (see shortenings.ts). */
  private async withShorteningsSpelledOut(text: string): Promise<string> {
    const typed = typedShortenings(text);
    if (typed.length === 0) return text;
    const df = new Map((await this.index.termStats([...new Set(typed.flatMap((t) => t.terms))])).map((t) => [t.term, t.df]));
    return spelledOut(text, typed.filter((t) => t.terms.every((term) => df.get(term) === 0)).map((t) => t.shortening));
  }

  /**
   * The terms of the names a query types apart from their versions ("qwen 2.5", "llama 3.1") written
   * together, as the corpus uses them ("Qwen2.5" is the term qwen2): a title that writes the name so
   * holds the name typed.
   */
  private async versionedNames(text: string): Promise<string[]> {
    const joined = [...new Set([...text.matchAll(VERSION_APART)].flatMap((m) => tokenize(`${m[1]}${m[2]}`).slice(0, 1)))];
    if (joined.length === 0) return [];
    return (await this.index.termStats(joined)).filter((t) => t.df > 0).map((t) => t.term);
  }

  /**
   * The queries' embeddings (one request to the embedder): `vector` with the added terms' embedding
   * added at their weight, `typed` without.
   */
  private async vectorsOf(prepared: readonly PreparedQuery[]): Promise<QueryVectors[]> {
    const withTerms = prepared.flatMap((p, i) => (p.added ? [i] : []));
    const all = await this.index.embeddings.embedDocuments([...prepared.map((p) => p.about), ...withTerms.map((i) => prepared[i]!.added)]);
    const out = all.slice(0, prepared.length).map((typed) => ({ vector: typed, typed }));
    withTerms.forEach((i, k) => {
      const added = normalize(all[prepared.length + k]!);
      out[i]!.vector = normalize(out[i]!.typed).map((x, j) => x + ADDED_TERMS.dense * added[j]!);
    });
    return out;
  }
}

/** The paper entry `i` of scored papers scores. */
export function docAt(s: Pick<ScoredPapers, 'docs'>, i: number): number {
  return s.docs ? s.docs[i]! : i;
}

/** Where scored papers hold a paper (-1: not among them, or no paper). */
export function position(s: Pick<ScoredPapers, 'docs'>, doc: number): number {
  if (doc < 0) return -1;
  return s.docs ? s.docs.indexOf(doc) : doc;
}
