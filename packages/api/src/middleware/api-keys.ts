import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../problem.js';

const equal = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface AuthLimits {
  /** Wrong keys one client address may send in a burst (default 10). */
  readonly burst: number;
  /** Wrong keys per second it earns back (default 1). */
  readonly perSecond: number;
}

const DEFAULT_AUTH_LIMITS: AuthLimits = { burst: 10, perSecond: 1 };
const MAX_TRACKED = 10_000;

/** Token buckets of failed attempts per client address: empty means 429 until refilled. */
function failureBuckets(limits: AuthLimits) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (ip: string, now: number) => {
    const b = buckets.get(ip);
    if (b === undefined) return limits.burst;
    return Math.min(limits.burst, b.tokens + ((now - b.at) / 1000) * limits.perSecond);
  };
  return {
    blockedFor(ip: string): number {
      const tokens = level(ip, Date.now());
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / limits.perSecond);
    },
    fail(ip: string): void {
      const now = Date.now();
      const tokens = level(ip, now) - 1;
      buckets.delete(ip);
      buckets.set(ip, { tokens, at: now });
      if (buckets.size > MAX_TRACKED) buckets.delete(buckets.keys().next().value!);
    },
  };
}

const clientAddress = (c: Context<AppEnv>): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
};

/** The key of `Authorization: Bearer KEY` (scheme case-insensitive, RFC 7235) or `x-api-key: KEY`. */
export function givenKey(authorization: string | undefined, apiKey: string | undefined): string | undefined {
  if (apiKey !== undefined) return apiKey;
  const m = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return m?.[1];
}

/** The API-key check of /v1 routes, built once so every path that serves them shares its failure counts. */
export interface KeyCheck {
  /**
   * Whether a request from `ip` with these headers passes now (a right key, an address not
   * blocked), counting nothing; the middleware answers the others.
   */
  admits(ip: string, authorization: string | undefined, apiKey: string | undefined): boolean;
  /** The check as Hono middleware: 401, 403 (counted) or 429 AUTH_RATE_LIMITED, else on. */
  readonly middleware: MiddlewareHandler<AppEnv>;
}

/**
 * API-key check for /v1 routes when keys are configured: `Authorization: Bearer KEY` or
 * `x-api-key: KEY`. Missing: 401; wrong: 403; a client address with too many wrong keys: 429
 * AUTH_RATE_LIMITED with Retry-After, before its key is even compared.
 */
export function createKeyCheck(keys: readonly string[], limits: AuthLimits = DEFAULT_AUTH_LIMITS): KeyCheck {
  const buckets = failureBuckets(limits);
  const known = (given: string) => keys.some((k) => equal(k, given));
  return {
    admits(ip, authorization, apiKey) {
      if (keys.length === 0) return true;
      const given = givenKey(authorization, apiKey);
      return given !== undefined && given !== '' && buckets.blockedFor(ip) === 0 && known(given);
    },
    async middleware(c, next) {
      if (keys.length === 0) return next();
      const ip = clientAddress(c);
      const wait = buckets.blockedFor(ip);
      if (wait > 0)
        throw new ApiError(429, 'AUTH_RATE_LIMITED', 'Too many requests with a wrong API key from this address; retry later.', {
          headers: { 'retry-after': String(wait) },
        });
      const given = givenKey(c.req.header('authorization'), c.req.header('x-api-key'));
      if (given === undefined || given === '') {
        throw new ApiError(401, 'UNAUTHENTICATED', 'An API key is required (Authorization: Bearer KEY or x-api-key).', {
          headers: { 'www-authenticate': 'Bearer' },
        });
      }
      if (!known(given)) {
        buckets.fail(ip);
        throw new ApiError(403, 'FORBIDDEN', 'The API key is not valid; send a key the operator gave you (Authorization: Bearer KEY or x-api-key).');
      }
      return next();
    },
  };
}
