import { createRandom as mulberry32 } from '@vecsum/embeddings/math';
import { EvalError } from '../errors.js';

/** A seeded source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Creates a deterministic pseudo-random generator (the project's mulberry32, validated here: 32-bit state, period 2^32, fast,
 * good enough for bootstrap resampling; not for cryptography). The same seed always gives the
 * same sequence, on every platform.
 *
 * @param seed any integer (taken modulo 2^32)
 * @throws EvalError `INVALID_ARGUMENT` unless `seed` is a finite integer
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new EvalError('INVALID_ARGUMENT', `seed must be an integer, got ${String(seed)}`);
  return mulberry32(seed);
}

/** A uniform integer in [0, n). */
export function randomIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
