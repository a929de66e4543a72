import type { Line } from './layout.js';

/** A line's text with digits as "#": running headers and footers that carry a page number match. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(?:page\s+)?[#ivxlc]+(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;
/** Lines at the top and bottom of a page looked at for running headers and footers. */
const EDGE = 2;

/**
 * Pages' lines without running headers, footers and page numbers: a line among the first or
 * last EDGE of a page whose shape (digits aside) repeats at the edge of at least half the
 * pages (two at least), and any edge line that is a page number alone.
 */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set(edges(lines).map((l) => shape(l.text)));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const repeated = (s: string) => pages.length >= 2 && (counts.get(s) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((l) => !(edge.has(l) && (repeated(shape(l.text)) || PAGE_NUMBER.test(shape(l.text)))));
  });
}

/** The top and bottom lines of a page (by position, whatever the reading order). */
function edges(lines: readonly Line[]): Line[] {
  const byY = [...lines].sort((a, b) => b.y - a.y);
  return [...byY.slice(0, EDGE), ...byY.slice(-EDGE)];
}

/**
 * Lines in reading order to Markdown-shaped text: paragraphs (a blank line between them) where
 * the line spacing opens up, the column changes after a short line, or a short line ends a
 * sentence; words hyphenated at a line end joined ("conti-" + "nued" -> "continued");
 * lines in a font clearly larger than the body as headings ("## ...", the largest on the first
 * page as the "# " title).
 */
export function toText(lines: readonly Line[]): { text: string; title?: string } {
  if (lines.length === 0) return { text: '' };
  const body = median(lines.map((l) => l.size));
  const spacing =
    median(
      lines
        .slice(1)
        .map((l, i) => lines[i]!.y - l.y)
        .filter((d) => d > 0 && d < 3 * body),
    ) || body * 1.2;
  const width = median(lines.map((l) => l.right - l.x));
  const largest = Math.max(...lines.map((l) => l.size));
  const blocks: string[] = [];
  let title: string | undefined;
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(current.trim());
    current = '';
  };
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (l.size >= 1.2 * body && l.text.split(' ').length <= 15) {
      flush();
      const top = title === undefined && l.size === largest && blocks.length === 0;
      if (top) title = l.text;
      blocks.push(`${top ? '#' : '##'} ${l.text}`);
      return;
    }
    const endsSentence = prev !== undefined && /[.!?:"”)]$/.test(prev.text);
    const newParagraph =
      prev === undefined ||
      prev.size >= 1.2 * body ||
      (prev.column === l.column && prev.y - l.y > 1.6 * spacing) ||
      (prev.right - prev.x < 0.8 * width && endsSentence) ||
      (prev.column !== l.column && endsSentence && /^\p{Lu}/u.test(l.text));
    if (newParagraph) flush();
    if (current === '') current = l.text;
    else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(l.text)) current = current.slice(0, -1) + l.text;
    else current += ` ${l.text}`;
  });
  flush();
  return { text: blocks.join('\n\n'), ...(title === undefined ? {} : { title }) };
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
