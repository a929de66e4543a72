import { solveLinear } from '../redundancy/curve.js';
import { FEATURE_NAMES } from './features.js';
import type { LinearModel, Tree, TreeModel } from './model.js';

/** Training rows: features, a 0/1 label, a weight (1 when omitted) and the row's group (its document, for ranking losses). */
export interface TrainingSet {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly number[];
  readonly w?: readonly number[];
  readonly group?: readonly number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function weightsOf(data: TrainingSet): number[] {
  return data.w === undefined ? data.y.map(() => 1) : [...data.w];
}

/**
 * Weighted L2-regularised logistic regression on standardized features, by Newton's method
 * (IRLS). `l2` is the penalty on the standardized weights, relative to the total weight.
 */
export function fitLogistic(
  data: TrainingSet,
  options: { l2?: number; iterations?: number; trainedOn?: string; features?: readonly string[] } = {},
): LinearModel {
  const features = options.features ?? FEATURE_NAMES;
  const p = features.length;
  const n = data.x.length;
  const w = weightsOf(data);
  const total = w.reduce((s, v) => s + v, 0);
  const l2 = (options.l2 ?? 1e-3) * total;
  const mean = new Array<number>(p).fill(0);
  const scale = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) for (let k = 0; k < p; k++) mean[k] = (mean[k] as number) + ((w[i] as number) * ((data.x[i] as number[])[k] as number)) / total;
  for (let i = 0; i < n; i++) for (let k = 0; k < p; k++) scale[k] = (scale[k] as number) + ((w[i] as number) * (((data.x[i] as number[])[k] as number) - (mean[k] as number)) ** 2) / total;
  for (let k = 0; k < p; k++) scale[k] = Math.sqrt(scale[k] as number) || 1;
  const z = data.x.map((row) => [1, ...row.map((v, k) => (v - (mean[k] as number)) / (scale[k] as number))]);
  const beta = new Array<number>(p + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const hess = Array.from({ length: p + 1 }, (_, a) => Array.from({ length: p + 1 }, (_, b) => (a === b && a > 0 ? l2 : 0)));
    const grad = beta.map((b, k) => (k > 0 ? -l2 * b : 0));
    for (let i = 0; i < n; i++) {
      const zi = z[i] as number[];
      const pi = sigmoid(zi.reduce((s, v, k) => s + v * (beta[k] as number), 0));
      const wi = w[i] as number;
      const r = wi * ((data.y[i] as number) - pi);
      const h = wi * Math.max(pi * (1 - pi), 1e-9);
      for (let a = 0; a <= p; a++) {
        grad[a] = (grad[a] as number) + r * (zi[a] as number);
        const row = hess[a] as number[];
        for (let b = 0; b <= p; b++) row[b] = (row[b] as number) + h * (zi[a] as number) * (zi[b] as number);
      }
    }
    const step = solveLinear(hess, grad);
    let moved = 0;
    for (let k = 0; k <= p; k++) {
      beta[k] = (beta[k] as number) + (step[k] as number);
      moved = Math.max(moved, Math.abs(step[k] as number));
    }
    if (moved < 1e-8) break;
  }
  return {
    kind: 'linear',
    version: 2,
    features: [...features],
    ...(options.trainedOn === undefined ? {} : { trainedOn: options.trainedOn }),
    mean,
    scale,
    weights: beta.slice(1),
    bias: beta[0] as number,
  };
}

export interface TreeOptions {
  /** Number of trees (default 150). */
  readonly trees?: number;
  /** Depth of each tree (default 3: interactions of up to three features). */
  readonly depth?: number;
  /** Shrinkage (default 0.1). */
  readonly learningRate?: number;
  /** L2 on leaf values, relative to the total weight (default 1e-3). */
  readonly l2?: number;
  /** Smallest hessian weight a child may have, relative to the total weight (default 5e-3). */
  readonly minChild?: number;
  readonly trainedOn?: string;
  /** Names of the feature columns (default FEATURE_NAMES, what the summarizer computes). */
  readonly features?: readonly string[];
  /**
   * `logistic` (default): each row's label on its own, scores are log-odds. `pairwise`
   * (RankNet): within each group, every pair of rows with different labels, scores are only
   * compared within a document. Needs `group`.
   */
  readonly loss?: 'logistic' | 'pairwise';
}

/**
 * Gradient-boosted regression trees on the logistic loss, or on the pairwise (RankNet) loss
 * within groups (second-order leaf values, exact splits over presorted features). Small and
 * deterministic: no sampling.
 */
export function fitTrees(data: TrainingSet, options: TreeOptions = {}): TreeModel {
  const n = data.x.length;
  const features = options.features ?? FEATURE_NAMES;
  const p = features.length;
  const w = weightsOf(data);
  const total = w.reduce((s, v) => s + v, 0);
  const lambda = (options.l2 ?? 1e-3) * total;
  const minChild = (options.minChild ?? 5e-3) * total;
  const depth = options.depth ?? 3;
  const lr = options.learningRate ?? 0.1;
  const positive = data.y.reduce((s, v, i) => s + v * (w[i] as number), 0) / total;
  const pairwise = options.loss === 'pairwise';
  const pairs = pairwise ? pairsOf(data) : [];
  const base = pairwise ? 0 : Math.log(Math.max(1e-6, positive) / Math.max(1e-6, 1 - positive));
  const order = Array.from({ length: p }, (_, k) => [...Array(n).keys()].sort((a, b) => ((data.x[a] as number[])[k] as number) - ((data.x[b] as number[])[k] as number)));
  const margin = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  for (let t = 0; t < (options.trees ?? 150); t++) {
    if (pairwise) {
      g.fill(0);
      h.fill(1e-9);
      for (const [i, j, weight] of pairs) {
        const rho = sigmoid((margin[j] as number) - (margin[i] as number));
        g[i] = (g[i] as number) + weight * rho;
        g[j] = (g[j] as number) - weight * rho;
        const hh = weight * Math.max(rho * (1 - rho), 1e-9);
        h[i] = (h[i] as number) + hh;
        h[j] = (h[j] as number) + hh;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(margin[i] as number);
        g[i] = (w[i] as number) * ((data.y[i] as number) - pi);
        h[i] = (w[i] as number) * Math.max(pi * (1 - pi), 1e-9);
      }
    }
    const tree = growTree(data.x, order, g, h, { depth, lambda, minChild, lr });
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let k = 0;
      const x = data.x[i] as number[];
      while ((tree.feature[k] as number) >= 0) k = (x[tree.feature[k] as number] as number) <= (tree.threshold[k] as number) ? (tree.left[k] as number) : (tree.right[k] as number);
      margin[i] = (margin[i] as number) + (tree.value[k] as number);
    }
  }
  return {
    kind: 'trees',
    version: 2,
    features: [...features],
    ...(options.trainedOn === undefined ? {} : { trainedOn: options.trainedOn }),
    ...(pairwise ? { loss: 'pairwise' as const } : {}),
    base,
    trees,
  };
}

/**
 * Pairs (better row, worse row, weight) within each group: every two rows whose labels differ,
 * weighted by the label gap and the rows' weight, scaled so a group's pairs weigh what its rows
 * weigh.
 */
function pairsOf(data: TrainingSet): [number, number, number][] {
  if (data.group === undefined || data.group.length !== data.y.length) throw new RangeError('the pairwise loss needs a group for every row');
  const w = weightsOf(data);
  const byGroup = new Map<number, number[]>();
  data.group.forEach((gr, i) => {
    const rows = byGroup.get(gr);
    if (rows === undefined) byGroup.set(gr, [i]);
    else rows.push(i);
  });
  const out: [number, number, number][] = [];
  for (const rows of byGroup.values()) {
    const own: [number, number, number][] = [];
    for (const a of rows) for (const b of rows) {
      const gap = (data.y[a] as number) - (data.y[b] as number);
      if (gap > 0) own.push([a, b, gap]);
    }
    const rowWeight = rows.reduce((s, i) => s + (w[i] as number), 0);
    const pairWeight = own.reduce((s, p) => s + p[2], 0);
    for (const [a, b, gap] of own) out.push([a, b, (gap * rowWeight) / Math.max(1e-12, pairWeight)]);
  }
  return out;
}

function growTree(
  x: readonly (readonly number[])[],
  order: readonly number[][],
  g: Float64Array,
  h: Float64Array,
  o: { depth: number; lambda: number; minChild: number; lr: number },
): Tree {
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const node = new Int32Array(x.length); // node of each row
  const stats: { G: number; H: number }[] = [];
  const addNode = (G: number, H: number): number => {
    feature.push(-1);
    threshold.push(0);
    left.push(-1);
    right.push(-1);
    value.push((o.lr * G) / (H + o.lambda));
    stats.push({ G, H });
    return value.length - 1;
  };
  let G0 = 0;
  let H0 = 0;
  for (let i = 0; i < x.length; i++) {
    G0 += g[i] as number;
    H0 += h[i] as number;
  }
  let level = [addNode(G0, H0)];
  for (let d = 0; d < o.depth && level.length > 0; d++) {
    const slot = new Map(level.map((k, s) => [k, s]));
    const best = level.map(() => ({ gain: 1e-12, feature: -1, threshold: 0, GL: 0, HL: 0 }));
    for (let f = 0; f < order.length; f++) {
      const GL = new Float64Array(level.length);
      const HL = new Float64Array(level.length);
      const last = new Float64Array(level.length).fill(Number.NaN);
      for (const i of order[f] as number[]) {
        const s = slot.get(node[i] as number);
        if (s === undefined) continue;
        const v = (x[i] as number[])[f] as number;
        const st = stats[level[s] as number] as { G: number; H: number };
        const lastV = last[s] as number;
        if (!Number.isNaN(lastV) && v > lastV && (HL[s] as number) >= o.minChild && st.H - (HL[s] as number) >= o.minChild) {
          const gl = GL[s] as number;
          const hl = HL[s] as number;
          const gain = (gl * gl) / (hl + o.lambda) + (st.G - gl) ** 2 / (st.H - hl + o.lambda) - (st.G * st.G) / (st.H + o.lambda);
          const b = best[s] as { gain: number };
          if (gain > b.gain) best[s] = { gain, feature: f, threshold: (lastV + v) / 2, GL: gl, HL: hl };
        }
        GL[s] = (GL[s] as number) + (g[i] as number);
        HL[s] = (HL[s] as number) + (h[i] as number);
        last[s] = v;
      }
    }
    const next: number[] = [];
    level.forEach((k, s) => {
      const b = best[s] as { feature: number; threshold: number; GL: number; HL: number };
      if (b.feature < 0) return;
      const st = stats[k] as { G: number; H: number };
      feature[k] = b.feature;
      threshold[k] = b.threshold;
      left[k] = addNode(b.GL, b.HL);
      right[k] = addNode(st.G - b.GL, st.H - b.HL);
      next.push(left[k] as number, right[k] as number);
    });
    for (let i = 0; i < x.length; i++) {
      const k = node[i] as number;
      if ((feature[k] as number) >= 0 && slot.has(k)) node[i] = ((x[i] as number[])[feature[k] as number] as number) <= (threshold[k] as number) ? (left[k] as number) : (right[k] as number);
    }
    level = next;
  }
  return { feature, threshold, left, right, value };
}
