import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { type Paper, searchBody } from '../../corpus/paper.js';

export interface Chunk {
  paperId: string;
  index: number;
  /** The chunk text, prefixed with the paper's title. */
  text: string;
}

export const CHUNK_SIZE = 700;
export const CHUNK_OVERLAP = 120;

const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: CHUNK_SIZE,
  chunkOverlap: CHUNK_OVERLAP,
  separators: ['\n\n', '\n', '. ', '; ', ', ', ' ', ''],
});

/** Splits a paper's abstract (and description) into overlapping chunks; every chunk carries the paper's title. */
export async function chunkPaper(paper: Pick<Paper, 'id' | 'title' | 'abstract' | 'description'>): Promise<Chunk[]> {
  const parts = await splitter.splitText(searchBody(paper));
  return parts.map((part, index) => ({ paperId: paper.id, index, text: `${paper.title}\n${part}` }));
}
