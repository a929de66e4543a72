import { didYouMean } from './args.js';
import { describeError, EXIT } from './errors.js';

export const HELP = `vecsum: embedding-driven extractive summarization that explains its choices

Usage: vecsum <command> [options]   (vecsum <command> --help for details)

Commands:
  summarize FILE|-   summarize a text (budgets, selectors, explanations)
  embed FILE|-       sentence vectors and their similarity to the document
  models             prepare the GloVe cache, list, convert and export models
  serve              start the HTTP API and the demo page
  analyze FILE|-     dimension report: contributions, gap, word equations
  analyze-corpus F   importance correlations and the dimensions linked to good sentences
  sae DATA.jsonl     train and interpret a sparse autoencoder on sentence embeddings
  batch, worker      batch summarization on a BullMQ/Redis queue across machines
  eval               ROUGE evaluation on JSONL datasets (and the paper's grid)
  split FILE|-       sentences, one a line (--format json, --jsonl for many texts)

Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input, 4 model unavailable.
Errors are printed on stderr as "vecsum: CODE: message".
`;

type Command = (argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream) => Promise<number>;

/**
 * Every command, loaded only when it runs (a dynamic import each), so that `summarize` never
 * loads the server, the queue or the analysis code. Registering a command is one line:
 *   name: async () => (await import('./commands/name.js')).runName,
 * (and a line in HELP above).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  summarize: async () => (await import('./commands/summarize.js')).runSummarize,
  embed: async () => (await import('./commands/embed.js')).runEmbed,
  models: async () => (await import('./commands/models.js')).runModels,
  eval: async () => (await import('./commands/eval.js')).runEval,
  serve: async () => (await import('./commands/serve.js')).runServe,
  analyze: async () => (await import('./commands/analyze.js')).runAnalyze,
  'analyze-corpus': async () => (await import('./commands/analyze.js')).runAnalyzeCorpus,
  sae: async () => (await import('./commands/sae.js')).runSae,
  batch: async () => (await import('./commands/batch.js')).runBatch,
  worker: async () => (await import('./commands/batch.js')).runWorker,
  split: async () => (await import('./commands/split.js')).runSplit,
};

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    err.write(`vecsum: USAGE: unknown command ${JSON.stringify(name)}${didYouMean(name, Object.keys(COMMANDS), '')}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, out, err);
  } catch (e) {
    const { code, message, exitCode } = describeError(e);
    err.write(`vecsum: ${code}: ${message}\n`);
    return exitCode;
  }
}
