import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EvalError } from '../errors.js';

/**
 * ROUGE-1.5.5's stemming exception table (`data/WordNet-2.0.exc.db`, 5,930 irregular forms
 * from WordNet 2.0: `went -> go`, `children -> child`, `said -> say`), shipped as
 * `assets/wordnet-2.0-exceptions.tsv` with its licence (`assets/WORDNET-LICENSE.txt`).
 * The same relative path works from `src/rouge/` and from the built `dist/rouge/`.
 */
export const WORDNET_EXCEPTIONS_PATH: string = fileURLToPath(new URL('../../assets/wordnet-2.0-exceptions.tsv', import.meta.url));

/**
 * Parses an exception table: one `inflected<TAB>base` entry a line, blank lines ignored.
 *
 * @param origin where the text came from, for error messages
 * @throws EvalError `BAD_DATASET` for a line without exactly one tab or with an empty field
 */
export function parseExceptionTable(text: string, origin = 'exception table'): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.length === 0) return;
    const fields = line.split('\t');
    if (fields.length !== 2 || fields[0] === '' || fields[1] === '') {
      throw new EvalError('BAD_DATASET', `${origin}: line ${index + 1} is not "inflected<TAB>base"`, { line: index + 1 });
    }
    table.set(fields[0]!, fields[1]!);
  });
  return table;
}

let shipped: ReadonlyMap<string, string> | undefined;

/**
 * The shipped WordNet 2.0 exception table, read once on first use (98 KB).
 * This is what `-m` stemming uses unless `stemExceptions` says otherwise.
 *
 * @throws EvalError `READ_FAILED` when the asset is missing from the installed package
 */
export function wordnetExceptions(): ReadonlyMap<string, string> {
  if (shipped === undefined) {
    let text: string;
    try {
      text = readFileSync(WORDNET_EXCEPTIONS_PATH, 'utf8');
    } catch (cause) {
      throw new EvalError('READ_FAILED', `cannot read ROUGE's WordNet exception table at ${WORDNET_EXCEPTIONS_PATH}`, {
        cause,
      });
    }
    shipped = parseExceptionTable(text, WORDNET_EXCEPTIONS_PATH);
  }
  return shipped;
}
