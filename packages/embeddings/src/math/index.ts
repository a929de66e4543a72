/**
 * @vecsum/embeddings/math: the project's one home for numeric helpers. Vectors (dot, cosine,
 * norm...), PCA, linear algebra (solveLinear, least-squares polynomials), the seeded PRNG, and
 * statistics (mean, deviation, z-scores, median, correlation, cross-validated R², bootstrap
 * intervals, paired bootstrap and t tests).
 */
export { dot, norm, normalize, cosine, addScaled, subtract, sum, meanVector, isZero, removeProjection } from './vector.js';
export { principalComponents } from './pca.js';
export type { PrincipalComponents, PrincipalComponentsOptions } from './pca.js';
export { createRandom, randomIndex } from './random.js';
export type { Random } from './random.js';
export { solveLinear, fitPolynomial, evaluatePolynomial } from './linear.js';
export type { Polynomial } from './linear.js';
export { mean, meanAndDeviation, standardize, median } from './stats/descriptive.js';
export type { DeviationOptions } from './stats/descriptive.js';
export { pearson, partialCorrelation } from './stats/correlation.js';
export { crossValidatedR2 } from './stats/cross-validation.js';
export { bootstrapMean, percentileInterval } from './stats/bootstrap.js';
export type { BootstrapOptions, MeanWithInterval } from './stats/bootstrap.js';
export { pairedBootstrapTest, pairedTTest } from './stats/paired.js';
export type { PairedBootstrapResult, PairedTTestResult } from './stats/paired.js';
