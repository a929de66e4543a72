import { resolveBudget, summarize, type Budget, type SummarizeOptions } from '@vecsum/summarizer';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { createEmbedder } from '../config.js';
import { describeError, EXIT, messageOf } from '../errors.js';
import { isJsonObject, isString, recordId } from '../io/json-record.js';
import { jsonlLines, MAX_LINE_CHARS } from '../io/jsonl-lines.js';
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

/** One output line: a summary, or an error with the input line's number. */
interface OutLine {
  id: string | number | null;
  summary?: string;
  line?: number;
  error?: { code: string; message: string };
}

/** Summarizes one line into its output object (a summary or an error line); never throws. */
async function processLine(line: string, lineNo: number, embedder: SentenceEmbedder, options: SummarizeOptions): Promise<{ ok: boolean; value: OutLine }> {
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
  const lines = jsonlLines(v.jsonl!);
  const options = summarizeOptionsFromFlags(v);
  const first = await lines.next(); // opens the input: an unreadable one fails before the model loads
  const embedder = await createEmbedder({ model: v.model, vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const progress = createProgress('summarizing');
  const ids = new Map<string, number>();
  let done = 0;
  let failed = 0;
  for (let next = first; next.done !== true; next = await lines.next()) {
    const { lineNo, text, tooLong } = next.value;
    if (!tooLong && text.trim() === '') continue;
    const r = tooLong ? lineTooLong(lineNo) : await processLine(text, lineNo, embedder, options);
    done++;
    if (!r.ok) failed++;
    if (r.value.id !== null) warnRepeatedId(ids, r.value.id, lineNo, err);
    await write(out, r.value);
    progress({ phase: 'records', done, total: 0 });
  }
  progress.done();
  err.write(`vecsum: ${done} records: ${done - failed} summarized, ${failed} failed\n`);
  return failed > 0 ? EXIT.input : EXIT.ok;
}

const lineTooLong = (lineNo: number): { ok: false; value: OutLine } => ({
  ok: false,
  value: {
    id: null,
    line: lineNo,
    error: { code: 'INPUT_TOO_LARGE', message: `the line is longer than ${MAX_LINE_CHARS} characters and was not read; split the record into smaller ones` },
  },
});

/** A warning on stderr when a record's id was already used (each record still gets its own output line). */
function warnRepeatedId(ids: Map<string, number>, id: string | number, lineNo: number, err: NodeJS.WritableStream): void {
  const key = JSON.stringify(id);
  const firstLine = ids.get(key);
  if (firstLine === undefined) ids.set(key, lineNo);
  else
    err.write(
      `vecsum: warning: line ${lineNo} repeats id ${key} of line ${firstLine}; each gets its own output line, in input order (give each record its own id)\n`,
    );
}
