import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Features no page of this service uses. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** The security headers of every answer (Hono's `secureHeaders`, with this content policy). */
export const securityHeaders = () =>
  secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } });

/**
 * The headers every API answer carries whatever its route: `securityHeaders()` as Hono sets
 * them, `Cache-Control: no-store` and the permissions policy. Computed once, by running the
 * middleware, for answers written without the middleware chain (the fast refusal).
 */
export async function staticHeaders(): Promise<Record<string, string>> {
  const probe = new Hono().use(securityHeaders()).get('/', (c) => c.body(null));
  const headers: Record<string, string> = Object.fromEntries((await probe.request('/')).headers);
  delete headers['content-type'];
  return { ...headers, 'cache-control': 'no-store', 'permissions-policy': PERMISSIONS_POLICY };
}
