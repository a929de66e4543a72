import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../problem.js';

const equal = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * API-key check for /v1 routes when keys are configured: `Authorization: Bearer KEY` or
 * `x-api-key: KEY`. Missing: 401; wrong: 403.
 */
export function apiKeys(keys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (keys.length === 0) return next();
    const auth = c.req.header('authorization');
    const given = c.req.header('x-api-key') ?? (auth?.startsWith('Bearer ') === true ? auth.slice(7) : undefined);
    if (given === undefined || given === '') {
      throw new ApiError(401, 'UNAUTHENTICATED', 'An API key is required (Authorization: Bearer KEY or x-api-key).', { headers: { 'www-authenticate': 'Bearer' } });
    }
    if (!keys.some((k) => equal(k, given))) throw new ApiError(403, 'FORBIDDEN', 'The API key is not valid.');
    return next();
  };
}
