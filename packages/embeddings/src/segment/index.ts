/**
 * Text segmentation for @vecsum/embeddings: sentences with offsets (compromise's splitter
 * plus layout and news rules) and GloVe-compatible word tokens.
 */
export { splitSentences, splitDocuments } from './split-sentences.js';
export type { SplitSentencesOptions } from './split-sentences.js';
export { tokenize, splitCompound } from './tokenize.js';
export type { Sentence } from '../types.js';
