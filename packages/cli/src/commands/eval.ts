import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  evaluateSummaries,
  evaluateSystems,
  leadSystem,
  markdownTable,
  oracleSystem,
  randomSystem,
  readJsonlDataset,
  resultsJson,
  standardSetting,
  vecsumSystem,
  type DatasetResult,
  type System,
} from '@vecsum/eval';
import { SELECTOR_CHOICES, type SelectorChoice } from '@vecsum/summarizer';
import { numberFlag, parse } from '../args.js';
import { createEmbedder } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { createProgress } from '../io/progress.js';

export const EVAL_HELP = `vecsum eval [options]

Score summaries with ROUGE under each dataset's standard setting (see @vecsum/eval).

  --dataset FILE         a JSONL dataset ({id, source, documents, references}); repeatable
  --summaries FILE       score this file of {"id","summary"} lines (from summarize --jsonl)
  --selector NAME        vecsum selector to run (repeatable; default auto)
  --vector-function F    mean, sif or arora (repeatable; default arora)
  --model M              glove (default) or a transformers.js model folder
  --oracle               add the greedy ROUGE-2 oracle extract (the extractive ceiling)
  --grid                 the paper's grid: mean/sif/arora x every selector, on the dev files
  --datasets LIST        with --grid: comma-separated names (default all six)
  --data-dir DIR         with --grid: folder of <name>-dev.jsonl (default ../shared/data)
  --limit N              only the first N records of each dataset
  --format F             markdown (default) or json
  --cache-dir DIR        cache folder
LEAD and RANDOM always run, and every system is compared with them (paired bootstrap).
`;

const OPTIONS = {
  dataset: { type: 'string', multiple: true },
  summaries: { type: 'string' },
  selector: { type: 'string', multiple: true },
  'vector-function': { type: 'string', multiple: true },
  model: { type: 'string' },
  oracle: { type: 'boolean' },
  grid: { type: 'boolean' },
  datasets: { type: 'string' },
  'data-dir': { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const GRID_SELECTORS: readonly SelectorChoice[] = ['near', 'near-nonredundant', 'greedy', 'lexrank', 'mmr', 'cluster', 'pca', 'brute-force', 'max-sim', 'auto'];
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

function readSummaries(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path}`, EXIT.input, { cause });
  }
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: { id?: unknown; summary?: unknown };
    try {
      r = JSON.parse(line) as typeof r;
    } catch (cause) {
      throw new CliError('BAD_RECORD', `${path}:${i + 1}: not valid JSON`, EXIT.input, { cause });
    }
    if (typeof r.id !== 'string' || typeof r.summary !== 'string') throw new CliError('BAD_RECORD', `${path}:${i + 1}: expected {"id": string, "summary": string}`, EXIT.input);
    out.set(r.id, r.summary);
  });
  return out;
}

export async function runEval(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(EVAL_HELP);
    return 0;
  }
  const format = v.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new CliError('INVALID_OPTION', '--format must be markdown or json');
  const limit = numberFlag('limit', v.limit, true);
  let files = v.dataset ?? [];
  if (v.grid === true) {
    const dir = v['data-dir'] ?? DEFAULT_DATA_DIR;
    const names = (v.datasets ?? 'duc2004,cnndm,summeval,bbc,xsum,opinosis').split(',').map((s) => s.trim());
    files = names.map((n) => join(dir, `${n}-dev.jsonl`));
    for (const f of files) if (!existsSync(f)) throw new CliError('INPUT_NOT_READABLE', `no dataset at ${f} (use --data-dir)`, EXIT.input);
  }
  if (files.length === 0) throw new CliError('USAGE', 'give --dataset FILE (or --grid)');
  const results: DatasetResult[] = [];
  const progress = createProgress('evaluating');
  if (v.summaries !== undefined) {
    if (files.length !== 1) throw new CliError('USAGE', '--summaries takes exactly one --dataset');
    const records = (await readJsonlDataset(files[0] as string)).slice(0, limit);
    const scored = evaluateSummaries(records, standardSetting(records[0]?.source ?? (files[0] as string)), readSummaries(v.summaries), 'summaries');
    if (scored.missing.length > 0) process.stderr.write(`vecsum: ${scored.missing.length} record(s) have no summary and score 0: ${scored.missing.slice(0, 5).join(', ')}\n`);
    results.push(scored);
  } else {
    const selectors = v.grid === true ? GRID_SELECTORS : ((v.selector ?? ['auto']) as SelectorChoice[]);
    for (const s of selectors) if (!SELECTOR_CHOICES.includes(s)) throw new CliError('UNKNOWN_SELECTOR', `unknown selector ${JSON.stringify(s)}`);
    const functions = v.grid === true ? ['mean', 'sif', 'arora'] : v['vector-function'] ?? ['arora'];
    for (const file of files) {
      const records = (await readJsonlDataset(file)).slice(0, limit);
      const setting = standardSetting(records[0]?.source ?? file);
      const systems: System[] = [leadSystem, randomSystem()];
      if (v.oracle === true || v.grid === true) systems.push(oracleSystem);
      for (const fn of functions) {
        const embedder = await createEmbedder({ model: v.model, vectorFunction: fn, cacheDir: v['cache-dir'] });
        // DUC 2004 follows the paper's evaluation: the last sentence is cut to exactly 100 words.
        for (const s of selectors) systems.push(vecsumSystem(`${fn}/${s}`, embedder, { selector: s, truncate: setting.dataset === 'duc2004' }));
      }
      results.push(await evaluateSystems(records, setting, systems, { onProgress: (done, total) => progress({ phase: setting.dataset, done, total }) }));
    }
  }
  progress.done();
  out.write(format === 'json' ? `${JSON.stringify(resultsJson(results))}\n` : `${results.map(markdownTable).join('\n')}`);
  return 0;
}
