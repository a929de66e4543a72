import { AnalysisError } from '../errors.js';

/** A dictionary of `atoms` unit vectors of length `dimensions`, row-major. */
export interface Dictionary {
  readonly atoms: number;
  readonly dimensions: number;
  readonly matrix: Float32Array;
}

export interface LassoOptions {
  /** L1 weight alpha >= 0 of min_w ½‖x − Dᵀw‖² + alpha‖w‖₁ (default 0.1). */
  alpha?: number;
  maxIterations?: number;
  /** Stop when the largest coefficient change is below this (default 1e-5). */
  tolerance?: number;
  /** Coefficients with |w| below this are set to 0 afterwards (default 1e-3, as paper 2). */
  threshold?: number;
  /** Atoms that must stay 0 (e.g. a word's own row when encoding that word). */
  exclude?: ReadonlySet<number>;
}

/**
 * Lasso by FISTA (Beck & Teboulle 2009): min_w ½‖x − Dᵀw‖² + alpha‖w‖₁, with the step 1/L,
 * L the largest eigenvalue of D Dᵀ (estimated once per dictionary by power iteration).
 * The ½ scaling means alpha here is half the alpha of an objective without it.
 */
export function lasso(x: ArrayLike<number>, dict: Dictionary, options: LassoOptions = {}): Float64Array {
  const { atoms: k, dimensions: d, matrix } = dict;
  if (x.length !== d) throw new AnalysisError('DIMENSION_MISMATCH', `vector has ${x.length} dimensions, dictionary ${d}`);
  const alpha = options.alpha ?? 0.1;
  if (!(alpha >= 0)) throw new AnalysisError('INVALID_ARGUMENT', `alpha must be >= 0, got ${alpha}`);
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-5;
  const lipschitz = lipschitzOf(dict);
  const step = 1 / lipschitz;
  let w = new Float64Array(k);
  let y: Float64Array = new Float64Array(k);
  let t = 1;
  const residual = new Float64Array(d);
  for (let it = 0; it < maxIterations; it++) {
    // residual = Dᵀy − x
    for (let j = 0; j < d; j++) residual[j] = -(x[j] as number);
    for (let a = 0; a < k; a++) {
      const ya = y[a] as number;
      if (ya === 0) continue;
      const base = a * d;
      for (let j = 0; j < d; j++) residual[j] = (residual[j] as number) + ya * (matrix[base + j] as number);
    }
    const next = new Float64Array(k);
    let change = 0;
    for (let a = 0; a < k; a++) {
      if (options.exclude?.has(a) === true) continue;
      const base = a * d;
      let g = 0;
      for (let j = 0; j < d; j++) g += (matrix[base + j] as number) * (residual[j] as number);
      const z = (y[a] as number) - step * g;
      const shrunk = Math.sign(z) * Math.max(Math.abs(z) - step * alpha, 0);
      next[a] = shrunk;
      change = Math.max(change, Math.abs(shrunk - (w[a] as number)));
    }
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const momentum = (t - 1) / tNext;
    for (let a = 0; a < k; a++) y[a] = (next[a] as number) + momentum * ((next[a] as number) - (w[a] as number));
    w = next;
    t = tNext;
    if (change < tolerance) break;
  }
  const threshold = options.threshold ?? 1e-3;
  for (let a = 0; a < k; a++) if (Math.abs(w[a] as number) < threshold) w[a] = 0;
  return w;
}

const lipschitzCache = new WeakMap<Float32Array, number>();

/** Largest eigenvalue of D Dᵀ (= of Dᵀ D), by power iteration on the d x d side. */
export function lipschitzOf(dict: Dictionary): number {
  const cached = lipschitzCache.get(dict.matrix);
  if (cached !== undefined) return cached;
  const { atoms: k, dimensions: d, matrix } = dict;
  let v = new Float64Array(d).fill(1 / Math.sqrt(d));
  let lambda = 0;
  for (let it = 0; it < 100; it++) {
    const u = new Float64Array(d);
    for (let a = 0; a < k; a++) {
      const base = a * d;
      let p = 0;
      for (let j = 0; j < d; j++) p += (matrix[base + j] as number) * (v[j] as number);
      for (let j = 0; j < d; j++) u[j] = (u[j] as number) + p * (matrix[base + j] as number);
    }
    let n = 0;
    for (let j = 0; j < d; j++) n += (u[j] as number) ** 2;
    n = Math.sqrt(n);
    if (n === 0) break;
    lambda = n;
    for (let j = 0; j < d; j++) u[j] = (u[j] as number) / n;
    v = u;
  }
  const l = Math.max(lambda, 1e-9);
  lipschitzCache.set(dict.matrix, l);
  return l;
}
