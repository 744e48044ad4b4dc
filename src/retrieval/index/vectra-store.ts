import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import { LocalIndex } from 'vectra/lib/LocalIndex.js';

export interface ChunkMetadata {
  paperId: string;
  chunk: number;
  [key: string]: string | number;
}

/**
 * LangChain `VectorStore` over a vectra `LocalIndex` folder on disk. Stores chunk vectors with their
 * paper id and chunk number; the paper text lives in the paper records.
 */
export class VectraStore extends VectorStore {
  declare FilterType: never;
  private readonly index: LocalIndex<ChunkMetadata>;

  constructor(
    embeddings: EmbeddingsInterface,
    readonly folder: string,
  ) {
    super(embeddings, {});
    this.index = new LocalIndex<ChunkMetadata>(folder);
  }

  _vectorstoreType(): string {
    return 'vectra';
  }

  async ensureCreated(): Promise<void> {
    if (!(await this.index.isIndexCreated())) await this.index.createIndex({ version: 1 });
  }

  async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error('addVectors: vectors and documents differ in length');
    await this.ensureCreated();
    await this.index.beginUpdate();
    const ids: string[] = [];
    try {
      for (let i = 0; i < vectors.length; i++) {
        const meta = documents[i]!.metadata as ChunkMetadata;
        const item = await this.index.insertItem({
          id: `${meta.paperId}#${meta.chunk}`,
          vector: vectors[i]!,
          metadata: { paperId: meta.paperId, chunk: meta.chunk },
        });
        ids.push(item.id);
      }
      await this.index.endUpdate();
    } catch (err) {
      this.index.cancelUpdate();
      throw err;
    }
    return ids;
  }

  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[DocumentInterface, number][]> {
    if (!query.some((x) => x !== 0)) return [];
    const results = await this.index.queryItems(query, '', k);
    return results.map((r) => [
      new Document({ pageContent: '', metadata: { paperId: r.item.metadata.paperId, chunk: r.item.metadata.chunk } }),
      r.score,
    ]);
  }

  /** Every stored vector with its metadata (for paper centroids). */
  async listVectors(): Promise<{ paperId: string; chunk: number; vector: number[] }[]> {
    const items = await this.index.listItems();
    return items.map((i) => ({ paperId: i.metadata.paperId, chunk: i.metadata.chunk, vector: i.vector }));
  }
}
