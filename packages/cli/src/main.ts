import { describeError, EXIT } from './errors.js';
import { ANALYZE_CORPUS_HELP, ANALYZE_HELP, runAnalyze, runAnalyzeCorpus } from './commands/analyze.js';
import { BATCH_HELP, runBatch, runWorker } from './commands/batch.js';
import { EMBED_HELP, runEmbed } from './commands/embed.js';
import { EVAL_HELP, runEval } from './commands/eval.js';
import { MODELS_HELP, runModels } from './commands/models.js';
import { runSae, SAE_HELP } from './commands/sae.js';
import { runServe, SERVE_HELP } from './commands/serve.js';
import { runSplit, SPLIT_HELP } from './commands/split.js';
import { runSummarize, SUMMARIZE_HELP } from './commands/summarize.js';

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

type Command = (argv: readonly string[], out: NodeJS.WritableStream) => Promise<number>;
const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  summarize: { run: runSummarize, help: SUMMARIZE_HELP },
  embed: { run: runEmbed, help: EMBED_HELP },
  models: { run: runModels, help: MODELS_HELP },
  eval: { run: runEval, help: EVAL_HELP },
  serve: { run: runServe, help: SERVE_HELP },
  analyze: { run: runAnalyze, help: ANALYZE_HELP },
  'analyze-corpus': { run: runAnalyzeCorpus, help: ANALYZE_CORPUS_HELP },
  sae: { run: runSae, help: SAE_HELP },
  batch: { run: runBatch, help: BATCH_HELP },
  worker: { run: runWorker, help: BATCH_HELP },
  split: { run: runSplit, help: SPLIT_HELP },
};

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    err.write(`vecsum: USAGE: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, out);
  } catch (e) {
    const { code, message, exitCode } = describeError(e);
    err.write(`vecsum: ${code}: ${message}\n`);
    return exitCode;
  }
}
