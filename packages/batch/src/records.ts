import { UnrecoverableError } from 'bullmq';
import { BatchError } from './errors.js';
import { isJsonObject, isString } from './json.js';

/** One line of a batch file: its 1-based line number, its id (when it has one) and the parsed record. */
export interface BatchEntry {
  readonly line: number;
  /** The record's string id; records without one are named `line N`. */
  readonly id: string;
  readonly record: unknown;
  /** Set when the line is not JSON: the parser's message. The worker dead-letters it as INVALID_JSON. */
  readonly invalidJson?: string;
  /** The line's text, for the content part of the job id. */
  readonly text: string;
}

/** How a record's strings are read (by @vecsum/reader, as the CLI and the API read them). */
export const RECORD_FORMATS = ['text', 'markdown', 'html', 'auto'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/**
 * A record a worker can summarize: `{id, documents}` or `{id, text}` (as `summarize --jsonl`),
 * with an optional `format` (default "text"; "html": web pages read as their article).
 */
export interface BatchRecord {
  readonly id: string;
  readonly documents: readonly string[];
  readonly format: RecordFormat;
}

const isRecordFormat = (v: unknown): v is RecordFormat => RECORD_FORMATS.some((f) => f === v);

/** A record's id as results key it: a non-empty string, or a finite number as its decimal text (`summarize --jsonl` takes both). */
const idValue = (id: unknown): string | undefined =>
  typeof id === 'string' && id !== '' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;

const idOf = (r: unknown): string | undefined => idValue(isJsonObject(r) ? r['id'] : undefined);

/**
 * Parses a JSONL batch file. Blank lines are skipped; a line that is not JSON stays in the batch
 * (so it is dead-lettered as INVALID_JSON with its line number, never dropped). The same id twice
 * refuses the whole file with DUPLICATE_ID, listing every repeated id and its line numbers:
 * results are keyed by id, so two records with one id could not both be reported.
 */
export function parseBatchLines(text: string): BatchEntry[] {
  const entries: BatchEntry[] = [];
  // \n, \r\n and a lone \r end a line, as in `vecsum summarize --jsonl` (same line numbers)
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/^\uFEFF/, ''); // a BOM (files joined with cat keep theirs)
    if (raw.trim() === '') continue;
    const line = i + 1;
    try {
      const record: unknown = JSON.parse(raw);
      entries.push({ line, id: idOf(record) ?? `line ${line}`, record, text: raw });
    } catch (e) {
      entries.push({ line, id: `line ${line}`, record: undefined, invalidJson: e instanceof Error ? e.message : String(e), text: raw });
    }
  }
  refuseDuplicates(entries);
  return entries;
}

/** Entries from records already in memory (the library API); line = position + 1. */
export function entriesOf(records: readonly unknown[]): BatchEntry[] {
  const entries = records.map((record, k) => ({ line: k + 1, id: idOf(record) ?? `line ${k + 1}`, record, text: JSON.stringify(record) ?? 'undefined' }));
  refuseDuplicates(entries);
  return entries;
}

function refuseDuplicates(entries: readonly BatchEntry[]): void {
  const lines = new Map<string, number[]>();
  for (const e of entries) lines.set(e.id, [...(lines.get(e.id) ?? []), e.line]);
  const dups = [...lines].filter(([, l]) => l.length > 1);
  if (dups.length === 0) return;
  const shown = dups.slice(0, 20).map(([id, l]) => `${JSON.stringify(id)} on lines ${l.join(', ')}`);
  const more = dups.length > 20 ? `; and ${dups.length - 20} more` : '';
  throw new BatchError(
    'DUPLICATE_ID',
    `${dups.length} id${dups.length === 1 ? ' is' : 's are'} used more than once, nothing was submitted:` +
      ` ${shown.join('; ')}${more}. Give each record its own id.`,
  );
}

/** Validates a record in the worker: wrong shapes are unrecoverable BAD_RECORD (dead-lettered, not retried). */
export function validRecord(raw: unknown, line: number): BatchRecord {
  const r = isJsonObject(raw) ? raw : {};
  const { documents, text } = r;
  const id = idValue(r['id']);
  const docs: unknown[] | undefined = Array.isArray(documents) ? documents : typeof text === 'string' ? [text] : undefined;
  if (id === undefined || docs === undefined || !docs.every(isString)) {
    throw new UnrecoverableError(
      `BAD_RECORD: line ${line}: expected {"id": string or number, "documents": string[]} or {"id": string or number, "text": string}`,
    );
  }
  const format = r['format'] ?? 'text';
  if (!isRecordFormat(format)) {
    throw new UnrecoverableError(`BAD_RECORD: line ${line}: "format" must be one of ${RECORD_FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  }
  return { id, documents: docs, format };
}
