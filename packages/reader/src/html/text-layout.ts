import { isSeriesBoilerplate } from './boilerplate.js';
import { holdsSentence } from './sentences.js';

/**
 * The layout of a plain-text document as a `<pre>` shows it (round 9, after batch 10's man page,
 * RFC and Bugzilla bug): blocks separated by blank lines, read as paragraphs and headings. What
 * plain-text layout adds around the text goes: running headers and footers and page breaks (an
 * RFC's "Smith   Informational   [Page 3]" and "RFC 9901   Title   March 2025", a man page's
 * "LS(1)   User Commands   LS(1)", form feeds), column blocks (an RFC's two-column header of
 * streams, authors and date), dot-leader lines (a table of contents) and a plain-text series'
 * boilerplate sections (boilerplate.ts: "Status of This Memo", "Copyright Notice", "Authors'
 * Addresses"). A block indented deeper than the text with no sentence in it is a command or
 * a figure ("$ ls -l"), left out as code is; a line alone and outdented from the text is a
 * heading ("Abstract"), as is a line the renderer marks as one (`<span class="h2">`).
 */

export interface TextBlock {
  /** 0 for a paragraph, else the heading level. */
  level: number;
  text: string;
}

interface Line {
  indent: number;
  text: string;
}

/** A page marker at a running line's end: "[Page 3]", "Page 3", "- 3 -". */
const PAGE_MARK = /(?:\[Page \d+\]|\bPage \d+|-\s*\d+\s*-)$/i;
/** A man page reference, the first and last field of its running header ("LS(1)") and last of its footer. */
const MAN_REF = /^\S+\(\d\w*\)$/;
/** The series' name and number that opens a running header ("RFC 9901", "Internet-Draft"). */
const SERIES = /^(?:RFC \d+|Internet-Draft)$/i;
/** A wide gap between the fields of a spread line. */
const GAP = / {3,}/;
/** A column gap: text laid out in two columns, or pushed to the right margin. */
const COLUMN_GAP = /\S {8,}\S/;
const RIGHT_ALIGNED_INDENT = 30;
/** A table-of-contents line's dot leader and page number ("1.  Introduction . . . . 2"). */
const LEADER = /(?:\s?\.){4,}\s*\d+\s*$/;
const HEADING_MAX_CHARS = 72;

/** A running header or footer of a paged plain-text document: two or three spread fields, one a page or document mark. */
export function isRunningLine(line: string): boolean {
  const fields = line
    .trim()
    .split(GAP)
    .filter((f) => f !== '');
  if (fields.length < 2 || fields.length > 3) return false;
  const first = fields[0] ?? '';
  const last = fields[fields.length - 1] ?? '';
  return PAGE_MARK.test(last) || MAN_REF.test(last) || MAN_REF.test(first) || SERIES.test(first);
}

/**
 * The paragraphs and headings of a plain text laid out as a document; `headings` maps a line's
 * text (spaces squashed) to the level its markup gives it.
 */
export function layoutBlocks(text: string, headings: ReadonlyMap<string, number> = new Map()): TextBlock[] {
  const blocks = splitBlocks(text);
  const base = baseIndent(blocks);
  const out: TextBlock[] = [];
  let skipping = false;
  for (const block of blocks) {
    const joined = block
      .map((l) => l.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    const level = headings.get(joined) ?? (isOutdentedHeading(block, base) ? 2 : 0);
    if (level > 0) {
      skipping = isSeriesBoilerplate(joined);
      if (!skipping) out.push({ level, text: joined });
      continue;
    }
    if (skipping) continue;
    const deep = (block[0]?.indent ?? 0) > base && !holdsSentence(joined);
    if (!deep) out.push({ level: 0, text: joined });
  }
  return out;
}

/** Blank-line blocks of the text's lines, running lines, column blocks and leader lines left out. */
function splitBlocks(text: string): Line[][] {
  const blocks: Line[][] = [[]];
  for (const raw of text.split(/\r?\n|\f/)) {
    if (raw.trim() === '' || isRunningLine(raw)) {
      if ((blocks[blocks.length - 1] ?? []).length > 0) blocks.push([]);
      continue;
    }
    if (LEADER.test(raw)) continue;
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    blocks[blocks.length - 1]?.push({ indent, text: raw.trimEnd() });
  }
  return blocks.filter((b) => b.length > 0 && !isColumnBlock(b));
}

/** Two or more lines, each laid out in columns or pushed to the right margin: a header table, not prose. */
function isColumnBlock(block: Line[]): boolean {
  return block.length >= 2 && block.every((l) => COLUMN_GAP.test(l.text.trim()) || l.indent >= RIGHT_ALIGNED_INDENT);
}

/** The indent of the text's paragraphs: the least indent of a block of two or more lines or ending as a sentence does. */
function baseIndent(blocks: Line[][]): number {
  const prose = blocks.filter((b) => b.length >= 2 || /[.!?:]$/.test(b[0]?.text ?? ''));
  const indents = (prose.length > 0 ? prose : blocks).map((b) => b[0]?.indent ?? 0);
  return indents.length === 0 ? 0 : Math.min(...indents);
}

/** A line alone, outdented from the text, short, not ending as a sentence or a clause does. */
function isOutdentedHeading(block: Line[], base: number): boolean {
  const line = block[0];
  if (block.length !== 1 || line === undefined || line.indent >= base) return false;
  const text = line.text.trim();
  return text.length <= HEADING_MAX_CHARS && !/[.!?,;:]$/.test(text) && /\p{L}/u.test(text);
}
