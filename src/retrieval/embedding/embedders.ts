import { Embeddings } from '@langchain/core/embeddings';
import type OpenAI from 'openai';
import * as z from 'zod';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import { PROJECT_ROOT } from '../../util/project.js';

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

/** Refuses an index built by another embedder than the configured one, saying how to rebuild (`where`: where the index lives). */
export function checkEmbedder(index: { embedder: EmbedderSpec }, spec: EmbedderSpec, where: string): void {
  if (index.embedder.kind === spec.kind && index.embedder.model === spec.model) return;
  throw new UserError(
    `the index in ${where} was built with ${describeSpec(index.embedder)} but the configuration selects ${describeSpec(spec)}; run \`paperbot ingest --rebuild\` to rebuild it (or set PAPERBOT_EMBEDDER back)`,
  );
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

/** @huggingface/transformers is not a dependency (it brings onnxruntime and sharp): who selects its embedder installs it. */
const TRANSFORMERS_PACKAGE = '@huggingface/transformers';
const TRANSFORMERS_INSTALL = `npm install ${TRANSFORMERS_PACKAGE}@3`;

/** The part of @huggingface/transformers the embedder uses. */
interface TransformersModule {
  env: { localModelPath: string; allowRemoteModels: boolean };
  pipeline(task: 'feature-extraction', model: string): Promise<FeatureExtractor>;
}

/** Loads @huggingface/transformers, or says in one line how to install it. */
async function importTransformers(): Promise<TransformersModule> {
  try {
    return (await import(TRANSFORMERS_PACKAGE)) as TransformersModule;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(`'${TRANSFORMERS_PACKAGE}'`)) {
      throw new UserError(`PAPERBOT_EMBEDDER=transformers needs ${TRANSFORMERS_PACKAGE}, which is not installed: run \`${TRANSFORMERS_INSTALL}\` in ${PROJECT_ROOT}`);
    }
    throw err;
  }
}

async function loadTransformersPipeline(model: string, localDir?: string): Promise<FeatureExtractor> {
  const transformers = await importTransformers();
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

/** The reply of `/v1/embeddings`: one vector per input, each with the input's position. */
const EmbeddingsReply = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
});

const EMBEDDING_BATCH = 128;

/** Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint, through the openai client (loaded on first use). */
export class OpenAiCompatibleEmbeddings extends Embeddings {
  private client?: Promise<OpenAI>;
  private readonly settings: OpenAiEmbeddingSettings;

  constructor(config: Config) {
    super({});
    this.settings = openAiSettings(config);
  }

  private openai(): Promise<OpenAI> {
    const { apiKey, baseURL } = this.settings;
    this.client ??= import('openai').then(({ default: OpenAI }) => new OpenAI({ apiKey, baseURL, maxRetries: 2 }));
    return this.client;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const client = await this.openai();
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i += EMBEDDING_BATCH) {
      const input = documents.slice(i, i + EMBEDDING_BATCH);
      const reply = EmbeddingsReply.safeParse(await client.embeddings.create({ model: this.settings.model, input, encoding_format: 'float' }));
      if (!reply.success || reply.data.data.length !== input.length) {
        throw new Error(`the embeddings endpoint sent an unexpected reply for ${input.length} input(s)`);
      }
      const vectors = new Array<number[]>(input.length);
      for (const d of reply.data.data) vectors[d.index] = d.embedding;
      if (vectors.some((v) => v === undefined)) throw new Error('the embeddings endpoint left inputs without a vector');
      out.push(...vectors);
    }
    return out;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [v] = await this.embedDocuments([document]);
    return v!;
  }
}

interface OpenAiEmbeddingSettings {
  model: string;
  apiKey: string;
  baseURL: string;
}

const OPENAI_API = 'https://api.openai.com/v1';

function openAiSettings(config: Config): OpenAiEmbeddingSettings {
  const apiKey = config.PAPERBOT_EMBEDDING_API_KEY ?? config.OPENAI_API_KEY;
  const baseURL = config.PAPERBOT_EMBEDDING_BASE_URL ?? config.OPENAI_BASE_URL;
  if (!apiKey && !baseURL) {
    throw new UserError('the openai embedder needs PAPERBOT_EMBEDDING_API_KEY (or OPENAI_API_KEY) or PAPERBOT_EMBEDDING_BASE_URL');
  }
  return { model: config.PAPERBOT_EMBEDDING_MODEL, apiKey: apiKey ?? 'not-needed', baseURL: baseURL ?? OPENAI_API };
}
