import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, messageOf } from './errors.js';

/** True when `value` is one of `list` (a flag checked against its choices, typed as them). */
export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.some((x) => x === value);

/** Parsed flags and positionals. */
export interface Parsed<V> {
  values: V;
  positionals: string[];
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const up = d[i - 1]!;
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** ` (did you mean --x?)` for the closest candidate within a few edits, else ''. */
export function didYouMean(word: string, candidates: readonly string[], prefix = '--'): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dd = c.startsWith(word) && word.length >= 3 ? 1 : distance(word, c);
    if (dd < bestD) [best, bestD] = [c, dd];
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestD <= limit ? `; did you mean ${prefix}${best}?` : '';
}

/** Flags people type for an option under another name: the hint names the real one. */
const ALIASES: Readonly<Record<string, string>> = { json: '--format json' };

/**
 * Throws USAGE for the first flag `options` does not know (naming the nearest one), and for a
 * value flag given twice (`--sentences 2 --sentences 3`: which one was meant cannot be known).
 */
function checkFlags(argv: readonly string[], options: Options): void {
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const seen = new Map<string, string | undefined>();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const name = Object.hasOwn(options, t.name) ? t.name : Object.entries(options).find(([, o]) => o.short === t.name)?.[0];
    if (name === undefined) {
      const alias =
        Object.hasOwn(ALIASES, t.name) && Object.hasOwn(options, 'format') ? `; for that, write ${ALIASES[t.name]}` : didYouMean(t.name, Object.keys(options));
      throw new CliError('USAGE', `unknown option ${t.rawName}${alias} (--help lists the options)`);
    }
    const o = options[name]!;
    if (o.type !== 'string' || o.multiple === true) continue;
    if (seen.has(name)) {
      throw new CliError('USAGE', `--${name} is given twice (${JSON.stringify(seen.get(name))} and ${JSON.stringify(t.value)}); give it once`);
    }
    seen.set(name, t.value);
  }
}

/**
 * `--sentences -1` as `--sentences=-1`: a negative number after a value flag is its value (for
 * parseArgs it is an option, and the message would be about dashes, not about the number).
 */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && Object.hasOwn(options, name) && options[name]!.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs with unknown flags (with a suggestion) and bad values turned into CliError (exit 2). */
export function parse<O extends Options>(
  argv: readonly string[],
  options: O,
): Parsed<ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']> {
  const args = joinNegativeValues(argv, options);
  checkFlags(args, options);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new CliError('USAGE', messageOf(cause), 2, { cause });
  }
}

/** A number written in decimal (`3`, `-0.5`, `.2`, `1e3`): no hex, octal, binary, blanks or words. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A flag that must be a decimal number (integer when `integer`). */
export function numberFlag(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!DECIMAL.test(value) || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new CliError('INVALID_OPTION', `--${name} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`);
  }
  return n;
}
