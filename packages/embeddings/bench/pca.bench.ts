/**
 * `npx tsx --conditions=source packages/embeddings/bench/pca.bench.ts` (from the repo root): principalComponents, which takes several
 * components exactly from the Jacobi eigen-decomposition of the smaller of the n x n Gram and d x d scatter matrices (session 38),
 * against the deflated power iteration it replaced (bench/baseline/pca-power-v1.ts), in the same process, on sentence-like rows (a
 * shared direction plus noise, 100 dimensions as GloVe's) with the PCA selector's count (min(n, 20)). Targets: new/previous <= 0.5
 * up to 60 rows (a web page or an article), <= 1 at any size, and the same first three directions as the power iteration run to
 * convergence (|cos| >= 0.999; its 100 default steps are not enough at 200 rows).
 */
import { principalComponents as powerV1 } from './baseline/pca-power-v1.js';
import { createRandom, dot, principalComponents } from '../src/math/index.js';
import { median } from './timing.js';

const D = 100;
function rowsOf(n: number, seed: number): Float32Array[] {
  const rnd = createRandom(seed);
  const shared = Float32Array.from({ length: D }, () => rnd() - 0.5);
  return Array.from({ length: n }, () => Float32Array.from({ length: D }, (_, j) => shared[j]! + (rnd() - 0.5) * (1 + (j % 10) / 5)));
}

console.log('| rows x 100 dims (components) | power iteration (before) | principalComponents | ratio (target <= 0.5 to 60 rows, <= 1) | first three agree |');
console.log('|---|---:|---:|---:|---|');
for (const n of [10, 30, 60, 99, 200]) {
  const rows = rowsOf(n, n);
  const count = Math.min(n, 20);
  const before = median(() => powerV1(rows, { count }), 15);
  const now = median(() => principalComponents(rows, { count }), 15);
  const a = powerV1(rows, { count: 3, maxIterations: 5000, tolerance: 1e-12 }).components;
  const b = principalComponents(rows, { count: 3 }).components;
  const agree = a.every((v, i) => b[i] !== undefined && Math.abs(dot(v, b[i]!)) >= 0.999);
  console.log(`| ${n} (${count}) | ${before.toFixed(2)} ms | ${now.toFixed(2)} ms | ${(now / before).toFixed(2)}x | ${agree ? 'yes' : 'NO'} |`);
}
