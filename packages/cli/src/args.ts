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

/** Throws USAGE for the first flag `options` does not know, naming the nearest one. */
function checkUnknownFlags(argv: readonly string[], options: Options): void {
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option' || Object.hasOwn(options, t.name)) continue;
    const shortOf = Object.entries(options).find(([, o]) => o.short === t.name);
    if (shortOf !== undefined) continue;
    throw new CliError('USAGE', `unknown option ${t.rawName}${didYouMean(t.name, Object.keys(options))} (--help lists the options)`);
  }
}

/** parseArgs with unknown flags (with a suggestion) and bad values turned into CliError (exit 2). */
export function parse<O extends Options>(
  argv: readonly string[],
  options: O,
): Parsed<ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']> {
  checkUnknownFlags(argv, options);
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new CliError('USAGE', messageOf(cause), 2, { cause });
  }
}

/** A flag that must be a number (integer when `integer`). */
export function numberFlag(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new CliError('INVALID_OPTION', `--${name} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`);
  }
  return n;
}
