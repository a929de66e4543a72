import { readFileSync } from 'node:fs';
import { CliError, EXIT } from '../errors.js';

/** Reads a file, or standard input for `-`. */
export function readTextInput(path: string | undefined): string {
  if (path === undefined) throw new CliError('MISSING_INPUT', 'give a file to read, or - for standard input');
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path === '-' ? 'standard input' : path}: ${(cause as Error).message}`, EXIT.input, { cause });
  }
}
