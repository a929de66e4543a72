/**
 * Secrets out of text before it reaches a message, a log line or a response: the password of
 * any `scheme://user:password@host` URL (Redis, HTTP, …) and `password=` / `token=` / `key=`
 * query or key-value parameters become `***`. Shared by the API and batch.
 *
 * @example
 * redact('connect ECONNREFUSED redis://:hunter2@10.0.0.5:6379') // 'connect ECONNREFUSED redis://:***@10.0.0.5:6379'
 */
export function redact(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:)[^\s/@]*@/gi, '$1***@')
    .replace(/([?&;\s,{"](?:password|passwd|pass|token|secret|api[_-]?key|key)["]?\s*[=:]\s*"?)[^&\s",}]+/gi, '$1***');
}

/** `redact` applied to every string inside a JSON-like value (for structured log events). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = /^(password|passwd|secret|token|api[_-]?key)$/i.test(k) ? '***' : redactDeep(v);
    return out as T;
  }
  return value;
}
