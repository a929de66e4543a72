/**
 * @vecsum/embeddings/transformers: sentence vectors from transformers.js feature-extraction
 * models, and the export of a word-vector table as a static-embedding model for them.
 *
 * This subpath is the only place in the repository that imports `@xenova/transformers`, and it
 * does so lazily: importing it neither loads onnxruntime nor touches transformers.js's `env`.
 */
export { loadTransformersEmbedder } from './transformers-embedder.js';
export type { TransformersEmbedder, TransformersEmbedderOptions, TransformersPooling } from './transformers-embedder.js';
export { writeStaticEmbeddingModel, exportWordVectorsAsTransformersModel } from './static-model.js';
export type { StaticModelOptions, StaticModelInfo } from './static-model.js';
