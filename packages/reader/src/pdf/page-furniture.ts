import { columnGeometry } from './columns.js';
import type { Line } from './layout.js';

/** A text's shape: digits as "#", lower case, spaces collapsed (running heads that carry a page number match). */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Texts that are page furniture wherever they stand at a page's edge, by their shape: a page number alone
 * ("3", "iv", "- 3 -", "[Page 3]", "Page 3 of 7", "3/7", "p. 3"), a browser's printed date and time
 * ("12/7/26, 3:04 PM") and an address alone.
 */
const FURNITURE = [
  /^(?:page\s+|p\.\s*)?(?:#|[ivxlc]+)(?:\s*(?:of|\/)\s*#)?$/,
  /^[-\u2013\u2014]\s*(?:#|[ivxlc]+)\s*[-\u2013\u2014]$/,
  /^\[\s*page\s+#\s*\]$/,
  /^#\/#\/#,?\s+#:#(?::#)?\s*(?:[ap]\.?m\.?)?$/,
  /^(?:https?:\/\/|www\.)\S+$/,
];

/** Baselines at the top and at the bottom of a page looked at for running heads and feet. */
const EDGE = 2;

/**
 * Pages' lines without running headers, footers and page numbers: a piece of a line on one of
 * the EDGE top or bottom baselines of its page whose shape (digits aside) stands at the edge of
 * at least two pages and a fifth of them, or that is furniture by its shape alone.
 */
export function dropPageFurniture(pages: readonly Line[][]): Line[][] {
  const counts = new Map<string, number>();
  const edgeSets = pages.map(edges);
  for (const edge of edgeSets) for (const s of new Set([...edge].map((l) => shape(l.text)))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const repeated = (s: string) => (counts.get(s) ?? 0) >= Math.max(2, 0.2 * pages.length);
  const { body, spacing } = columnGeometry(pages.flat());
  return pages.map((lines, p) => {
    const edge = edgeSets[p]!;
    const apart = isolatedEnds(lines, body, spacing);
    return lines.filter((l) => {
      if (!edge.has(l)) return true;
      const s = shape(l.text);
      return !(repeated(s) || FURNITURE.some((re) => re.test(s)) || apart.has(l.y));
    });
  });
}

/**
 * The baselines of a page's first and last line when they stand apart (twice the line spacing or more from
 * the next), in type no larger than the body's, and do not end a sentence: a running head or foot that the
 * document prints only once (a two-page memo's one header).
 */
function isolatedEnds(lines: readonly Line[], body: number, spacing: number): Set<number> {
  const ys = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
  const out = new Set<number>();
  if (ys.length < 3) return out;
  const at = (y: number) => lines.filter((l) => Math.abs(Math.round(l.y) - y) <= 1);
  for (const [y, next] of [
    [ys[0]!, ys[1]!],
    [ys[ys.length - 1]!, ys[ys.length - 2]!],
  ] as const) {
    const pieces = at(y);
    const text = pieces.map((l) => l.text).join(' ');
    if (Math.abs(y - next) >= 2 * spacing && pieces.every((l) => l.size <= 1.05 * body) && !/[.!?]["\u201d)]?$/u.test(text))
      for (const l of pieces) out.add(l.y);
  }
  return out;
}

/** The pieces on the top and bottom EDGE baselines of a page (by position, whatever the reading order). */
function edges(lines: readonly Line[]): Set<Line> {
  const baselines: number[] = [];
  for (const y of [...lines.map((l) => l.y)].sort((a, b) => b - a)) {
    const last = baselines[baselines.length - 1];
    if (last === undefined || last - y > 2) baselines.push(y);
  }
  const top = baselines[Math.min(EDGE, baselines.length) - 1] ?? Infinity;
  const bottom = baselines[Math.max(0, baselines.length - EDGE)] ?? -Infinity;
  return new Set(lines.filter((l) => l.y >= top - 2 || l.y <= bottom + 2));
}
