import { StringDecoder } from 'node:string_decoder';
import { CliError, EXIT, messageOf } from '../errors.js';
import { closeInput, openInput, watchSilence, type InputSource, type OpenOptions } from './input-source.js';

/** Longest JSONL line kept: 32 Mi characters (a record past it is reported, not held). */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

/** One line of a JSONL input: its text (without the line break), or `tooLong` when it was dropped. */
export interface JsonlLine {
  readonly lineNo: number;
  readonly text: string;
  readonly tooLong: boolean;
}

export interface JsonlOptions extends OpenOptions {
  readonly maxLineChars?: number;
}

/** Splits decoded text into lines across chunks: \n, \r\n and a lone \r end a line, as readline does. */
class LineSplitter {
  private part = '';
  private partTooLong = false;
  private afterCr = false;
  private lineNo = 0;
  constructor(private readonly max: number) {}

  push(text: string, out: JsonlLine[]): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      if (ch === 10 && this.afterCr && i === start && this.part === '' && !this.partTooLong) {
        this.afterCr = false;
        start = i + 1;
        continue;
      }
      this.add(text.slice(start, i));
      out.push(this.take());
      this.afterCr = ch === 13;
      start = i + 1;
    }
    if (start < text.length) {
      this.afterCr = false;
      this.add(text.slice(start));
    }
  }

  /** The last line, when the input does not end with a line break. */
  end(out: JsonlLine[]): void {
    if (this.part !== '' || this.partTooLong) out.push(this.take());
  }

  private add(s: string): void {
    if (this.partTooLong) return;
    if (this.part.length + s.length > this.max) {
      this.part = '';
      this.partTooLong = true;
    } else this.part += s;
  }

  private take(): JsonlLine {
    this.lineNo++;
    const line = { lineNo: this.lineNo, text: this.part.replace(/^\uFEFF/, ''), tooLong: this.partTooLong };
    this.part = '';
    this.partTooLong = false;
    return line;
  }
}

/**
 * The lines of a JSONL file or of standard input (`-`), read as a stream: UTF-8, a BOM at the
 * start of a line dropped (files joined with cat keep theirs), a line longer than `maxLineChars` reported as `tooLong` (its text is not
 * kept, so an endless line costs no memory), folders and devices refused, a silent named pipe
 * given up after its wait.
 * @throws CliError INPUT_NOT_READABLE (exit 3) when the input cannot be opened or read
 */
export async function* jsonlLines(path: string, options: JsonlOptions = {}): AsyncGenerator<JsonlLine> {
  const source = openInput(path, options);
  const splitter = new LineSplitter(options.maxLineChars ?? MAX_LINE_CHARS);
  const decoder = new StringDecoder('utf8');
  let silent: CliError | undefined;
  const disarm = watchSilence(source, (e) => {
    silent = e;
    source.stream.destroy();
  });
  try {
    for await (const chunk of source.stream) {
      disarm();
      const lines: JsonlLine[] = [];
      splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer), lines);
      yield* lines;
    }
    if (silent !== undefined) throw silent;
    const rest: JsonlLine[] = [];
    splitter.push(decoder.end(), rest);
    splitter.end(rest);
    yield* rest;
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    if (silent !== undefined) throw silent;
    throw readFailed(source, cause);
  } finally {
    disarm();
    closeInput(source, options.stdin);
  }
}

const readFailed = (source: InputSource, cause: unknown): CliError =>
  new CliError('INPUT_NOT_READABLE', `cannot read ${source.name}: ${messageOf(cause)}`, EXIT.input, { cause });
