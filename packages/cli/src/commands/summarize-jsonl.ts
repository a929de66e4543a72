import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { resolveBudget, summarize, type Budget, type SummarizeOptions } from '@vecsum/summarizer';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { createEmbedder } from '../config.js';
import { CliError, describeError, EXIT, messageOf } from '../errors.js';
import { isJsonObject, isString, recordId } from '../io/json-record.js';
import { createProgress } from '../io/progress.js';
import { summarizeOptionsFromFlags, type SummarizeFlags } from './summarize.js';

/** A record ready to summarize. */
interface JsonlRecord {
  id: string | number;
  documents: string[];
  budget: Budget | undefined;
}

class RecordError extends Error {
  readonly code: string;
  readonly id: string | number | null;
  constructor(code: string, message: string, id: string | number | null) {
    super(message);
    this.code = code;
    this.id = id;
  }
}

const SHAPE = 'expected {"id": string, "text": string} or {"id": string, "documents": string[]}, with an optional "budget"';

/** Parses and validates one line; throws RecordError naming what is wrong. */
export function parseRecord(line: string): JsonlRecord {
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch {
    throw new RecordError('BAD_RECORD', 'not valid JSON', null);
  }
  if (!isJsonObject(r)) throw new RecordError('BAD_RECORD', SHAPE, null);
  const { text, documents, budget } = r;
  const id = recordId(r['id']);
  const docs: unknown[] | undefined = Array.isArray(documents) ? documents : typeof text === 'string' ? [text] : undefined;
  if (id === null || docs === undefined || !docs.every(isString) || (text !== undefined && documents !== undefined)) {
    throw new RecordError('BAD_RECORD', SHAPE, id);
  }
  if (budget !== undefined) {
    try {
      // resolveBudget checks a budget from JSON as it does one from JS callers
      resolveBudget(budget as Budget, 1);
    } catch (e) {
      throw new RecordError('INVALID_BUDGET', `the record's ${messageOf(e)}`, id);
    }
  }
  return { id, documents: docs, budget: budget as Budget | undefined };
}

function write(out: NodeJS.WritableStream, value: unknown): Promise<void> | undefined {
  if (out.write(`${JSON.stringify(value)}\n`)) return undefined;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/** Summarizes one line into its output object (a summary or an error line); never throws. */
async function processLine(line: string, lineNo: number, embedder: SentenceEmbedder, options: SummarizeOptions): Promise<{ ok: boolean; value: object }> {
  let id: string | number | null = null;
  try {
    const rec = parseRecord(line);
    id = rec.id;
    const summary = await summarize({ documents: rec.documents }, embedder, rec.budget === undefined ? options : { ...options, budget: rec.budget });
    return { ok: true, value: { id: rec.id, summary: summary.text } };
  } catch (e) {
    const { code, message } = e instanceof RecordError ? { code: e.code, message: e.message } : describeError(e);
    return { ok: false, value: { id: e instanceof RecordError ? e.id : id, line: lineNo, error: { code, message } } };
  }
}

/**
 * Batch mode: one `{"id", "summary"}` line per input record, in input order, read and written
 * as a stream; a failing record gets an error line instead and the run goes on.
 */
export async function runSummarizeJsonl(v: SummarizeFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const path = v.jsonl!;
  const options = summarizeOptionsFromFlags(v);
  const input: Readable = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') resolve();
    input.once('open', () => resolve());
    input.once('error', (cause) => reject(new CliError('INPUT_NOT_READABLE', `cannot read ${path}: ${cause.message}`, EXIT.input, { cause })));
  });
  await opened;
  const embedder = await createEmbedder({ model: v.model, vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const progress = createProgress('summarizing');
  let lineNo = 0;
  let done = 0;
  let failed = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === '') continue;
      const r = await processLine(line, lineNo, embedder, options);
      done++;
      if (!r.ok) failed++;
      await write(out, r.value);
      progress({ phase: 'records', done, total: 0 });
    }
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path} after line ${lineNo}: ${messageOf(cause)}`, EXIT.input, { cause });
  }
  progress.done();
  err.write(`vecsum: ${done} records: ${done - failed} summarized, ${failed} failed\n`);
  return failed > 0 ? EXIT.input : EXIT.ok;
}
