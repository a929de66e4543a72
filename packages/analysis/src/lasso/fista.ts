import { norm } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';

/** A dictionary of `atoms` vectors of length `dimensions`, row-major (row a = atom a). */
export interface Dictionary {
  readonly atoms: number;
  readonly dimensions: number;
  readonly matrix: Float32Array;
}

export interface LassoOptions {
  /**
   * L1 weight alpha >= 0 of min_w ½‖x − Dᵀw‖² + alpha‖w‖₁ (default 0.1). Scaling: the ½ on
   * the squared error means this alpha is half the alpha of the unhalved objective
   * ‖x − Dᵀw‖² + alpha‖w‖₁ used by paper 2's GPU code.
   */
  alpha?: number;
  /** Iteration cap (default 500). */
  maxIterations?: number;
  /** Stop when the largest coefficient change in one step is below this (default 1e-5). */
  tolerance?: number;
  /** Coefficients with |w| below this are set to 0 afterwards (default 1e-3, as paper 2). */
  threshold?: number;
  /** Atoms that must stay 0 (e.g. a word's own row when encoding that word). */
  exclude?: ReadonlySet<number>;
  /** Atoms left out of the L1 penalty (e.g. a control covariate in a regression). */
  unpenalized?: ReadonlySet<number>;
  /** Warm start: a previous solution (e.g. at a nearby alpha, or of a nearby vector). */
  initial?: ArrayLike<number>;
  /** Gradient-based adaptive restart of the momentum (O'Donoghue & Candès 2015). Default true. */
  restart?: boolean;
  /**
   * Dense dictionaries only: solve on a working set of this many atoms (those most correlated
   * with x, plus the warm start's support), then add the atoms that violate the optimality
   * conditions and re-solve until none do. Same optimum, much cheaper iterations when the
   * dictionary is large and the solution sparse. Default: off.
   */
  workingSet?: number;
  /** A known upper bound on the Lipschitz constant (largest eigenvalue of D Dᵀ). */
  lipschitz?: number;
}

export interface LassoResult {
  readonly weights: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * A linear map w (length `atoms`) -> Dᵀw (length `dimensions`) and its adjoint, so the same
 * solver serves a dense word dictionary and a regression design matrix.
 */
export interface LinearOperator {
  readonly atoms: number;
  readonly dimensions: number;
  /** out = Dᵀ w. */
  forward(w: Float64Array, out: Float64Array): void;
  /** out = D r. */
  adjoint(r: Float64Array, out: Float64Array): void;
}

const operatorCache = new WeakMap<Float32Array, LinearOperator>();

/** The operator of a dense row-major dictionary (cached per matrix; skips zero weights). */
export function denseOperator(dict: Dictionary): LinearOperator {
  const hit = operatorCache.get(dict.matrix);
  if (hit !== undefined && hit.atoms === dict.atoms && hit.dimensions === dict.dimensions) return hit;
  const { atoms: k, dimensions: d } = dict;
  const m = Float64Array.from(dict.matrix);
  const op: LinearOperator = {
    atoms: k,
    dimensions: d,
    forward(w, out) {
      out.fill(0);
      for (let a = 0; a < k; a++) {
        const wa = w[a] as number;
        if (wa === 0) continue;
        const base = a * d;
        for (let j = 0; j < d; j++) out[j] = (out[j] as number) + wa * (m[base + j] as number);
      }
    },
    adjoint(r, out) {
      for (let a = 0; a < k; a++) {
        const base = a * d;
        let g = 0;
        for (let j = 0; j < d; j++) g += (m[base + j] as number) * (r[j] as number);
        out[a] = g;
      }
    },
  };
  operatorCache.set(dict.matrix, op);
  return op;
}

const lipschitzCache = new WeakMap<object, number>();

/** Largest eigenvalue of D Dᵀ (the gradient's Lipschitz constant), by power iteration; cached. */
export function lipschitzOf(dict: Dictionary | LinearOperator): number {
  const op = 'matrix' in dict ? denseOperator(dict) : dict;
  const cached = lipschitzCache.get(op);
  if (cached !== undefined) return cached;
  let v = new Float64Array(op.atoms).fill(1 / Math.sqrt(op.atoms));
  const image = new Float64Array(op.dimensions);
  let lambda = 0;
  for (let it = 0; it < 200; it++) {
    op.forward(v, image);
    const u = new Float64Array(op.atoms);
    op.adjoint(image, u);
    const n = norm(u);
    if (n === 0) break;
    const converged = Math.abs(n - lambda) <= 1e-7 * n;
    lambda = n;
    for (let a = 0; a < u.length; a++) u[a] = (u[a] as number) / n;
    v = u;
    if (converged) break;
  }
  // a hair above the estimate: power iteration approaches the top eigenvalue from below
  const l = Math.max(lambda * 1.001, 1e-12);
  lipschitzCache.set(op, l);
  return l;
}

/**
 * Lasso by FISTA (Beck & Teboulle 2009): min_w ½‖x − Dᵀw‖² + alpha‖w‖₁ with step 1/L, L the
 * largest eigenvalue of D Dᵀ, warm starts and adaptive restart; afterwards |w| < threshold
 * is set to 0.
 */
export function fista(x: ArrayLike<number>, dict: Dictionary | LinearOperator, options: LassoOptions = {}): LassoResult {
  if ('matrix' in dict && options.workingSet !== undefined && dict.atoms > 2 * options.workingSet) return fistaWorkingSet(x, dict, options.workingSet, options);
  const op = 'matrix' in dict ? denseOperator(dict) : dict;
  const { atoms: k, dimensions: d } = op;
  if (x.length !== d) throw new AnalysisError('DIMENSION_MISMATCH', `vector has ${x.length} dimensions, dictionary ${d}`);
  const alpha = options.alpha ?? 0.1;
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new AnalysisError('INVALID_ARGUMENT', `alpha must be a finite number >= 0, got ${alpha}`);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-5;
  const restart = options.restart ?? true;
  const step = 1 / (options.lipschitz ?? lipschitzOf(op));
  const penalty = new Float64Array(k).fill(step * alpha);
  const frozen = new Uint8Array(k);
  for (const a of options.exclude ?? []) if (a >= 0 && a < k) frozen[a] = 1;
  for (const a of options.unpenalized ?? []) if (a >= 0 && a < k) penalty[a] = 0;
  let w = new Float64Array(k);
  if (options.initial !== undefined) {
    if (options.initial.length !== k) throw new AnalysisError('DIMENSION_MISMATCH', `warm start has ${options.initial.length} atoms, dictionary ${k}`);
    for (let a = 0; a < k; a++) w[a] = frozen[a] === 1 ? 0 : (options.initial[a] as number);
  }
  const target = Float64Array.from(x);
  const y = Float64Array.from(w);
  let next = new Float64Array(k);
  const residual = new Float64Array(d);
  const grad = new Float64Array(k);
  let t = 1;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    op.forward(y, residual);
    for (let j = 0; j < d; j++) residual[j] = (residual[j] as number) - (target[j] as number);
    op.adjoint(residual, grad);
    let change = 0;
    let restartTest = 0;
    for (let a = 0; a < k; a++) {
      if (frozen[a] === 1) {
        next[a] = 0;
        continue;
      }
      const z = (y[a] as number) - step * (grad[a] as number);
      const p = penalty[a] as number;
      const shrunk = z > p ? z - p : z < -p ? z + p : 0;
      next[a] = shrunk;
      const delta = shrunk - (w[a] as number);
      change = Math.max(change, Math.abs(delta));
      restartTest += ((y[a] as number) - shrunk) * delta;
    }
    if (restart && restartTest > 0) {
      // momentum points uphill: drop it
      t = 1;
      y.set(next);
    } else {
      const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
      const momentum = (t - 1) / tNext;
      for (let a = 0; a < k; a++) y[a] = (next[a] as number) + momentum * ((next[a] as number) - (w[a] as number));
      t = tNext;
    }
    [w, next] = [next, w];
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  const threshold = options.threshold ?? 1e-3;
  for (let a = 0; a < k; a++) if (Math.abs(w[a] as number) < threshold && penalty[a] !== 0) w[a] = 0;
  return { weights: w, iterations, converged };
}

/** The working-set strategy of `fista` (see `LassoOptions.workingSet`). */
function fistaWorkingSet(x: ArrayLike<number>, dict: Dictionary, size: number, options: LassoOptions): LassoResult {
  const { atoms: k, dimensions: d } = dict;
  if (x.length !== d) throw new AnalysisError('DIMENSION_MISMATCH', `vector has ${x.length} dimensions, dictionary ${d}`);
  const alpha = options.alpha ?? 0.1;
  const op = denseOperator(dict);
  // a sub-dictionary's top eigenvalue is at most the whole one's (Cauchy interlacing): a safe cap
  const lipschitz = options.lipschitz ?? lipschitzOf(op);
  const frozen = new Set(options.exclude ?? []);
  const target = Float64Array.from(x);
  const w = new Float64Array(k);
  if (options.initial !== undefined) for (let a = 0; a < k; a++) w[a] = frozen.has(a) ? 0 : (options.initial[a] as number);
  const grad = new Float64Array(k);
  op.adjoint(target, grad); // -gradient at w = 0
  const working = new Set<number>();
  for (let a = 0; a < k; a++) if (w[a] !== 0 || options.unpenalized?.has(a) === true) working.add(a);
  const byCorrelation = [...grad.keys()].filter((a) => !frozen.has(a)).sort((p, q) => Math.abs(grad[q] as number) - Math.abs(grad[p] as number));
  for (const a of byCorrelation) {
    if (working.size >= size) break;
    working.add(a);
  }
  const { workingSet: _size, exclude: _exclude, unpenalized: _unpenalized, initial: _initial, ...common } = options;
  const residual = new Float64Array(d);
  let iterations = 0;
  let converged = false;
  for (let round = 0; round < 50; round++) {
    const index = [...working].sort((p, q) => p - q);
    const matrix = new Float32Array(index.length * d);
    index.forEach((a, i) => matrix.set(dict.matrix.subarray(a * d, (a + 1) * d), i * d));
    const local = (set: ReadonlySet<number> | undefined) => {
      if (set === undefined) return undefined;
      const out = new Set<number>();
      index.forEach((a, i) => set.has(a) && out.add(i));
      return out;
    };
    const unpenalized = local(options.unpenalized);
    const subDict = { atoms: index.length, dimensions: d, matrix };
    const sub = fista(target, subDict, {
      ...common,
      ...(unpenalized === undefined ? {} : { unpenalized }),
      // the sub-dictionary's own constant (smaller: longer steps), with a margin for the power-iteration estimate
      lipschitz: Math.min(lipschitz, lipschitzOf(subDict) * 1.01),
      threshold: 0,
      initial: index.map((a) => w[a] as number),
      maxIterations: Math.max(1, (options.maxIterations ?? 500) - iterations),
    });
    iterations += sub.iterations;
    index.forEach((a, i) => (w[a] = sub.weights[i] as number));
    op.forward(w, residual);
    for (let j = 0; j < d; j++) residual[j] = (residual[j] as number) - (target[j] as number);
    op.adjoint(residual, grad);
    const violators: number[] = [];
    for (let a = 0; a < k; a++) if (!working.has(a) && !frozen.has(a) && Math.abs(grad[a] as number) > alpha * (1 + 1e-3) + 1e-9) violators.push(a);
    if (violators.length === 0) {
      converged = sub.converged;
      break;
    }
    if (iterations >= (options.maxIterations ?? 500)) break;
    violators.sort((p, q) => Math.abs(grad[q] as number) - Math.abs(grad[p] as number));
    for (const a of violators.slice(0, Math.max(32, size >> 1))) working.add(a);
  }
  const threshold = options.threshold ?? 1e-3;
  for (let a = 0; a < k; a++) if (Math.abs(w[a] as number) < threshold && options.unpenalized?.has(a) !== true) w[a] = 0;
  return { weights: w, iterations, converged };
}

/** The lasso weights alone (see `fista`). */
export function lasso(x: ArrayLike<number>, dict: Dictionary | LinearOperator, options: LassoOptions = {}): Float64Array {
  return fista(x, dict, options).weights;
}

/** The smallest alpha at which every penalised weight is 0: max |D x| (for a path downwards from it). */
export function alphaMax(x: ArrayLike<number>, dict: Dictionary | LinearOperator): number {
  const op = 'matrix' in dict ? denseOperator(dict) : dict;
  const g = new Float64Array(op.atoms);
  op.adjoint(Float64Array.from(x), g);
  let m = 0;
  for (let a = 0; a < g.length; a++) m = Math.max(m, Math.abs(g[a] as number));
  return m;
}
