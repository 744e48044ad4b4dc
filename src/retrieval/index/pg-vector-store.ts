import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import type pg from 'pg';

/** Where a {@link PgVectorStore} keeps its vectors: a table of one vector per paper (`chunk` absent) or per chunk. */
export interface PgVectorTable {
  /** The table, schema-qualified and quoted. */
  table: string;
  /** The pgvector extension's schema, quoted (its type and operators are named through it). */
  vectorSchema: string;
  /** True when the table has a `chunk` column (one row per chunk of a paper). */
  chunks: boolean;
}

/** What a stored vector carries: the paper's number in the index and the chunk's within the paper. */
export interface PgVectorMetadata {
  doc: number;
  chunk: number;
}

/** A vector as pgvector reads it: float4 needs nine significant digits to come back unchanged. */
export function vectorLiteral(v: ArrayLike<number>): string {
  let s = '[';
  for (let i = 0; i < v.length; i++) s += (i > 0 ? ',' : '') + Number(v[i]).toPrecision(9);
  return `${s}]`;
}

/** Rows per INSERT statement. */
const INSERT_BATCH = 1000;

/**
 * LangChain `VectorStore` over one pgvector table of the search index, queried through its HNSW
 * index (cosine). Scores are cosine similarities (higher is closer), as every paperbot vector store
 * gives them; rows are keyed by the paper's number in the index and the chunk's number, which the
 * documents' metadata carries. It borrows connections from the pool for each call and holds none.
 */
export class PgVectorStore extends VectorStore {
  declare FilterType: never;

  constructor(
    embeddings: EmbeddingsInterface,
    private readonly pool: pg.Pool | pg.PoolClient,
    private readonly where: PgVectorTable,
  ) {
    super(embeddings, {});
  }

  _vectorstoreType(): string {
    return 'paperbot-pgvector';
  }

  async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /** Inserts the vectors (each document's metadata gives `doc` and, for chunks, `chunk`); returns `doc#chunk` ids. */
  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error('addVectors: vectors and documents differ in length');
    const meta = documents.map((d) => d.metadata as PgVectorMetadata);
    const { table, vectorSchema, chunks } = this.where;
    for (let i = 0; i < vectors.length; i += INSERT_BATCH) {
      const part = meta.slice(i, i + INSERT_BATCH);
      const literals = vectors.slice(i, i + INSERT_BATCH).map(vectorLiteral);
      if (chunks) {
        await this.pool.query(
          `INSERT INTO ${table} (doc, chunk, embedding) SELECT d, c, e::${vectorSchema}.vector FROM unnest($1::int[], $2::int[], $3::text[]) AS u(d, c, e)`,
          [part.map((m) => m.doc), part.map((m) => m.chunk), literals],
        );
      } else {
        await this.pool.query(`INSERT INTO ${table} (doc, embedding) SELECT d, e::${vectorSchema}.vector FROM unnest($1::int[], $2::text[]) AS u(d, e)`, [
          part.map((m) => m.doc),
          literals,
        ]);
      }
    }
    return meta.map((m) => `${m.doc}#${m.chunk}`);
  }

  /** The `k` nearest vectors by cosine (through the HNSW index, so approximately), nearest first, with their cosine similarity. */
  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[DocumentInterface, number][]> {
    if (!query.some((x) => x !== 0)) return [];
    const { table, vectorSchema, chunks } = this.where;
    const rows = await this.pool.query<{ doc: number; chunk: number; distance: number }>(
      `SELECT doc, ${chunks ? 'chunk' : '0 AS chunk'}, embedding OPERATOR(${vectorSchema}.<=>) $1::${vectorSchema}.vector AS distance
       FROM ${table} ORDER BY distance LIMIT $2`,
      [vectorLiteral(query), k],
    );
    return rows.rows.map((r) => [new Document({ pageContent: '', metadata: { doc: r.doc, chunk: r.chunk } }), 1 - r.distance]);
  }
}
