export { dot, norm, normalize, cosine, addScaled, subtract, sum, mean, isZero, removeProjection } from './vector.js';
export { principalComponents } from './pca.js';
export type { PrincipalComponents, PrincipalComponentsOptions } from './pca.js';
export { createRandom } from './random.js';
