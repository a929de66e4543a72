import { readFileSync } from 'node:fs';
import { summarize } from '@vecsum/summarizer';
import { createEmbedder } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { summarizeOptionsFromFlags, type SummarizeFlags } from './summarize.js';

interface JsonlRecord {
  id: string;
  documents: string[];
}

function parseRecord(line: string, lineNo: number): JsonlRecord {
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch (cause) {
    throw new CliError('BAD_RECORD', `line ${lineNo}: not valid JSON`, EXIT.input, { cause });
  }
  const rec = r as Partial<JsonlRecord> & { text?: unknown };
  const docs = Array.isArray(rec.documents) ? rec.documents : typeof rec.text === 'string' ? [rec.text] : undefined;
  if (typeof rec.id !== 'string' || docs === undefined || docs.some((d) => typeof d !== 'string')) {
    throw new CliError('BAD_RECORD', `line ${lineNo}: expected {"id": string, "documents": string[]}`, EXIT.input);
  }
  return { id: rec.id, documents: docs as string[] };
}

/**
 * Batch mode: one `{"id", "summary"}` line per input record (summary sentences separated by
 * newlines), same budget and selector flags as `summarize`; progress on stderr.
 */
export async function runSummarizeJsonl(v: SummarizeFlags, out: NodeJS.WritableStream): Promise<number> {
  const path = v.jsonl as string;
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path}`, EXIT.input, { cause });
  }
  const lines = text.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
  const records = lines.map(([l, n]) => parseRecord(l, n));
  const options = summarizeOptionsFromFlags(v);
  const embedder = await createEmbedder({ model: v.model, vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const progress = createProgress('summarizing');
  for (const [k, rec] of records.entries()) {
    const summary = await summarize({ documents: rec.documents }, embedder, options);
    out.write(`${JSON.stringify({ id: rec.id, summary: summary.text })}\n`);
    progress({ phase: 'records', done: k + 1, total: records.length });
  }
  progress.done();
  return 0;
}
