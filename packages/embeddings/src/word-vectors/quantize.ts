/**
 * Symmetric int8 quantization with one float32 scale per row: q = round(x / s), s = max|x| / 127,
 * so every component comes back within s / 2 (`dequantizeRow`). No Node imports (browser-safe).
 */

/** Quantizes `row` into `out` (same length); returns the row's scale (0 for a zero row). */
export function quantizeRow(row: ArrayLike<number>, out: Int8Array): number {
  let max = 0;
  for (let j = 0; j < row.length; j++) max = Math.max(max, Math.abs(row[j] as number));
  // The smallest float32 (2^-149) keeps subnormal rows from getting scale 0 (and losing them).
  const scale = max === 0 ? 0 : Math.max(Math.fround(max / 127), 2 ** -149);
  for (let j = 0; j < row.length; j++) out[j] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round((row[j] as number) / scale)));
  return scale;
}

/** x = q * scale for every component of a quantized row, into `out`. */
export function dequantizeRow(q: Int8Array, scale: number, out: Float32Array): Float32Array {
  for (let j = 0; j < q.length; j++) out[j] = (q[j] as number) * scale;
  return out;
}

/**
 * Dequantizes row `r` of a quantized matrix into `out` at `outAt`, rescaled to unit length (the
 * `WordVectors` contract; quantization moves a row's norm by well under 1 %, the direction is
 * what counts).
 */
export function dequantizeUnitRow(q: Int8Array, scales: Float32Array, dimensions: number, r: number, out: Float32Array, outAt: number): void {
  const base = r * dimensions;
  const s = scales[r] as number;
  let sum = 0;
  for (let j = 0; j < dimensions; j++) {
    const x = (q[base + j] as number) * s;
    out[outAt + j] = x;
    sum += x * x;
  }
  if (sum === 0) return;
  const inv = 1 / Math.sqrt(sum);
  for (let j = 0; j < dimensions; j++) out[outAt + j] = (out[outAt + j] as number) * inv;
}

/** Every row of a quantized matrix as unit float32 rows. */
export function dequantizeUnitMatrix(q: Int8Array, scales: Float32Array, dimensions: number): Float32Array {
  const out = new Float32Array(q.length);
  for (let r = 0; r < scales.length; r++) dequantizeUnitRow(q, scales, dimensions, r, out, r * dimensions);
  return out;
}
