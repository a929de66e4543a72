import { splitSentences, type Sentence } from '@vecsum/embeddings';
import { parse } from '../args.js';
import { CliError, EXIT, messageOf } from '../errors.js';
import { jsonlLines, MAX_LINE_CHARS } from '../io/jsonl-lines.js';
import { isJsonObject, recordId } from '../io/json-record.js';
import { readTextInput } from '../io/read-input.js';

export const SPLIT_HELP = `vecsum split FILE|- [options]
vecsum split --jsonl IN|- [--format json]

Split a text into sentences (the splitter every vecsum command uses).

  (default)        one sentence a line, as it stands in the source: list markers kept,
                   line breaks inside a sentence turned into spaces
  --format F       text (default) or json: [{"text","start","end","heading"}] per sentence
                   (start/end: UTF-16 offsets into the decoded input, without its BOM;
                   text as in the source)
  --jsonl IN       read {"id","text"} lines from IN (- for standard input) and write one
                   {"id","sentences":[...]} line each (sentences as in text mode; with
                   --format json, the objects above). A bad line gives
                   {"id","line","error"} and the rest go on; exit 3 at the end if any failed.
`;

const OPTIONS = {
  format: { type: 'string' },
  jsonl: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LINE_BREAK = /[ \t]*(?:\r\n|[\n\r\u2028\u2029\u0085])[ \t]*/g;

/** A sentence as one line: its line breaks (and the indentation around them) become one space. */
export const oneLine = (text: string): string => text.replace(LINE_BREAK, ' ');

const asJson = (s: Sentence): { text: string; start: number; end: number; heading: boolean } => ({
  text: s.text,
  start: s.start,
  end: s.end,
  heading: s.heading === true,
});

export async function runSplit(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(SPLIT_HELP);
    return EXIT.ok;
  }
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError('INVALID_OPTION', '--format must be text or json');
  if (v.jsonl !== undefined) {
    if (positionals.length > 0) throw new CliError('USAGE', 'give either FILE or --jsonl IN, not both');
    return splitJsonl(v.jsonl, format, out);
  }
  if (positionals.length > 1) throw new CliError('USAGE', 'give one FILE (or - for standard input)');
  const sentences = splitSentences(await readTextInput(positionals[0]));
  if (format === 'json') out.write(`${JSON.stringify(sentences.map(asJson))}\n`);
  else for (const s of sentences) out.write(`${oneLine(s.text)}\n`);
  return EXIT.ok;
}

/** A JSONL line that is not a record `split` reads: the message, and the record's id when it has one. */
class BadRecord extends Error {
  constructor(
    message: string,
    readonly id: string | number | null,
  ) {
    super(message);
  }
}

/** One JSONL record to its output line; throws a message for a bad record. */
function splitRecord(line: string, format: 'text' | 'json'): { id: unknown; output: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new BadRecord(`not JSON: ${messageOf(e)}`, null);
  }
  if (!isJsonObject(record)) throw new BadRecord('not a JSON object', null);
  const { text } = record;
  const safeId = recordId(record['id']);
  if (typeof text !== 'string') throw new BadRecord('"text" must be a string', safeId);
  const sentences = splitSentences(text);
  const list = format === 'json' ? sentences.map(asJson) : sentences.map((s) => oneLine(s.text));
  return { id: safeId, output: JSON.stringify({ id: safeId, sentences: list }) };
}

async function splitJsonl(path: string, format: 'text' | 'json', out: NodeJS.WritableStream): Promise<number> {
  let failed = 0;
  for await (const { lineNo, text, tooLong } of jsonlLines(path)) {
    if (!tooLong && text.trim() === '') continue;
    try {
      if (tooLong) throw new BadRecord(`the line is longer than ${MAX_LINE_CHARS} characters and was not read; split the record into smaller ones`, null);
      out.write(`${splitRecord(text, format).output}\n`);
    } catch (e) {
      failed++;
      const id = e instanceof BadRecord ? e.id : null;
      out.write(`${JSON.stringify({ id, line: lineNo, error: messageOf(e) })}\n`);
    }
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
}
