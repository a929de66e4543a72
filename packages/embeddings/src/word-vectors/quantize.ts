/**
 * Symmetric int8 quantization with one float32 scale per row: q = round(x / s), s = max|x| / 127,
 * so every component comes back within s / 2 (`dequantizeRow`). No Node imports (browser-safe).
 */

/** Quantizes `row` into `out` (same length); returns the row's scale (0 for a zero row). */
export function quantizeRow(row: ArrayLike<number>, out: Int8Array): number {
  let max = 0;
  for (let j = 0; j < row.length; j++) max = Math.max(max, Math.abs(row[j]!));
  // The smallest float32 (2^-149) keeps subnormal rows from getting scale 0 (and losing them).
  const scale = max === 0 ? 0 : Math.max(Math.fround(max / 127), 2 ** -149);
  for (let j = 0; j < row.length; j++) out[j] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(row[j]! / scale)));
  return scale;
}

/** x = q * scale for every component of a quantized row, into `out`. */
export function dequantizeRow(q: Int8Array, scale: number, out: Float32Array): Float32Array {
  for (let j = 0; j < q.length; j++) out[j] = q[j]! * scale;
  return out;
}

/**
 * The factor that turns each quantized row into a unit row: 1 / |q_r| as a float32 (0 for a zero
 * row). A unit row is direction only, so the quantization scale cancels: row r = q_r * f_r.
 */
export function unitFactors(q: Int8Array, dimensions: number): Float32Array {
  const rows = q.length / dimensions;
  const f = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let j = r * dimensions, end = j + dimensions; j < end; j++) sum += q[j]! * q[j]!;
    f[r] = sum === 0 ? 0 : 1 / Math.sqrt(sum);
  }
  return f;
}

/**
 * Every unit row of a quantized matrix as float32: Math.fround(q * f_r), the exact values a
 * composer reading `quantized` directly uses, so both paths give bit-identical sums.
 */
export function dequantizeUnitMatrix(q: Int8Array, factors: Float32Array, dimensions: number): Float32Array {
  const out = new Float32Array(q.length);
  for (let r = 0; r < factors.length; r++) {
    const f = factors[r]!;
    for (let j = r * dimensions, end = j + dimensions; j < end; j++) out[j] = q[j]! * f;
  }
  return out;
}
