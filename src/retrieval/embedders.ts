import { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';

/** Which embedder built an index: recorded in the index, checked at query time. */
export const EmbedderSpecSchema = z.object({
  kind: z.enum(['lsa', 'transformers', 'openai']),
  model: z.string(),
});
export type EmbedderSpec = z.infer<typeof EmbedderSpecSchema>;

export function embedderSpec(config: Config): EmbedderSpec {
  switch (config.PAPERBOT_EMBEDDER) {
    case 'lsa':
      return { kind: 'lsa', model: `lsa-${config.PAPERBOT_LSA_DIMENSIONS}` };
    case 'transformers':
      return { kind: 'transformers', model: config.PAPERBOT_TRANSFORMERS_MODEL };
    case 'openai':
      return { kind: 'openai', model: config.PAPERBOT_EMBEDDING_MODEL };
  }
}

export function describeSpec(spec: EmbedderSpec): string {
  return spec.kind === 'lsa' ? spec.model : `${spec.kind}:${spec.model}`;
}

/** Feature-extraction pipeline as @huggingface/transformers returns it. */
export type FeatureExtractor = (
  texts: string[],
  options: { pooling: 'mean'; normalize: boolean },
) => Promise<{ tolist(): unknown }>;

export interface TransformersEmbeddingsOptions {
  model: string;
  /** Directory holding models (`<dir>/<model id>/...`); when set, nothing is downloaded. */
  localDir?: string;
  batchSize?: number;
  /** Supplies the pipeline; defaults to loading `model` with @huggingface/transformers. */
  loadPipeline?: (model: string, localDir?: string) => Promise<FeatureExtractor>;
}

const Vectors = z.array(z.array(z.number()));

async function loadTransformersPipeline(model: string, localDir?: string): Promise<FeatureExtractor> {
  const transformers = await import('@huggingface/transformers');
  if (localDir) {
    transformers.env.localModelPath = localDir;
    transformers.env.allowRemoteModels = false;
  }
  try {
    const extractor = await transformers.pipeline('feature-extraction', model);
    return (texts, options) => extractor(texts, options);
  } catch (err) {
    const where = localDir ? `from ${localDir}` : 'from the Hugging Face hub';
    throw new UserError(`cannot load embedding model ${model} ${where}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Sentence embeddings from a Hugging Face model run locally with @huggingface/transformers (mean pooled, normalised). */
export class TransformersEmbeddings extends Embeddings {
  private pipeline?: Promise<FeatureExtractor>;

  constructor(private readonly options: TransformersEmbeddingsOptions) {
    super({});
  }

  private extractor(): Promise<FeatureExtractor> {
    const load = this.options.loadPipeline ?? loadTransformersPipeline;
    this.pipeline ??= load(this.options.model, this.options.localDir);
    return this.pipeline;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const extractor = await this.extractor();
    const batch = this.options.batchSize ?? 32;
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i += batch) {
      const tensor = await extractor(documents.slice(i, i + batch), { pooling: 'mean', normalize: true });
      out.push(...Vectors.parse(tensor.tolist()));
    }
    return out;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [v] = await this.embedDocuments([document]);
    return v!;
  }
}

/** Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (LangChain's OpenAIEmbeddings, loaded on first use). */
export class OpenAiCompatibleEmbeddings extends Embeddings {
  private inner?: Promise<Embeddings>;

  constructor(private readonly config: Config) {
    super({});
    openAiSettings(config);
  }

  private client(): Promise<Embeddings> {
    this.inner ??= import('@langchain/openai').then(({ OpenAIEmbeddings }) => new OpenAIEmbeddings(openAiSettings(this.config)));
    return this.inner;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return (await this.client()).embedDocuments(documents);
  }

  async embedQuery(document: string): Promise<number[]> {
    return (await this.client()).embedQuery(document);
  }
}

function openAiSettings(config: Config) {
  const apiKey = config.PAPERBOT_EMBEDDING_API_KEY ?? config.OPENAI_API_KEY;
  const baseURL = config.PAPERBOT_EMBEDDING_BASE_URL ?? config.OPENAI_BASE_URL;
  if (!apiKey && !baseURL) {
    throw new UserError('the openai embedder needs PAPERBOT_EMBEDDING_API_KEY (or OPENAI_API_KEY) or PAPERBOT_EMBEDDING_BASE_URL');
  }
  return {
    model: config.PAPERBOT_EMBEDDING_MODEL,
    apiKey: apiKey ?? 'not-needed',
    encodingFormat: 'float' as const,
    batchSize: 128,
    maxRetries: 2,
    ...(baseURL ? { configuration: { baseURL } } : {}),
  };
}
