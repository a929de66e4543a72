/** Eigenvalues (descending) and unit eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  readonly values: Float64Array;
  /** Eigenvector k is row k (`vectors[k * n + j]`), in the order of `values`. */
  readonly vectors: Float64Array;
}

/** Sweeps after which the cyclic Jacobi method gives up (it converges quadratically, in well under 20 for our sizes). */
const MAX_SWEEPS = 50;

/**
 * All eigenpairs of the symmetric n x n matrix `a` (row-major; only read, never changed) by the
 * cyclic Jacobi method: plane rotations zero each off-diagonal entry in turn until the
 * off-diagonal mass is below 1e-30 of the whole (machine precision). Exact to rounding where
 * power iteration stalls on close eigenvalues, and O(n^3) per sweep, so meant for the small
 * matrices of a document (a Gram or scatter matrix of at most a few hundred rows).
 */
export function symmetricEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < n * n; i++) total += m[i]! * m[i]!;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! * m[p * n + q]!;
    if (off <= total * 1e-30 || off === 0) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(m, v, n, p, q);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => m[y * n + y]! - m[x * n + x]! || x - y);
  const values = Float64Array.from(order, (i) => m[i * n + i]!);
  const vectors = new Float64Array(n * n);
  order.forEach((col, k) => {
    for (let j = 0; j < n; j++) vectors[k * n + j] = v[j * n + col]!;
  });
  return { values, vectors };
}

/** One Jacobi rotation in the (p, q) plane that zeroes m[p][q]; m <- J^T m J, v <- v J. */
function rotate(m: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = m[p * n + q]!;
  if (apq === 0) return;
  const theta = (m[q * n + q]! - m[p * n + p]!) / (2 * apq);
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const kp = m[k * n + p]!;
    const kq = m[k * n + q]!;
    m[k * n + p] = c * kp - s * kq;
    m[k * n + q] = s * kp + c * kq;
  }
  for (let k = 0; k < n; k++) {
    const pk = m[p * n + k]!;
    const qk = m[q * n + k]!;
    m[p * n + k] = c * pk - s * qk;
    m[q * n + k] = s * pk + c * qk;
  }
  for (let k = 0; k < n; k++) {
    const kp = v[k * n + p]!;
    const kq = v[k * n + q]!;
    v[k * n + p] = c * kp - s * kq;
    v[k * n + q] = s * kp + c * kq;
  }
}
