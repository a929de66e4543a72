/** The one English stop-word list lives with the tokenizer in @vecsum/embeddings. */
export { ENGLISH_STOPWORDS } from '@vecsum/embeddings';
