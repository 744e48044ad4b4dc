/** Paper-level fusion of lexical and dense evidence, and the decision to abstain. Pure functions. */

export interface Candidate {
  id: string;
  /** BM25 score (0 when the paper was not a lexical hit). */
  lexical: number;
  /** Share of the query's IDF mass the paper contains (0..1). */
  coverage: number;
  /** Best chunk cosine similarity (0 when not a dense hit). */
  dense: number;
}

export interface FusionParams {
  /** Weight of the normalised BM25 score against the dense score (0..1). */
  lexicalWeight: number;
  /** The same for similar-paper queries. */
  similarLexicalWeight: number;
  /** Abstain when no top paper covers this share of the query's (known, IDF-weighted) terms ... */
  minCoverage: number;
  /** ... or when this share of the query is in words the corpus never uses ... */
  maxUnknown: number;
  /** ... unless a top paper's cosine is at least this. */
  strongDense: number;
}

export const DEFAULT_FUSION: FusionParams = {
  lexicalWeight: 0.5,
  similarLexicalWeight: 0.4,
  minCoverage: 0.52,
  maxUnknown: 0.3,
  strongDense: 0.65,
};

export interface Fused {
  ranked: { id: string; score: number }[];
  abstain: boolean;
}

export interface QueryShape {
  queryTerms: number;
  /** Share of the query's IDF mass in terms the corpus never uses (0..1). */
  unknownShare: number;
}

export function fuse(candidates: readonly Candidate[], p: FusionParams, shape: QueryShape | undefined): Fused {
  if (candidates.length === 0) return { ranked: [], abstain: true };
  const maxLex = Math.max(...candidates.map((c) => c.lexical), 1e-9);
  const ranked = candidates
    .map((c) => {
      const lex = c.lexical / maxLex;
      const dense = Math.max(0, c.dense);
      return { id: c.id, score: p.lexicalWeight * lex * (0.5 + 0.5 * c.coverage) + (1 - p.lexicalWeight) * dense, c };
    })
    .sort((a, b) => b.score - a.score);
  let abstain = false;
  if (shape) {
    const top = ranked.slice(0, 3).map((r) => r.c);
    const bestDense = Math.max(...top.map((c) => c.dense));
    const bestCoverage = Math.max(...top.map((c) => c.coverage));
    abstain =
      shape.queryTerms === 0 || (bestDense < p.strongDense && (bestCoverage < p.minCoverage || shape.unknownShare >= p.maxUnknown));
  }
  return { ranked: ranked.map(({ id, score }) => ({ id, score })), abstain };
}
