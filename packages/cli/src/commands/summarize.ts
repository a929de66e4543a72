import { BUDGET_KINDS, summarize, type Budget, type Summary, type SummarizeOptions } from '@vecsum/summarizer';
import { describeWarning } from '@vecsum/summarizer/reasons';
import { numberFlag, parse } from '../args.js';
import { createEmbedder } from '../config.js';
import { CliError } from '../errors.js';
import { HTML_FLAG_HELP, readDocumentInput } from '../io/read-input.js';
import { formatSummary, type OutputFormat } from '../io/format-summary.js';
import { JSONL_HELP } from './jsonl-help.js';

export const SUMMARIZE_HELP = `vecsum summarize FILE|- [options]

Summarize a text file (or standard input with -).

Input:
${HTML_FLAG_HELP}
Budget (one of; default --sentences 3):
  --sentences N      at most N sentences
  --words N          at most N words
  --chars N          at most N characters (newlines between sentences count)
  --bytes N          at most N UTF-8 bytes (DUC 2004: 665)
  --ratio R          a fraction in (0, 1] of the sentences
  --truncate         cut one more sentence to fill the budget exactly

Selection:
  --selector NAME    near, near-nonredundant, greedy, lexrank, mmr, cluster, pca,
                     brute-force, max-sim, lead, random, far, auto (default auto: one
                     scorer over cosine, position, word overlap, frequency and length,
                     weighted by a plan that fits the input; --explain shows it)
  --order O          document (default) or rank
  --query TEXT       bias the summary towards a query
  --factor F         near-nonredundant redundancy factor
  --lambda L         mmr relevance weight in [0, 1]
  --position-weight W  add a position prior to importance
  --resolve-dangling pull in the sentence before a picked "He/This/However..." sentence
  --seed N           seed of the random selector
  --max-chars N      refuse inputs longer than N characters (default 10485760)
  --max-sentences N  cap on candidate sentences for lexrank and cluster (default 2000)

Model:
  --model M          glove (default, offline) or a transformers.js model folder
  --vector-function  mean, sif or arora (default arora; glove only)
  --cache-dir DIR    cache folder (default $VECSUM_CACHE_DIR, else $XDG_CACHE_HOME/vecsum or ~/.cache/vecsum)

Output:
  --format F         text (default), json or markdown
  --explain          with text: add why each sentence was picked or skipped

${JSONL_HELP}`;

/** The budget and selection flags, shared by every command that summarizes (summarize, batch). */
export const SUMMARY_FLAGS = {
  sentences: { type: 'string' },
  words: { type: 'string' },
  chars: { type: 'string' },
  bytes: { type: 'string' },
  ratio: { type: 'string' },
  truncate: { type: 'boolean' },
  selector: { type: 'string' },
  order: { type: 'string' },
  query: { type: 'string' },
  factor: { type: 'string' },
  lambda: { type: 'string' },
  'position-weight': { type: 'string' },
  'resolve-dangling': { type: 'boolean' },
  seed: { type: 'string' },
  'max-chars': { type: 'string' },
  'max-sentences': { type: 'string' },
  'vector-function': { type: 'string' },
  'cache-dir': { type: 'string' },
} as const;

const OPTIONS = {
  ...SUMMARY_FLAGS,
  model: { type: 'string' },
  format: { type: 'string' },
  explain: { type: 'boolean' },
  html: { type: 'boolean' },
  jsonl: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type SummarizeFlags = ReturnType<typeof parse<typeof OPTIONS>>['values'];

/** The values of the budget and selection flags (SUMMARY_FLAGS), in any command that takes them. */
export type SummaryFlagValues = ReturnType<typeof parse<typeof SUMMARY_FLAGS>>['values'];

/** The budget from the flags: exactly one kind, default 3 sentences. */
export function budgetFromFlags(v: SummaryFlagValues): Budget {
  const given = BUDGET_KINDS.filter((k) => v[k] !== undefined);
  if (given.length > 1) throw new CliError('INVALID_BUDGET', `give one budget, not ${given.map((g) => `--${g}`).join(' and ')}`);
  const kind = given[0];
  if (kind === undefined) return { sentences: 3 };
  const n = numberFlag(kind, v[kind], kind !== 'ratio')!;
  return { [kind]: n } as Budget;
}

/** A limit flag: a positive integer (0 would refuse every input, as a bad-input error). */
function limitFlag(name: string, value: string | undefined): number | undefined {
  const n = numberFlag(name, value, true);
  if (n !== undefined && n < 1) throw new CliError('INVALID_OPTION', `--${name} must be a positive integer, got ${n}`);
  return n;
}

/** Summarize options (without the budget) from the flags. */
export function summarizeOptionsFromFlags(v: SummaryFlagValues): SummarizeOptions {
  const order = v.order;
  if (order !== undefined && order !== 'document' && order !== 'rank') {
    throw new CliError('INVALID_OPTION', `--order must be document or rank, got ${JSON.stringify(order)}`);
  }
  const opt = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    budget: budgetFromFlags(v),
    ...opt('selector', v.selector),
    ...opt('order', order),
    ...opt('query', v.query),
    ...opt('factor', numberFlag('factor', v.factor)),
    ...opt('lambda', numberFlag('lambda', v.lambda)),
    ...opt('positionWeight', numberFlag('position-weight', v['position-weight'])),
    ...opt('seed', numberFlag('seed', v.seed, true)),
    ...opt('maxInputChars', limitFlag('max-chars', v['max-chars'])),
    ...opt('maxSentences', limitFlag('max-sentences', v['max-sentences'])),
    ...opt('truncate', v.truncate),
    ...opt('resolveDangling', v['resolve-dangling']),
  } as SummarizeOptions;
}

export function outputFormat(v: SummarizeFlags): OutputFormat {
  const f = v.format ?? 'text';
  if (f !== 'text' && f !== 'json' && f !== 'markdown')
    throw new CliError('INVALID_OPTION', `--format must be text, json or markdown, got ${JSON.stringify(f)}`);
  return f;
}

export async function runSummarize(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(SUMMARIZE_HELP);
    return 0;
  }
  if (v.jsonl !== undefined) {
    if (positionals.length > 0) throw new CliError('USAGE', `--jsonl reads its records from the file it names; drop ${JSON.stringify(positionals[0])}`);
    const ignored = (['explain', 'format', 'html'] as const).filter((k) => v[k] !== undefined);
    if (ignored.length > 0) {
      throw new CliError('USAGE', `--${ignored[0]} does not apply to --jsonl, whose lines are {"id", "summary"}; drop it, or summarize one file at a time`);
    }
    const { runSummarizeJsonl } = await import('./summarize-jsonl.js');
    return runSummarizeJsonl(v, out, err);
  }
  if (positionals.length > 1) throw new CliError('USAGE', `summarize takes one file, got ${positionals.length}`);
  const options = summarizeOptionsFromFlags(v);
  const format = outputFormat(v);
  const { text, doubtful } = await readDocumentInput(positionals[0], v.html, (line) => err.write(line));
  const embedder = await createEmbedder({ model: v.model, vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const summary: Summary = await summarize(text, embedder, doubtful.length === 0 ? options : { ...options, doubtfulLines: doubtful });
  for (const code of summary.meta.warnings) err.write(`vecsum: warning: ${describeWarning(code)}\n`);
  out.write(formatSummary(summary, format, v.explain === true));
  return 0;
}
