import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATASET_NAMES, datasetNameOf, readJsonlDataset, standardSetting, type DatasetRecord, type StandardSetting } from '@vecsum/eval';
import { isOneOf } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { isJsonObject } from '../io/json-record.js';

/** The inputs of `vecsum eval`: dataset files, records, their standard setting, given summaries and option lists. */

export function readSummaries(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path}`, EXIT.input, { cause });
  }
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (cause) {
      throw new CliError('BAD_RECORD', `${path}:${i + 1}: not valid JSON`, EXIT.input, { cause });
    }
    if (!isJsonObject(r) || typeof r['id'] !== 'string' || typeof r['summary'] !== 'string') {
      throw new CliError('BAD_RECORD', `${path}:${i + 1}: expected {"id": string, "summary": string}`, EXIT.input);
    }
    if (out.has(r.id)) throw new CliError('BAD_RECORD', `${path}:${i + 1}: duplicate id ${JSON.stringify(r.id)}`, EXIT.input);
    out.set(r.id, r.summary);
  });
  return out;
}

export async function loadDataset(file: string, limit: number | undefined): Promise<DatasetRecord[]> {
  if (!existsSync(file)) throw new CliError('INPUT_NOT_READABLE', `no dataset at ${file}`, EXIT.input);
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
