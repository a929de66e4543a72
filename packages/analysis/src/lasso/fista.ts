import { AnalysisError } from '../errors.js';
import { denseOperator, lipschitzOf, type Dictionary, type LinearOperator } from './operator.js';

// the solver's operators, re-exported beside it
export { denseOperator, lipschitzOf, type Dictionary, type LinearOperator } from './operator.js';

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

/** The gradient of ½‖x − Dᵀw‖² at w into `grad` (D(Dᵀw − x)), `residual` as scratch. */
function gradientAt(op: LinearOperator, w: Float64Array, target: Float64Array, residual: Float64Array, grad: Float64Array): void {
  op.forward(w, residual);
  for (let j = 0; j < op.dimensions; j++) residual[j] = residual[j]! - target[j]!;
  op.adjoint(residual, grad);
}

/** Sets |w| < threshold to 0, except where `keep` says otherwise. */
function zeroBelow(w: Float64Array, threshold: number, keep: (a: number) => boolean): void {
  for (let a = 0; a < w.length; a++) if (Math.abs(w[a]!) < threshold && !keep(a)) w[a] = 0;
}

/** What `fista` iterates with, from its checked options. */
interface FistaSetup {
  readonly step: number;
  /** step·alpha per atom (0 when unpenalised). */
  readonly penalty: Float64Array;
  /** 1 for atoms held at 0. */
  readonly frozen: Uint8Array;
  /** The warm start (0 at frozen atoms). */
  readonly start: Float64Array;
}

function setUp(x: ArrayLike<number>, op: LinearOperator, options: LassoOptions): FistaSetup {
  const { atoms: k, dimensions: d } = op;
  if (x.length !== d) throw new AnalysisError('DIMENSION_MISMATCH', `vector has ${x.length} dimensions, dictionary ${d}`);
  const alpha = options.alpha ?? 0.1;
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new AnalysisError('INVALID_ARGUMENT', `alpha must be a finite number >= 0, got ${alpha}`);
  const step = 1 / (options.lipschitz ?? lipschitzOf(op));
  const penalty = new Float64Array(k).fill(step * alpha);
  const frozen = new Uint8Array(k);
  for (const a of options.exclude ?? []) if (a >= 0 && a < k) frozen[a] = 1;
  for (const a of options.unpenalized ?? []) if (a >= 0 && a < k) penalty[a] = 0;
  const start = new Float64Array(k);
  if (options.initial !== undefined) {
    if (options.initial.length !== k) throw new AnalysisError('DIMENSION_MISMATCH', `warm start has ${options.initial.length} atoms, dictionary ${k}`);
    for (let a = 0; a < k; a++) start[a] = frozen[a] === 1 ? 0 : options.initial[a]!;
  }
  return { step, penalty, frozen, start };
}

/**
 * One proximal-gradient step from y: next = soft-threshold(y − step·grad). Returns the largest
 * change from the previous iterate w and the restart test (y − next)·(next − w), positive when
 * the momentum points uphill.
 */
function proximalStep(y: Float64Array, grad: Float64Array, w: Float64Array, next: Float64Array, setup: FistaSetup): { change: number; restartTest: number } {
  const { step, penalty, frozen } = setup;
  let change = 0;
  let restartTest = 0;
  for (let a = 0; a < y.length; a++) {
    if (frozen[a] === 1) {
      next[a] = 0;
      continue;
    }
    const z = y[a]! - step * grad[a]!;
    const p = penalty[a]!;
    const shrunk = z > p ? z - p : z < -p ? z + p : 0;
    next[a] = shrunk;
    const delta = shrunk - w[a]!;
    change = Math.max(change, Math.abs(delta));
    restartTest += (y[a]! - shrunk) * delta;
  }
  return { change, restartTest };
}

/**
 * Lasso by FISTA (Beck & Teboulle 2009): min_w ½‖x − Dᵀw‖² + alpha‖w‖₁ with step 1/L, L the
 * largest eigenvalue of D Dᵀ, warm starts and adaptive restart; afterwards |w| < threshold
 * is set to 0.
 */
export function fista(x: ArrayLike<number>, dict: Dictionary | LinearOperator, options: LassoOptions = {}): LassoResult {
  if ('matrix' in dict && options.workingSet !== undefined && dict.atoms > 2 * options.workingSet) return fistaWorkingSet(x, dict, options.workingSet, options);
  const op = 'matrix' in dict ? denseOperator(dict) : dict;
  const setup = setUp(x, op, options);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-5;
  const restart = options.restart ?? true;
  let w = setup.start;
  const target = Float64Array.from(x);
  const y = Float64Array.from(w);
  let next: Float64Array = new Float64Array(op.atoms);
  const residual = new Float64Array(op.dimensions);
  const grad = new Float64Array(op.atoms);
  let t = 1;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    gradientAt(op, y, target, residual, grad);
    const { change, restartTest } = proximalStep(y, grad, w, next, setup);
    if (restart && restartTest > 0) {
      // momentum points uphill: drop it
      t = 1;
      y.set(next);
    } else {
      const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
      const momentum = (t - 1) / tNext;
      for (let a = 0; a < y.length; a++) y[a] = next[a]! + momentum * (next[a]! - w[a]!);
      t = tNext;
    }
    [w, next] = [next, w];
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  zeroBelow(w, options.threshold ?? 1e-3, (a) => setup.penalty[a] === 0);
  return { weights: w, iterations, converged };
}

/** The first working set: the warm start's support and the unpenalised atoms, then the atoms most correlated with x (`grad` = D x). */
function initialWorkingSet(
  w: Float64Array,
  grad: Float64Array,
  frozen: ReadonlySet<number>,
  size: number,
  unpenalized: ReadonlySet<number> | undefined,
): Set<number> {
  const working = new Set<number>();
  for (let a = 0; a < w.length; a++) if (w[a] !== 0 || unpenalized?.has(a) === true) working.add(a);
  const byCorrelation = [...grad.keys()].filter((a) => !frozen.has(a)).sort((p, q) => Math.abs(grad[q]!) - Math.abs(grad[p]!));
  for (const a of byCorrelation) {
    if (working.size >= size) break;
    working.add(a);
  }
  return working;
}

/** `fista` on the sub-dictionary of the atoms `index` (ascending), warm-started from w; `lipschitz` caps the step. */
function solveOn(index: readonly number[], dict: Dictionary, target: Float64Array, w: Float64Array, lipschitz: number, options: LassoOptions): LassoResult {
  const d = dict.dimensions;
  const matrix = new Float32Array(index.length * d);
  index.forEach((a, i) => matrix.set(dict.matrix.subarray(a * d, (a + 1) * d), i * d));
  const { workingSet: _size, exclude: _exclude, unpenalized: whole, initial: _initial, ...common } = options;
  let unpenalized: Set<number> | undefined;
  if (whole !== undefined) {
    unpenalized = new Set<number>();
    for (const [i, a] of index.entries()) if (whole.has(a)) unpenalized.add(i);
  }
  const subDict = { atoms: index.length, dimensions: d, matrix };
  return fista(target, subDict, {
    ...common,
    ...(unpenalized === undefined ? {} : { unpenalized }),
    // the sub-dictionary's own constant (smaller: longer steps), with a margin for the power-iteration estimate
    lipschitz: Math.min(lipschitz, lipschitzOf(subDict) * 1.01),
    threshold: 0,
    initial: index.map((a) => w[a]!),
  });
}

/** The working-set strategy of `fista` (see `LassoOptions.workingSet`). */
function fistaWorkingSet(x: ArrayLike<number>, dict: Dictionary, size: number, options: LassoOptions): LassoResult {
  const { atoms: k, dimensions: d } = dict;
  if (x.length !== d) throw new AnalysisError('DIMENSION_MISMATCH', `vector has ${x.length} dimensions, dictionary ${d}`);
  const alpha = options.alpha ?? 0.1;
  const maxIterations = options.maxIterations ?? 500;
  const op = denseOperator(dict);
  // a sub-dictionary's top eigenvalue is at most the whole one's (Cauchy interlacing): a safe cap
  const lipschitz = options.lipschitz ?? lipschitzOf(op);
  const frozen = new Set(options.exclude ?? []);
  const target = Float64Array.from(x);
  const w = new Float64Array(k);
  if (options.initial !== undefined) for (let a = 0; a < k; a++) w[a] = frozen.has(a) ? 0 : options.initial[a]!;
  const grad = new Float64Array(k);
  op.adjoint(target, grad); // -gradient at w = 0
  const working = initialWorkingSet(w, grad, frozen, size, options.unpenalized);
  const residual = new Float64Array(d);
  let iterations = 0;
  let converged = false;
  for (let round = 0; round < 50; round++) {
    const index = [...working].sort((p, q) => p - q);
    const sub = solveOn(index, dict, target, w, lipschitz, { ...options, maxIterations: Math.max(1, maxIterations - iterations) });
    iterations += sub.iterations;
    index.forEach((a, i) => (w[a] = sub.weights[i]!));
    gradientAt(op, w, target, residual, grad);
    // atoms outside the set that violate the optimality condition |D(x − Dᵀw)|_a <= alpha
    const violators: number[] = [];
    for (let a = 0; a < k; a++) if (!working.has(a) && !frozen.has(a) && Math.abs(grad[a]!) > alpha * (1 + 1e-3) + 1e-9) violators.push(a);
    if (violators.length === 0) {
      converged = sub.converged;
      break;
    }
    if (iterations >= maxIterations) break;
    violators.sort((p, q) => Math.abs(grad[q]!) - Math.abs(grad[p]!));
    for (const a of violators.slice(0, Math.max(32, size >> 1))) working.add(a);
  }
  zeroBelow(w, options.threshold ?? 1e-3, (a) => options.unpenalized?.has(a) === true);
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
  for (let a = 0; a < g.length; a++) m = Math.max(m, Math.abs(g[a]!));
  return m;
}
