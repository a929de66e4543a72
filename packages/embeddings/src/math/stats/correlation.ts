import { mean } from './descriptive.js';

/** Pearson correlation of two equal-length samples (0 when either is constant or they differ in length). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n === 0 || n !== y.length) return 0;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Partial correlation of x and y controlling for z. */
export function partialCorrelation(x: readonly number[], y: readonly number[], z: readonly number[]): number {
  const rxy = pearson(x, y);
  const rxz = pearson(x, z);
  const ryz = pearson(y, z);
  const den = Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
  return den === 0 ? 0 : (rxy - rxz * ryz) / den;
}
