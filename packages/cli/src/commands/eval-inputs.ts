import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATASET_NAMES, datasetNameOf, readJsonlDataset, standardSetting, type DatasetRecord, type StandardSetting } from '@vecsum/eval';
import { isOneOf } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { closeInput, openInput } from '../io/input-source.js';
import { isJsonObject } from '../io/json-record.js';
import { jsonlLines, MAX_LINE_CHARS } from '../io/jsonl-lines.js';

/** The inputs of `vecsum eval`: dataset files, records, their standard setting, given summaries and option lists. */

/** The `{"id", "summary"}` lines of a summaries file (as `summarize --jsonl` writes them), read as a stream with bounded lines. */
export async function readSummaries(path: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const { lineNo, text, tooLong } of jsonlLines(path)) {
    if (tooLong) throw new CliError('BAD_RECORD', `${path}:${lineNo}: the line is longer than ${MAX_LINE_CHARS} characters`, EXIT.input);
    if (text.trim() === '') continue;
    let r: unknown;
    try {
      r = JSON.parse(text);
    } catch (cause) {
      throw new CliError('BAD_RECORD', `${path}:${lineNo}: not valid JSON`, EXIT.input, { cause });
    }
    if (!isJsonObject(r) || typeof r['id'] !== 'string' || typeof r['summary'] !== 'string') {
      throw new CliError('BAD_RECORD', `${path}:${lineNo}: expected {"id": string, "summary": string}`, EXIT.input);
    }
    if (out.has(r.id)) throw new CliError('BAD_RECORD', `${path}:${lineNo}: duplicate id ${JSON.stringify(r.id)}`, EXIT.input);
    out.set(r.id, r.summary);
  }
  return out;
}

export async function loadDataset(file: string, limit: number | undefined): Promise<DatasetRecord[]> {
  if (!existsSync(file)) throw new CliError('INPUT_NOT_READABLE', `no dataset at ${file}`, EXIT.input);
  closeInput(openInput(file)); // a folder or a device (/dev/zero: endless) is refused before it is read
  const records = (await readJsonlDataset(file)).slice(0, limit);
  if (records.length === 0) throw new CliError('EMPTY_INPUT', `${file} has no records`, EXIT.input);
  return records;
}

/** The setting asked for, else the first of source, record id and file name that names a dataset. */
export function settingFor(records: readonly DatasetRecord[], file: string, forced: string | undefined): StandardSetting {
  if (forced !== undefined) return standardSetting(forced);
  const first = records[0]!;
  for (const hint of [first.source, first.id, basename(file)]) {
    try {
      datasetNameOf(hint);
      return standardSetting(hint);
    } catch {
      // try the next hint
    }
  }
  throw new CliError('UNKNOWN_DATASET', `cannot tell which standard setting ${file} follows; pass --setting (${DATASET_NAMES.join(', ')})`);
}

export function choices<T extends string>(given: readonly string[] | undefined, fallback: readonly T[], valid: readonly T[], what: string): T[] {
  const list: T[] = [];
  for (const x of given ?? fallback) {
    if (!isOneOf(valid, x)) throw new CliError('INVALID_OPTION', `unknown ${what} ${JSON.stringify(x)}; expected one of ${valid.join(', ')}`);
    list.push(x);
  }
  return [...new Set(list)];
}

/** The dataset files: the `--dataset` ones, plus with `--grid` each dev set named by `--datasets` (default all) in `dir`. */
export function datasetFiles(given: readonly string[], grid: { dir: string; names: string | undefined } | undefined): string[] {
  let files = [...given];
  if (grid !== undefined) {
    const names = choices(
      grid.names
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      DATASET_NAMES,
      DATASET_NAMES,
      'dataset',
    );
    files = [...files, ...names.map((n) => join(grid.dir, `${n}-dev.jsonl`))];
    for (const f of files) if (!existsSync(f)) throw new CliError('INPUT_NOT_READABLE', `no dataset at ${f} (use --data-dir)`, EXIT.input);
  }
  if (files.length === 0) throw new CliError('USAGE', 'give --dataset FILE (or --grid)');
  return files;
}
