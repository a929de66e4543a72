// Type-only imports: this module is on every command's start-up path, and a runtime import of
// a package here would load it (and, for @vecsum/batch, bullmq and ioredis) for every command.
import type { AnalysisErrorCode } from '@vecsum/analysis';
import type { BatchErrorCode } from '@vecsum/batch';
import type { EmbeddingErrorCode } from '@vecsum/embeddings';
import type { EvalErrorCode } from '@vecsum/eval';
import type { SummarizerErrorCode } from '@vecsum/summarizer';

/** What went wrong, from the user's side: the exit code follows from it. */
export type ErrorKind = 'usage' | 'input' | 'model' | 'internal';

/** Exit codes: stable, documented in `vecsum --help`. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  model: 4,
} as const;

export const EXIT_BY_KIND: Readonly<Record<ErrorKind, number>> = { usage: EXIT.usage, input: EXIT.input, model: EXIT.model, internal: EXIT.internal };

/**
 * The kind of every code of every package's error class, keyed by the class's `name`. Each
 * table is typed `Record<Code, ErrorKind>`, so a code added to a package without a kind here
 * fails the type check (and the test that walks each package's exported code list).
 */
export const KIND_BY_ERROR = {
  EmbeddingError: {
    EMPTY_INPUT: 'input',
    INVALID_ARGUMENT: 'usage',
    INPUT_TOO_LARGE: 'input',
    MODEL_NOT_FOUND: 'model',
    MODEL_LOAD_FAILED: 'model',
    CACHE_CORRUPT: 'model',
    DIMENSION_MISMATCH: 'model',
  } satisfies Record<EmbeddingErrorCode, ErrorKind>,
  SummarizerError: {
    EMPTY_DOCUMENT: 'input',
    INVALID_BUDGET: 'usage',
    UNKNOWN_SELECTOR: 'usage',
    INVALID_OPTION: 'usage',
    INPUT_TOO_LARGE: 'input',
  } satisfies Record<SummarizerErrorCode, ErrorKind>,
  EvalError: {
    INVALID_ARGUMENT: 'usage',
    EMPTY_INPUT: 'input',
    BAD_DATASET: 'input',
    UNKNOWN_DATASET: 'usage',
    READ_FAILED: 'input',
  } satisfies Record<EvalErrorCode, ErrorKind>,
  AnalysisError: {
    INVALID_ARGUMENT: 'usage',
    EMPTY_INPUT: 'input',
    DIMENSION_MISMATCH: 'input',
  } satisfies Record<AnalysisErrorCode, ErrorKind>,
  BatchError: {
    REDIS_UNAVAILABLE: 'model',
    BAD_RECORD: 'input',
    INVALID_ARGUMENT: 'usage',
    DUPLICATE_ID: 'input',
    BATCH_UNKNOWN: 'input',
    BATCH_INCOMPLETE: 'input',
    MANIFEST_NOT_READABLE: 'input',
  } satisfies Record<BatchErrorCode, ErrorKind>,
} as const;

/** A command-line problem (unknown flag, missing file, bad value) with its code and exit status. */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(code: string, message: string, exitCode: number = EXIT.usage, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Extra words for codes whose package message cannot know the CLI's flags. */
const HINTS: Readonly<Record<string, string>> = {
  INPUT_TOO_LARGE: '--max-chars N raises the input limit; --max-sentences N raises the lexrank and cluster cap',
};

/** What a caught value says: an Error's message, anything else in words. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The tables by error class name (a Map: a name like `toString` finds nothing). */
const TABLES: ReadonlyMap<string, Readonly<Record<string, ErrorKind>>> = new Map(Object.entries(KIND_BY_ERROR));

/** A package error's code and kind (name-based: survives duplicate module copies), or undefined. */
function packageErrorOf(e: unknown): { code: string; kind: ErrorKind; message: string } | undefined {
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string') return undefined;
  const kind = TABLES.get(e.name)?.[e.code];
  return kind === undefined ? undefined : { code: e.code, kind, message: e.message };
}

/** The kind of a package error (name-based: survives duplicate module copies), or undefined. */
export function kindOf(e: unknown): ErrorKind | undefined {
  return packageErrorOf(e)?.kind;
}

/** Maps any error to its code and exit status; only an internal error carries a stack (with VECSUM_DEBUG=1). */
export function describeError(e: unknown, env: NodeJS.ProcessEnv = process.env): { code: string; message: string; exitCode: number } {
  if (e instanceof CliError) return { code: e.code, message: e.message, exitCode: e.exitCode };
  const known = packageErrorOf(e);
  if (known !== undefined && known.kind !== 'internal') {
    const { code, message, kind } = known;
    const hint = HINTS[code];
    return { code, message: hint === undefined ? message : `${message} (${hint})`, exitCode: EXIT_BY_KIND[kind] };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const debug = env['VECSUM_DEBUG'] !== undefined && env['VECSUM_DEBUG'] !== '' && env['VECSUM_DEBUG'] !== '0';
  const message = debug ? (err.stack ?? err.message) : `${err.message} (an internal error; run with VECSUM_DEBUG=1 for the stack trace)`;
  return { code: 'INTERNAL', message, exitCode: EXIT.internal };
}
