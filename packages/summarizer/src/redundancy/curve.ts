import { cosine, fitPolynomial, type Polynomial } from '@vecsum/embeddings/math';

/** One document's vectors, as the fitting routine needs them. */
export interface CurveSample {
  readonly vectors: readonly Float32Array[];
  readonly documentVector: Float32Array;
}

/**
 * Fits the expected-redundancy curve (notebook cell 16 of the authors' code): in each
 * document take the Near-best sentence; for every other sentence with a vector, x = cos(doc,
 * other), y = cos(best, other); fit y = curve(x) by least squares. Near-nonredundant then
 * penalises only redundancy beyond curve(cos(doc, s)).
 */
export function fitRedundancyCurve(samples: readonly CurveSample[], degree = 2): Polynomial {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { vectors, documentVector } of samples) {
    const sims = vectors.map((v) => cosine(v, documentVector));
    let best = -1;
    sims.forEach((s, i) => {
      if (s !== 0 && (best < 0 || s > sims[best]!)) best = i;
    });
    if (best < 0) continue;
    vectors.forEach((v, i) => {
      if (i === best || sims[i] === 0) return;
      xs.push(sims[i]!);
      ys.push(cosine(vectors[best]!, v));
    });
  }
  return fitPolynomial(xs, ys, degree);
}
