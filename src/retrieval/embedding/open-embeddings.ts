import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../../config.js';
import { type EmbedderSpec, OpenAiCompatibleEmbeddings, TransformersEmbeddings } from './embedders.js';

/** Creates the pretrained embedder an index names (the corpus-fitted one is loaded from the index). */
export type EmbeddingsFactory = (spec: EmbedderSpec, config: Config) => Embeddings;

export const defaultEmbeddingsFactory: EmbeddingsFactory = (spec, config) => {
  if (spec.kind === 'transformers') {
    return new TransformersEmbeddings({
      model: spec.model,
      ...(config.PAPERBOT_TRANSFORMERS_LOCAL_DIR ? { localDir: config.PAPERBOT_TRANSFORMERS_LOCAL_DIR } : {}),
    });
  }
  if (spec.kind === 'openai') return new OpenAiCompatibleEmbeddings(config);
  throw new Error(`embedder ${spec.kind} is fitted at ingest, not created`);
};
