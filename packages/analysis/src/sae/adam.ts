import type { SparseAutoencoder } from './sparse-autoencoder.js';

/** Gradients of encoder, encoder bias, decoder, decoder bias (the order of `Adam.params`). */
export type Gradients = readonly [Float64Array, Float64Array, Float64Array, Float64Array];

/** Adam (beta 0.9 / 0.999) over the model's four parameter arrays, with their summed batch gradients. */
export interface Adam {
  readonly params: readonly Float32Array[];
  readonly grads: Gradients;
  readonly m: readonly Float64Array[];
  readonly v: readonly Float64Array[];
  t: number;
}

export function createAdam(sae: SparseAutoencoder): Adam {
  const params = [sae.encoder, sae.encoderBias, sae.decoder, sae.decoderBias] as const;
  const zeros = () => params.map((p) => new Float64Array(p.length));
  const grads: Gradients = [
    new Float64Array(sae.encoder.length),
    new Float64Array(sae.encoderBias.length),
    new Float64Array(sae.decoder.length),
    new Float64Array(sae.decoderBias.length),
  ];
  return { params, grads, m: zeros(), v: zeros(), t: 0 };
}

/** One Adam step on the mean batch gradient, its global norm clipped at 1. */
export function adamStep(adam: Adam, lr: number, batch: number): void {
  let total = 0;
  for (const g of adam.grads) for (let k = 0; k < g.length; k++) total += (g[k]! / batch) ** 2;
  total = Math.sqrt(total);
  const clip = total > 1 ? 1 / total : 1;
  const t = ++adam.t;
  adam.params.forEach((p, k) => {
    const g = adam.grads[k]!;
    const mk = adam.m[k]!;
    const vk = adam.v[k]!;
    for (let q = 0; q < p.length; q++) {
      const gq = (g[q]! / batch) * clip;
      mk[q] = 0.9 * mk[q]! + 0.1 * gq;
      vk[q] = 0.999 * vk[q]! + 0.001 * gq * gq;
      const mh = mk[q]! / (1 - 0.9 ** t);
      const vh = vk[q]! / (1 - 0.999 ** t);
      p[q] = p[q]! - (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  });
}
