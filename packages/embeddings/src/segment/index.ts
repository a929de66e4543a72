/**
 * Text segmentation for @vecsum/embeddings: sentences with offsets (blocks, boundary rules,
 * headings) and GloVe-compatible word tokens.
 */
export { splitSentences, splitDocuments } from './split-sentences.js';
export type { SplitSentencesOptions } from './split-sentences.js';
export { endsAsSentence, isHeadingLike } from './headings.js';
export { tokenize, splitCompound } from './tokenize.js';
export type { Sentence } from '../types.js';
