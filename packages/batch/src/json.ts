/** A parsed JSON value that is an object (not null, not an array): its fields are read as unknown. */
export const isJsonObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isString = (v: unknown): v is string => typeof v === 'string';

/** A [jobId, id, line] manifest entry, as submit writes it. */
export const isManifestEntryLike = (v: unknown): v is readonly [string, string, number] =>
  Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && typeof v[1] === 'string' && typeof v[2] === 'number';

/** A Redis reply that is a list of strings (CONFIG GET, HMGET), or undefined. */
export const stringsOf = (v: unknown): (string | null)[] | undefined =>
  Array.isArray(v) && v.every((x) => x === null || typeof x === 'string') ? v : undefined;
