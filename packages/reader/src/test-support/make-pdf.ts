import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Builds a two-column PDF the way a report is typeset: a running header and "Page N of M" on
 * every page, a title across both columns on the first page, paragraphs wrapped to the column
 * width with a blank line between them, and long words hyphenated at the end of a line.
 * `columns[p]` is [left column paragraphs, right column paragraphs] of page p.
 */
export async function makeTwoColumnPdf(opts: { title: string; header: string; columns: [string[], string[]][] }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const total = opts.columns.length;
  opts.columns.forEach(([left, right], p) => {
    const page = doc.addPage([595, 842]);
    page.drawText(opts.header, { x: 50, y: 800, size: 8, font });
    page.drawText(`Page ${p + 1} of ${total}`, { x: 270, y: 30, size: 8, font });
    let top = 740;
    if (p === 0) {
      page.drawText(opts.title, { x: 50, y: 740, size: 20, font: bold });
      top = 700;
    }
    column(page, font, left, 50, top);
    column(page, font, right, 315, top);
  });
  return doc.save();
}

const SIZE = 10;
const LEADING = 13;
const WIDTH = 230;

function column(page: PDFPage, font: PDFFont, paragraphs: readonly string[], x: number, top: number): void {
  let y = top;
  for (const para of paragraphs) {
    for (const line of wrap(para, font)) {
      page.drawText(line, { x, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= LEADING; // a blank line between paragraphs
  }
}

/** Greedy wrapping; a word of 9+ letters that does not fit is hyphenated when 4+ letters fit. */
export function wrap(text: string, font: PDFFont): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, SIZE) <= WIDTH;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (fits(next)) {
      line = next;
      continue;
    }
    let cut = 0;
    if (/^[a-z]{9,}[.,]?$/.test(word)) for (let k = word.length - 4; k >= 4 && cut === 0; k--) if (fits(`${line} ${word.slice(0, k)}-`)) cut = k;
    if (cut > 0) {
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
