import { redactSecrets } from './redact.js';

export type LogSink = (line: string) => void;

export interface StateLog {
  /** Writes one JSON line when `key` enters a new `state` (repeats of the same state are silent). */
  state(key: string, state: string, fields?: Record<string, unknown>): void;
  /** Writes one JSON line for a one-off event (a job dead-lettered, a worker started). */
  event(event: string, fields?: Record<string, unknown>): void;
}

/**
 * Structured logging: one line per state change, never a stack trace per retry. Every line
 * goes through redactSecrets for the Redis URL, so a password never reaches a log.
 */
export function createStateLog(redisUrl: string, sink: LogSink = (l) => process.stderr.write(l)): StateLog {
  const states = new Map<string, string>();
  const write = (event: string, fields: Record<string, unknown>) =>
    sink(`${redactSecrets(JSON.stringify({ time: new Date().toISOString(), event, ...fields }), redisUrl)}\n`);
  return {
    state(key, state, fields = {}) {
      if (states.get(key) === state) return;
      states.set(key, state);
      write(`${key}.${state}`, fields);
    },
    event(event, fields = {}) {
      write(event, fields);
    },
  };
}

/** The message of an error, without its stack. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
