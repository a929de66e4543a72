import type { Line } from './layout.js';

/** What the paragraph rules know of a document's lines: the body's size, font and line spacing, and each line's column. */
export interface Geometry {
  /** The body text's font size: the size of the most characters. */
  body: number;
  /** The body text's font: the font of the most characters at that size. */
  bodyFont: string;
  /** The usual distance between two baselines of the body. */
  spacing: number;
  /** The left edge of a line's column: the left edge most lines of its page share, at or left of the line's within five ems. */
  left(l: Line): number;
  /** Whether a line starts an em or more (and at most five) right of its column's left edge: a paragraph's first line. */
  indented(l: Line): boolean;
  /** Whether a line ends well before its column's right edge (a paragraph's last line, in justified text). */
  short(l: Line): boolean;
  /** The room left at a line's end before its column's right edge. */
  room(l: Line): number;
  /** Whether paragraphs open with an indented first line (most lines after a paragraph's short last line are indented). */
  indentStyle: boolean;
}

/** The body's size and font (those of the most characters) and its line spacing (the median distance of two baselines). */
function bodyType(lines: readonly Line[]): { body: number; bodyFont: string; spacing: number } {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const body = top(bySize) ?? 10;
  const byFont = new Map<string, number>();
  for (const l of lines) if (Math.abs(l.size - body) < 0.5) byFont.set(l.font, (byFont.get(l.font) ?? 0) + l.text.length);
  const gaps = lines
    .slice(1)
    .map((l, i) => (l.page === lines[i]!.page && Math.abs(l.size - body) < 0.5 ? lines[i]!.y - l.y : 0))
    .filter((d) => d > 0.5 * body && d < 2.5 * body);
  return { body, bodyFont: top(byFont) ?? '', spacing: median(gaps) || 1.2 * body };
}

export function columnGeometry(lines: readonly Line[]): Geometry {
  const { body, bodyFont, spacing } = bodyType(lines);
  const pages = new Map<number, Line[]>();
  for (const l of lines) pages.set(l.page, [...(pages.get(l.page) ?? []), l]);
  const lefts = new Map<number, Map<number, number>>();
  for (const [p, ls] of pages) {
    const m = new Map<number, number>();
    for (const l of ls) m.set(Math.round(l.x), (m.get(Math.round(l.x)) ?? 0) + 1);
    lefts.set(p, m);
  }
  const leftCache = new Map<Line, number>();
  const left = (l: Line): number => {
    const hit = leftCache.get(l);
    if (hit !== undefined) return hit;
    let best = l.x;
    let n = 0;
    for (const [x, c] of lefts.get(l.page) ?? []) if (x <= l.x + 1 && x >= l.x - 5 * l.size && (c > n || (c === n && x < best))) [best, n] = [x, c];
    leftCache.set(l, best);
    return best;
  };
  const rightCache = new Map<string, number>();
  const right = (l: Line): number => {
    const key = `${l.page}:${left(l)}`;
    const hit = rightCache.get(key);
    if (hit !== undefined) return hit;
    const rs = (pages.get(l.page) ?? [])
      .filter((o) => Math.abs(left(o) - left(l)) < 1)
      .map((o) => o.right)
      .sort((a, b) => b - a);
    // the furthest right edge that many lines reach (within three ems): a column's, not that of a few wider lines
    // (a title or an abstract across two columns starting at the left column's edge)
    const r = rs.find((edge) => rs.filter((x) => x >= edge - 3 * l.size).length >= 0.3 * rs.length) ?? l.right;
    rightCache.set(key, r);
    return r;
  };
  const indented = (l: Line): boolean => l.x - left(l) >= 0.7 * l.size && l.x - left(l) <= 5 * l.size;
  const short = (l: Line): boolean => l.right < right(l) - 2.5 * l.size;
  // after a short line that ends a sentence, directly below it: is the next line indented?
  const after = lines.slice(1).filter((l, i) => {
    const prev = lines[i]!;
    return prev.page === l.page && prev.y > l.y && prev.y - l.y < 2 * spacing && /[.!?]$/.test(prev.text) && short(prev) && Math.abs(l.size - body) < 0.5;
  });
  const indentStyle = after.length >= 2 && after.filter(indented).length >= 0.5 * after.length;
  const index = new Map(lines.map((l, i) => [l, i]));
  // the right edge of the text around a line: the furthest right of the lines near it in the stream and on the page,
  // in its column (a wider abstract above or a table below does not count)
  const room = (l: Line): number => {
    const i = index.get(l) ?? 0;
    let edge = l.right;
    for (const o of lines.slice(Math.max(0, i - 4), i + 5))
      if (o.page === l.page && Math.abs(o.y - l.y) <= 4 * spacing && Math.abs(left(o) - left(l)) < 1 && Math.abs(o.size - l.size) < 0.5)
        edge = Math.max(edge, o.right);
    return edge - l.right;
  };
  return { body, bodyFont, spacing, left, indented, short, indentStyle, room };
}

function top<K>(m: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of m) if (c > n) [best, n] = [k, c];
  return best;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
