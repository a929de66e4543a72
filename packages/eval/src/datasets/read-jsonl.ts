import { readFile } from 'node:fs/promises';
import { EvalError } from '../errors.js';

/** One evaluation item: source documents and their human reference summaries. */
export interface DatasetRecord {
  /** Stable id, `<dataset>-<original id>`. */
  readonly id: string;
  /** Human-readable dataset name, for example `"DUC 2004 Task 2"`. */
  readonly source: string;
  /** One or more plain-text documents (only multi-document sets have more than one). */
  readonly documents: readonly string[];
  /** Human summaries; `\n` separates sentences where the source kept them on lines. */
  readonly references: readonly string[];
}

const KEYS = ['id', 'source', 'documents', 'references'] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function bad(origin: string, line: number, problem: string, cause?: unknown): EvalError {
  return new EvalError('BAD_DATASET', `${origin}:${line}: ${problem}`, cause === undefined ? { line } : { line, cause });
}

function validateRecord(value: unknown, origin: string, line: number): DatasetRecord {
  if (!isPlainObject(value)) throw bad(origin, line, 'a record must be a JSON object');
  for (const key of KEYS) if (!(key in value)) throw bad(origin, line, `missing key "${key}"`);
  const extra = Object.keys(value).filter((key) => !(KEYS as readonly string[]).includes(key));
  if (extra.length > 0) {
    throw bad(origin, line, `unexpected key(s) ${extra.map((k) => `"${k}"`).join(', ')}; expected exactly ${KEYS.join(', ')}`);
  }
  const { id, source, documents, references } = value;
  if (typeof id !== 'string' || id.trim().length === 0) throw bad(origin, line, '"id" must be a non-empty string');
  if (typeof source !== 'string') throw bad(origin, line, `record ${id}: "source" must be a string`);
  if (!isStringArray(documents) || documents.length === 0) {
    throw bad(origin, line, `record ${id}: "documents" must be a non-empty array of strings`);
  }
  if (documents.every((d) => d.trim().length === 0)) throw bad(origin, line, `record ${id}: every document is empty`);
  if (!isStringArray(references) || references.length === 0) {
    throw bad(origin, line, `record ${id}: "references" must be a non-empty array of strings`);
  }
  if (references.some((r) => r.trim().length === 0)) throw bad(origin, line, `record ${id}: a reference is empty`);
  return { id, source, documents, references };
}

/**
 * Parses a JSONL dataset: one record `{id, source, documents, references}` per line (blank
 * lines are skipped). Every record is validated: exactly those four keys, a non-empty string
 * id, at least one non-blank document, at least one reference and no blank reference, and ids
 * unique in the file.
 *
 * @param text the file contents
 * @param origin a name for messages (usually the file path)
 * @throws EvalError `BAD_DATASET` naming the 1-based line (also in `error.line`) of the first
 *   malformed record; `EMPTY_INPUT` when there is no record at all
 */
export function parseJsonlDataset(text: string, origin = '<jsonl>'): DatasetRecord[] {
  const records: DatasetRecord[] = [];
  const firstLineOfId = new Map<string, number>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim().length === 0) continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (cause) {
      throw bad(origin, line, 'not valid JSON', cause);
    }
    const record = validateRecord(value, origin, line);
    const previous = firstLineOfId.get(record.id);
    if (previous !== undefined) throw bad(origin, line, `duplicate id "${record.id}" (first on line ${previous})`);
    firstLineOfId.set(record.id, line);
    records.push(record);
  }
  if (records.length === 0) throw new EvalError('EMPTY_INPUT', `${origin}: no records`);
  return records;
}

/**
 * Reads and validates a JSONL dataset file (see {@link parseJsonlDataset}).
 *
 * @throws EvalError `READ_FAILED` (with the fs error as `cause`) when the file cannot be read;
 *   `BAD_DATASET` / `EMPTY_INPUT` as {@link parseJsonlDataset}
 * @example const items = await readJsonlDataset('/work/shared/data/cnndm-dev.jsonl');
 */
export async function readJsonlDataset(path: string): Promise<DatasetRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new EvalError('READ_FAILED', `cannot read dataset ${path}`, { cause });
  }
  return parseJsonlDataset(text, path);
}
