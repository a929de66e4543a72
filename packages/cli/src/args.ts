import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parsed flags and positionals. */
export interface Parsed<V> {
  values: V;
  positionals: string[];
}
import { CliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with unknown flags and bad values turned into CliError (exit 2). */
export function parse<O extends Options>(argv: readonly string[], options: O): Parsed<ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new CliError('USAGE', (cause as Error).message, 2, { cause });
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
