import type { Summary } from '@vecsum/summarizer';

// Checks on what the server answers, before the page reads it: a JSON value is `unknown` until
// one of these says what it is.

/** A JSON object (not null, not an array): its fields are read as unknown. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of a summary the page reads (text, sentences, meta): enough to show it. */
export const isSummary = (v: unknown): v is Summary => isRecord(v) && typeof v['text'] === 'string' && Array.isArray(v['sentences']) && isRecord(v['meta']);

/** An array whose items all pass `is`. */
export const isArrayOf = <T>(v: unknown, is: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(is);

export const isString = (v: unknown): v is string => typeof v === 'string';
