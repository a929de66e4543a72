import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import {
  DATASET_NAMES,
  evaluateSummaries,
  evaluateSystems,
  gapSummary,
  gridMatrix,
  isEvalError,
  leadSystem,
  markdownTable,
  oracleSystem,
  randomSystem,
  resultsJson,
  vecsumSystem,
  type DatasetResult,
  type System,
} from '@vecsum/eval';
import { SELECTOR_CHOICES, type SelectorChoice } from '@vecsum/summarizer';
import { numberFlag, parse } from '../args.js';
import { createEmbedder } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { choices, datasetFiles, loadDataset, readSummaries, settingFor } from './eval-inputs.js';

export const EVAL_HELP = `vecsum eval [options]

ROUGE evaluation on JSONL datasets ({id, source, documents, references} per line), each under
its standard setting (budget and ROUGE options: see @vecsum/eval). Prints a Markdown table
(mean [95% bootstrap CI] per column, ms/item, paired-bootstrap p-values against LEAD and
RANDOM) or JSON.

Score a file of summaries from any system (one {"id","summary"} line per record, as written by
"vecsum summarize --jsonl"; summary sentences separated by newlines):
  vecsum eval --dataset DATA.jsonl --summaries OUT.jsonl [--format json]

Run vecsum configurations (with LEAD and RANDOM):
  vecsum eval --dataset DATA.jsonl [--dataset ...] [--selector NAME ...] [--vector-function F ...]

The paper's grid (vector functions x selectors) on the dev files:
  vecsum eval --grid [--datasets duc2004,cnndm,...] [--model DIR]

  --dataset FILE         a JSONL dataset; repeatable
  --summaries FILE       score this file of {"id","summary"} lines (one --dataset)
  --name NAME            name of the scored summaries in the table (default "summaries")
  --setting NAME         standard setting to use (${DATASET_NAMES.join(', ')}); default: from
                         the records' source, id or the file name
  --selector NAME        vecsum selector (repeatable; default auto; with --grid: a subset)
  --vector-function F    mean, sif or arora (repeatable; default arora; with --grid: a subset)
  --model M              glove (default) or a transformers.js model folder; with --grid the
                         folder is added as one more vector function
  --oracle               add the greedy ROUGE-2 oracle extract (the extractive ceiling)
  --grid                 mean, sif, arora x near, near-nonredundant, greedy, lexrank, mmr,
                         cluster, pca, brute-force, max-sim, lead, random, auto; with LEAD,
                         RANDOM and ORACLE
  --datasets LIST        with --grid: comma-separated names (default all six)
  --data-dir DIR         with --grid: folder of <name>-dev.jsonl (default ../shared/data)
  --limit N              only the first N records of each dataset
  --resamples N          bootstrap resamples (default 1000)
  --per-item             with --format json: per-item scores and timings
  --format F             markdown (default) or json
  --json-out FILE        also write the JSON results (with per-item scores) to FILE
  --cache-dir DIR        cache folder (GloVe pack)
Word budgets are filled exactly by every system: vecsum runs with truncate (the paper's rule),
LEAD, RANDOM and ORACLE cut their last sentence. Summaries over the budget are cut to it (and
counted). LEAD on multi-document data (DUC 2004) is the official DUC baseline: the first words
of the most recent document. Progress is drawn on stderr when it is a terminal.
`;

const OPTIONS = {
  dataset: { type: 'string', multiple: true },
  summaries: { type: 'string' },
  name: { type: 'string' },
  setting: { type: 'string' },
  selector: { type: 'string', multiple: true },
  'vector-function': { type: 'string', multiple: true },
  model: { type: 'string' },
  oracle: { type: 'boolean' },
  grid: { type: 'boolean' },
  datasets: { type: 'string' },
  'data-dir': { type: 'string' },
  limit: { type: 'string' },
  resamples: { type: 'string' },
  'per-item': { type: 'boolean' },
  format: { type: 'string' },
  'json-out': { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Every selector but the `far` control and `scored` (what auto runs). */
export const GRID_SELECTORS: readonly SelectorChoice[] = SELECTOR_CHOICES.filter((s) => s !== 'far' && s !== 'scored');
export const GRID_VECTOR_FUNCTIONS: readonly string[] = ['mean', 'sif', 'arora'];
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

/** EvalErrors as CLI errors: bad or unreadable data is bad input (exit 3), the rest usage (2). */
function asCliError(e: unknown): unknown {
  if (!isEvalError(e)) return e;
  const input = e.code === 'BAD_DATASET' || e.code === 'READ_FAILED' || e.code === 'EMPTY_INPUT';
  return new CliError(e.code, e.message, input ? EXIT.input : EXIT.usage, { cause: e });
}

export async function runEval(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  try {
    return await run(argv, out);
  } catch (e) {
    throw asCliError(e);
  }
}

async function run(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(EVAL_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new CliError('USAGE', `unexpected argument ${JSON.stringify(positionals[0])} (datasets go after --dataset)`);
  const format = v.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new CliError('INVALID_OPTION', '--format must be markdown or json');
  const limit = numberFlag('limit', v.limit, true);
  if (limit !== undefined && limit < 1) throw new CliError('INVALID_OPTION', '--limit must be at least 1');
  const resamples = numberFlag('resamples', v.resamples, true) ?? 1000;
  if (resamples < 1) throw new CliError('INVALID_OPTION', '--resamples must be at least 1');
  const grid = v.grid === true;
  if (grid && v.summaries !== undefined) throw new CliError('USAGE', '--grid and --summaries do not go together');
  if (!grid && v.datasets !== undefined) throw new CliError('USAGE', '--datasets goes with --grid; use --dataset FILE otherwise');

  const files = datasetFiles(v.dataset ?? [], grid ? { dir: v['data-dir'] ?? DEFAULT_DATA_DIR, names: v.datasets } : undefined);

  const progress = createProgress('evaluating');
  const onProgress = (p: { dataset: string; system: string; done: number; total: number }): void =>
    progress({ phase: `${p.dataset} ${p.system}`, done: p.done, total: p.total });
  const results: DatasetResult[] = [];

  if (v.summaries !== undefined) {
    if (files.length !== 1) throw new CliError('USAGE', '--summaries takes exactly one --dataset');
    results.push(await scoreSummaries(files[0]!, v.summaries, { limit, setting: v.setting, name: v.name, resamples, progress }));
  } else {
    const selectors = choices<SelectorChoice>(v.selector, grid ? GRID_SELECTORS : ['auto'], SELECTOR_CHOICES, 'selector');
    const model = v.model ?? 'glove';
    const glove = model === 'glove' || model === 'glove-6b-100d';
    const functions = grid || glove ? choices(v['vector-function'], grid ? GRID_VECTOR_FUNCTIONS : ['arora'], GRID_VECTOR_FUNCTIONS, 'vector function') : [];
    const embedders: [string, SentenceEmbedder][] = [];
    for (const fn of functions) embedders.push([fn, await createEmbedder({ vectorFunction: fn, cacheDir: v['cache-dir'] })]);
    if (!glove) embedders.push([basename(resolve(model)), await createEmbedder({ model, cacheDir: v['cache-dir'] })]);
    // auto's constants were chosen on these dev sets: its nested-CV figures come from
    // `pnpm --filter @vecsum/eval choose-plan`; here it runs as shipped (in-sample).
    const systemOptions = (s: SelectorChoice) => ({ selector: s, truncate: true });
    for (const file of files) {
      const records = await loadDataset(file, limit);
      const setting = settingFor(records, file, v.setting);
      const systems: System[] = [leadSystem, randomSystem()];
      if (v.oracle === true || grid) systems.push(oracleSystem);
      for (const [name, embedder] of embedders) {
        // truncate: word budgets are filled exactly, as the paper's evaluation and the baselines do.
        for (const s of selectors) systems.push(vecsumSystem(`${name}/${s}`, embedder, systemOptions(s)));
      }
      results.push(await evaluateSystems(records, setting, systems, { resamples, onProgress }));
    }
    progress.done();
  }

  writeResults(results, { format, grid, perItem: v['per-item'] === true, jsonOut: v['json-out'] }, out);
  return EXIT.ok;
}

/** `--summaries FILE`: ROUGE of given summaries against one dataset, with what is missing or unknown on stderr. */
async function scoreSummaries(
  file: string,
  summariesFile: string,
  o: { limit: number | undefined; setting: string | undefined; name: string | undefined; resamples: number; progress: ReturnType<typeof createProgress> },
): Promise<DatasetResult> {
  const summaries = await readSummaries(summariesFile);
  const records = await loadDataset(file, o.limit);
  const onProgress = (p: { dataset: string; system: string; done: number; total: number }): void =>
    o.progress({ phase: `${p.dataset} ${p.system}`, done: p.done, total: p.total });
  const scored = await evaluateSummaries(records, settingFor(records, file, o.setting), summaries, {
    name: o.name ?? 'summaries',
    resamples: o.resamples,
    onProgress,
  });
  o.progress.done();
  if (scored.missing.length > 0)
    process.stderr.write(`vecsum: ${scored.missing.length} record(s) have no summary and score 0: ${scored.missing.slice(0, 5).join(', ')}\n`);
  if (scored.unknown.length > 0)
    process.stderr.write(`vecsum: ${scored.unknown.length} summary id(s) are not in the dataset and were ignored: ${scored.unknown.slice(0, 5).join(', ')}\n`);
  return scored;
}

/** The results as JSON or Markdown on `out` (the grid adds its matrices and the across-datasets summary), and `--json-out`. */
function writeResults(
  results: readonly DatasetResult[],
  o: { format: string; grid: boolean; perItem: boolean; jsonOut: string | undefined },
  out: NodeJS.WritableStream,
): void {
  if (o.jsonOut !== undefined) {
    try {
      writeFileSync(o.jsonOut, `${JSON.stringify(resultsJson(results, { perItem: true }))}\n`);
    } catch (cause) {
      throw new CliError('OUTPUT_NOT_WRITABLE', `cannot write ${o.jsonOut}`, EXIT.input, { cause });
    }
  }
  if (o.format === 'json') {
    out.write(`${JSON.stringify(resultsJson(results, { perItem: o.perItem }))}\n`);
  } else if (o.grid) {
    out.write(
      results
        .map(
          (r) =>
            `${gridMatrix(r)}\n<details><summary>${r.dataset}: every system with 95% CIs, ms/item and` +
            ` p-values</summary>\n\n${markdownTable(r, { headingLevel: 4 })}\n</details>\n`,
        )
        .join('\n'),
    );
    if (results.length > 1) {
      out.write(
        `\n### Across datasets: share of the RANDOM-to-ORACLE gap closed\n\n(system - RANDOM) / (ORACLE - RANDOM) on ROUGE-1 and` +
          ` ROUGE-2 in each dataset's reported measure, averaged; mean rank among the grid systems.\n\n${gapSummary(results)}`,
      );
    }
  } else {
    out.write(results.map((r) => markdownTable(r)).join('\n'));
  }
}
