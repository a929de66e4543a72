import { isFurnitureText } from '../html/furniture-lines.js';
import type { Line } from './layout.js';
import { ParagraphBuilder } from './paragraph-builder.js';

export interface PdfText {
  text: string;
  title?: string;
  /** Paragraphs that are small print, captions or reference entries: kept in the text, not to be picked. */
  doubtful: string[];
}

/**
 * Lines in reading order to Markdown-shaped text. Lines in a font clearly larger than the body's,
 * or short standalone lines in another font at the body's size (a bold "2.1 Methods"), are headings
 * ("# " for the largest on the first page). Paragraphs break where the line spacing opens up, at an
 * indented first line, after a line the next line's first word would have fitted on, after a short
 * line that ends a sentence, and at a list mark (dropped); a paragraph runs on across a column or a
 * page unless the line before ended one. Small print (footnotes, small captions) never breaks a
 * paragraph of body text: it follows it. Words hyphenated at a line end are joined, keeping the
 * hyphen where the document writes the compound with one. Small print, captions, table rows,
 * contents lines, reference entries and lines that read as a web page's furniture are doubtful.
 */
export function toText(lines: readonly Line[]): PdfText {
  if (lines.length === 0) return { text: '', doubtful: [] };
  const joined = attachDropCaps(lines);
  const builder = new ParagraphBuilder(joined);
  for (const l of joined) builder.add(l);
  const { blocks, title } = builder.finish();
  dropParagraphNumbers(blocks);
  // a line a web page's furniture reads as (a cookie notice, a byline, a share line, a copyright line): kept, not to be picked
  for (const b of blocks) if (!b.text.startsWith('#') && isFurnitureText(b.text)) b.doubtful = true;
  return {
    text: blocks.map((b) => b.text).join('\n\n'),
    ...(title === undefined ? {} : { title }),
    doubtful: blocks.filter((b) => b.doubtful).map((b) => b.text),
  };
}

/** A paragraph's number at its start ("7 The Council will ..."), as a margin or a numbered-paragraph style prints it. */
const NUMBERED = /^(\d{1,3})\s+(?=[\p{Lu}"\u201c(])/u;

/**
 * Paragraph numbers dropped where paragraphs are numbered one after another (at least three in a row, other
 * paragraphs between them allowed): a policy's or a report's numbered paragraphs; a paragraph that happens
 * to open with a number keeps it.
 */
function dropParagraphNumbers(blocks: { text: string }[]): void {
  let run: { text: string }[] = [];
  let next = -1;
  const end = () => {
    if (run.length >= 3) for (const b of run) b.text = b.text.replace(NUMBERED, '');
    run = [];
  };
  for (const b of blocks) {
    const n = Number(NUMBERED.exec(b.text)?.[1] ?? Number.NaN);
    if (Number.isNaN(n)) continue;
    if (n !== next) end();
    run.push(b);
    next = n + 1;
  }
  end();
}

/**
 * Drop caps joined to their paragraph: a capital alone in type twice the body's or more, and the line that starts right
 * after it within its height (the paragraph's first): "A" + "t a quarter past six", wherever the stream draws the letter.
 */
function attachDropCaps(lines: readonly Line[]): Line[] {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const out = [...lines];
  for (const cap of lines) {
    if (!/^\p{Lu}$/u.test(cap.text) || cap.size < 2 * body) continue;
    const first = out
      .filter((l) => l !== cap && l.page === cap.page && l.x >= cap.right - 2 && l.x <= cap.right + 2 * body && l.y >= cap.y - 2 && l.y <= cap.y + cap.size)
      .sort((a, b) => b.y - a.y)[0];
    if (first === undefined || !/^\p{Ll}/u.test(first.text)) continue;
    out[out.indexOf(first)] = { ...first, text: cap.text + first.text };
    out.splice(out.indexOf(cap), 1);
  }
  return out;
}
