/** A dense vector. Vectors crossing package boundaries are unit length unless stated. */
export type Vector = Float32Array;

/** One sentence of the input, with offsets into the original text. */
export interface Sentence {
  /** Position among all sentences of the input (0-based, document order). */
  readonly index: number;
  /** Which input document it came from (0 for single-text input). */
  readonly docIndex: number;
  /** The sentence text, exactly `input.slice(start, end)` of its document. */
  readonly text: string;
  /** Char offset (UTF-16 code units) of the first character in its document. */
  readonly start: number;
  /** Char offset one past the last character in its document. */
  readonly end: number;
  /** Number of whitespace-separated words. */
  readonly words: number;
  /**
   * True for a heading: a title line at the top of its document (a heading-like line of its
   * own, before the first line of prose), a Markdown heading ("## Results"), a label line
   * ("Key points:") or a section heading (a heading-like line after a blank line, between
   * prose); see `splitSentences`. Summarizers keep it in the document vector but never extract it, and
   * leave it out when they count positions.
   */
  readonly heading?: boolean;
}

export interface EmbedOptions {
  signal?: AbortSignal;
}

/**
 * Anything that turns texts into unit vectors: the word-vector composers (mean, sif, arora) and
 * the transformers.js embedder both implement it.
 */
export interface SentenceEmbedder {
  /** Model id, e.g. "glove-6b-100d/arora" or a Hugging Face model id; echoed in results. */
  readonly id: string;
  readonly dimensions: number;
  /**
   * Unit vectors, one per text. A text with nothing the model can represent gets a zero
   * vector and its index in `empty` (never NaN).
   */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<EmbedResult>;
  /**
   * Present when vectors compose additively (word-vector models): the exact vector of the
   * joined texts can then be computed from per-text parts without re-embedding.
   */
  readonly additive?: AdditiveComposer;
  dispose?(): Promise<void>;
}

export interface EmbedResult {
  readonly vectors: Vector[];
  /** Indices of texts that produced no vector (no in-vocabulary token); their vector is zero. */
  readonly empty: number[];
  /** Indices of texts that were truncated to the model's maximum length. */
  readonly truncated: number[];
}

/**
 * For additive models: `raw(text)` is an un-normalised contribution, and
 * `finish(sum of raws)` gives the unit vector of the joined text, exactly as `embed` would.
 */
export interface AdditiveComposer {
  /** Written into `out` when given (overwritten; allocated when omitted). */
  raw(text: string, out?: Vector): Vector;
  /** Writes the finished unit vector into `out` (allocates when omitted); zero stays zero. */
  finish(raw: Vector, out?: Vector): Vector;
}
