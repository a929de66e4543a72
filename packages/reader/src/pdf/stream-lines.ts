/**
 * A page's lines in the order its content stream draws them. pdfTeX, groff, Chromium and word
 * processors draw the text in reading order (one column, then the next; footnotes after their
 * column), so that order is kept; only a page drawn row by row across its columns is put in
 * order by position (`geometricLines`).
 */
import { geometricLines, joinRuns, type Line, type TextItem } from './layout.js';

/** A footnote or affiliation mark set raised in small type: digits or a dagger, at most three (a star is math's: k\u2217). */
const MARK = /^[\d\u2020\u2021\u00a7\u00b6]{1,3}$/u;

/**
 * The page's runs, in stream order, cut into pieces of lines: a piece ends where the next run
 * is not on its baseline (sub- and superscripts in smaller type are), goes back left, or
 * follows a gap wider than two ems (a column gutter, a table's cell, a header's far end).
 */
export function streamPieces(items: readonly TextItem[], page: number): Line[] {
  const out: Line[] = [];
  let runs: TextItem[] = [];
  // the piece's main run (most characters) and right end, kept as runs join: linear in the runs, however many a line has
  let ref: TextItem | undefined;
  let right = Number.NEGATIVE_INFINITY;
  const flush = () => {
    const piece = toPiece(runs, page);
    if (piece !== undefined) out.push(piece);
    runs = [];
    ref = undefined;
    right = Number.NEGATIVE_INFINITY;
  };
  const join = (it: TextItem) => {
    runs.push(it);
    right = Math.max(right, it.x + it.width);
    if (it.str.trim() !== '' && (ref === undefined || it.str.trim().length > ref.str.trim().length)) ref = it;
  };
  for (const it of items) {
    if (it.str === '' || (ref === undefined && it.str.trim() === '')) continue;
    if (ref === undefined || it.str.trim() === '') {
      join(it);
      continue;
    }
    const size = Math.max(ref.size, it.size);
    const dy = it.y - ref.y;
    const script = Math.min(ref.size, it.size) < 0.88 * size;
    const sameLine = Math.abs(dy) <= 0.35 * size || (script && dy > -0.45 * size && dy < 0.75 * size);
    const gap = it.x - right;
    if (!(sameLine && gap > -0.6 * size && gap < 2 * size)) flush();
    join(it);
  }
  flush();
  return out;
}

/** A page's lines in reading order: the stream's, unless the page is drawn row by row across columns. */
export function pageLines(items: readonly TextItem[], page: number): Line[] {
  const pieces = streamPieces(items, page);
  // row by row: many lines of text (not a table's short cells) continue the previous one's baseline after a gutter-wide gap
  const across = pieces.slice(1).filter((p, i) => {
    const prev = pieces[i]!;
    return Math.abs(p.y - prev.y) < 0.3 * p.size && p.x > prev.right + 1.5 * p.size && prev.text.length >= 25 && p.text.length >= 25;
  }).length;
  if (across >= 4 && across >= 0.25 * pieces.length) return mergeRows(geometricLines(items, page));
  return pieces;
}

/** Consecutive pieces on one baseline, left to right (a table's row, a header's two ends), as one line. */
export function mergeRows(lines: readonly Line[]): Line[] {
  const rows: { line: Line; cells: { text: string; x: number }[]; main: Line }[] = [];
  for (const l of lines) {
    const row = rows[rows.length - 1];
    const prev = row?.line;
    const sameBaseline = prev !== undefined && prev.page === l.page && Math.abs(prev.y - l.y) < 0.3 * Math.max(prev.size, l.size);
    if (row === undefined || prev === undefined || !sameBaseline || !(l.x > prev.right || l.right <= prev.x)) {
      rows.push({ line: l, cells: [...cellsOf(l)], main: l });
      continue;
    }
    // left to right by position: a list's label drawn after its item's text goes in front
    if (l.x > prev.right) {
      row.cells.push(...cellsOf(l));
      row.line = { ...prev, right: l.right };
    } else {
      row.cells.unshift(...cellsOf(l));
      row.line = { ...prev, x: l.x };
    }
    if (l.text.length > row.main.text.length) row.main = l;
  }
  return rows.map(({ line, cells, main }) =>
    cells.length === 1 ? line : { ...line, text: cells.map((c) => c.text).join(' '), cells, size: main.size, font: main.font },
  );
}

/** The run with the most characters: its baseline, size and font are the line's. */
function mainRun(runs: readonly TextItem[]): TextItem | undefined {
  let best: TextItem | undefined;
  for (const r of runs) if (r.str.trim() !== '' && (best === undefined || r.str.trim().length > best.str.trim().length)) best = r;
  return best;
}

function end(runs: readonly TextItem[]): number {
  return Math.max(...runs.map((r) => r.x + r.width));
}

/** Runs to a piece of a line, its raised small marks (footnote numbers, daggers) left out. */
function toPiece(runs: readonly TextItem[], page: number): Line | undefined {
  const main = mainRun(runs);
  if (main === undefined) return undefined;
  const kept = runs.filter((r) => !(r.size < 0.88 * main.size && r.y - main.y > 0.2 * main.size && MARK.test(r.str.trim())));
  const text = joinRuns(kept);
  const first = kept.find((r) => r.str.trim() !== '');
  if (text === '' || first === undefined) return undefined;
  return { text, x: first.x, y: main.y, right: end(kept), size: main.size, font: main.font, page };
}

const cellsOf = (l: Line): { text: string; x: number }[] => l.cells ?? [{ text: l.text, x: l.x }];
