/** A parsed JSON value that is an object (not null, not an array): its fields are read as unknown. */
export const isJsonObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record id as the JSONL commands echo it: a string or a number, else null. */
export const recordId = (v: unknown): string | number | null => (typeof v === 'string' || typeof v === 'number' ? v : null);

export const isString = (v: unknown): v is string => typeof v === 'string';
