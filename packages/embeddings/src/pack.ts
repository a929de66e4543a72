/**
 * `@vecsum/embeddings/pack`: read word-vector packs from memory, with no Node imports in this
 * module's graph, for browsers and Web Workers:
 *
 * ```ts
 * const vectors = packFromBuffer(await (await fetch('/glove-6b-100d-40k-i8.vwv')).arrayBuffer(), 'glove');
 * ```
 */
export { packFromBuffer, parsePackHeader, PACK_VERSION, PACK_MAGIC } from './word-vectors/pack-buffer.js';
export type { PackHeader, PackDtype, PackFromBufferOptions } from './word-vectors/pack-buffer.js';
export { encodePack } from './word-vectors/pack-encode.js';
export type { PackMeta } from './word-vectors/pack-encode.js';
export { quantizeRow, dequantizeRow } from './word-vectors/quantize.js';
export type { WordVectors } from './word-vectors/types.js';
