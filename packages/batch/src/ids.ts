import { createHash } from 'node:crypto';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** JSON with sorted object keys, so equal options always hash alike. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const fields: [string, unknown][] = Object.entries(v).filter(([, x]) => x !== undefined);
    fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Hash of everything that changes a summary besides the record: options, vector function, model. */
export const optionsHash = (settings: unknown): string => sha256(canonicalJson(settings)).slice(0, 16);

/**
 * A record's BullMQ job id: a hash of the options, the record id and the record's text. Safe
 * (hex: no ":" and never an integer), collision-free in practice (128 bits), and stable, so
 * resubmitting the same file with the same options adds nothing, while new options or an edited
 * record make a new job rather than keeping an old summary. The original id stays in the job data.
 */
export const jobIdFor = (options: string, id: string, text: string): string => sha256(`${options}\0${id}\0${sha256(text)}`).slice(0, 32);

/** A batch's id: the queue, the options and every job id in order. */
export const batchIdFor = (queue: string, options: string, jobIds: readonly string[]): string => {
  const h = createHash('sha256').update(`${queue}\0${options}`);
  for (const j of jobIds) h.update(`\0${j}`);
  return h.digest('hex').slice(0, 16);
};
