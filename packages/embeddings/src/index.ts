export type { Vector, Sentence, SentenceEmbedder, EmbedOptions, EmbedResult, AdditiveComposer } from './types.js';
export { EmbeddingError, isEmbeddingError, EMBEDDING_ERROR_CODES } from './errors.js';
export type { EmbeddingErrorCode } from './errors.js';

export { splitSentences, splitDocuments } from './segment/split-sentences.js';
export { endsAsSentence, isHeadingLike } from './segment/headings.js';
export { wordCount } from './segment/word-counts.js';
export { tokenize, splitCompound } from './segment/tokenize.js';
export { tokenIds, scansByHand } from './segment/token-ids.js';
export type { TokenIdBuffer } from './segment/token-ids.js';
export { TokenTable } from './segment/token-table.js';
export { ENGLISH_STOPWORDS } from './segment/stopwords.js';
export { porterStem } from './segment/porter-stemmer.js';

export type { WordVectors } from './word-vectors/types.js';
export type { ProgressEvent, OnProgress } from './word-vectors/progress.js';
export { createWordVectors } from './word-vectors/in-memory.js';
export type { WordVectorsInit } from './word-vectors/in-memory.js';
export { readPack, readPackHeader, writePack, packFromBuffer, PACK_VERSION } from './word-vectors/pack-format.js';
export type { PackHeader, PackDtype, ReadPackOptions } from './word-vectors/pack-format.js';
export type { PackFromBufferOptions } from './word-vectors/pack-buffer.js';
export type { PackMeta } from './word-vectors/pack-encode.js';
export {
  buildGlovePack,
  loadGloveVectors,
  locateGlovePack,
  glovePackFile,
  winkJsonPath,
  GLOVE_PACK_NAME,
  GLOVE_DEFAULT_VOCABULARY,
  GLOVE_DEFAULT_DTYPE,
  SHIPPED_PACK_DIR,
} from './word-vectors/build-glove-pack.js';
export type { LoadDefaultOptions, BuildGloveOptions } from './word-vectors/build-glove-pack.js';
export { defaultCacheDir } from './word-vectors/cache-dir.js';
export { readVectorFile, convertVectorFile } from './word-vectors/convert-vectors.js';
export type { ConvertOptions, VectorFileFormat } from './word-vectors/convert-vectors.js';

export { createWordVectorEmbedder, WORD_VECTOR_FUNCTIONS, DEFAULT_SIF_A } from './compose/word-vector-embedder.js';
export type { WordVectorFunction, WordVectorEmbedderOptions } from './compose/word-vector-embedder.js';
export { computeCommonComponent, commonComponentFor } from './compose/common-component.js';
export { wordRows } from './compose/word-rows.js';
export { wordProbabilities, sifWeights, harmonicNumber } from './compose/frequency.js';
export type { FrequencySource } from './compose/frequency.js';

export { embedDocument, similarities } from './embed/embed-document.js';
export type { EmbeddedDocument, EmbedDocumentOptions, DocumentVectorMode, JoinComposer } from './embed/embed-document.js';
