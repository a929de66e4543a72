import { EmbeddingError } from '../errors.js';
import { principalComponents } from '../math/pca.js';
import { GLOVE_6B_100D_COMMON_COMPONENT } from './glove-common-component.js';

/**
 * The first right singular vector (uncentred PCA) of a sample of sentence vectors: the
 * "common component" Arora et al. remove. Unlike the paper's code (which ran PCA on the
 * transposed matrix), this is the direction the sentence vectors share most.
 */
export function computeCommonComponent(sentenceVectors: readonly ArrayLike<number>[]): Float32Array {
  const nonZero = sentenceVectors.filter((v) => {
    for (let i = 0; i < v.length; i++) if (v[i] !== 0) return true;
    return false;
  });
  if (nonZero.length === 0) throw new EmbeddingError('EMPTY_INPUT', 'no non-zero sentence vectors to find a common component in');
  const { components } = principalComponents(nonZero, { count: 1, center: false });
  const c = components[0];
  if (c === undefined) throw new EmbeddingError('EMPTY_INPUT', 'no common component found');
  return c;
}

/** The shipped common component of a word-vector table, if any. */
export function commonComponentFor(name: string, dimensions: number): Float32Array | undefined {
  if (name === 'glove-6b-100d' && dimensions === GLOVE_6B_100D_COMMON_COMPONENT.length) {
    return Float32Array.from(GLOVE_6B_100D_COMMON_COMPONENT);
  }
  return undefined;
}
