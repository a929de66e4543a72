/**
 * PDF text geometry: the runs PDF.js gives, the lines made of them, and the geometric reading
 * order used when a page's own order (its content stream) reads across columns (pure functions).
 */

/** One run of text on a page: its string, left x, baseline y (upwards), width, font size and font. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** PDF.js's name of the run's font (which font, not its family): a heading set in bold differs from the body's. */
  font: string;
}

/** A line (or a piece of one) of text, with its geometry. */
export interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** The font of most of its characters. */
  font: string;
  /** The page it is on (0-based). */
  page: number;
  /** The pieces set apart by gaps wider than two ems that make up the line, left to right (a table's row has one a cell). */
  cells?: { text: string; x: number }[];
}

/**
 * The gutter between two columns: the widest vertical band in the middle half of the text's
 * width that no item crosses (ignoring the fewest lines, such as a title spanning both), or
 * undefined for one column. Returned as the band's middle x.
 */
export function findGutter(items: readonly TextItem[]): number | undefined {
  if (items.length < 6) return undefined;
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.width));
  const width = right - left;
  const step = 2;
  const cells = Math.ceil(width / step);
  const cover = new Array<number>(cells + 1).fill(0);
  for (const it of items) {
    for (let c = Math.floor((it.x - left) / step); c <= Math.min(cells, Math.ceil((it.x + it.width - left) / step)); c++) cover[c] = (cover[c] ?? 0) + 1;
  }
  // a title across both columns and a centred page number may cross the gutter
  const limit = Math.max(2, Math.floor(items.length * 0.1));
  let best: [number, number] | undefined;
  let start = -1;
  for (let c = Math.floor(cells * 0.25); c <= Math.ceil(cells * 0.75) + 1; c++) {
    const open = c <= cells * 0.75 && (cover[c] ?? 0) <= limit;
    if (open && start < 0) start = c;
    if (!open && start >= 0) {
      if (best === undefined || c - start > best[1] - best[0]) best = [start, c];
      start = -1;
    }
  }
  const minGap = 8; // points: wider than a space between words
  if (best === undefined || (best[1] - best[0]) * step < minGap) return undefined;
  const gutter = left + ((best[0] + best[1]) / 2) * step;
  // two columns hold text on both sides: at least a fifth of the items each
  const leftOf = items.filter((i) => i.x + i.width <= gutter).length;
  const rightOf = items.filter((i) => i.x >= gutter).length;
  return Math.min(leftOf, rightOf) >= 0.2 * items.length ? gutter : undefined;
}

/** Runs joined into one line's text: no space where they touch, one where there is a gap or a space. */
export function joinRuns(runs: readonly TextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    text += text === '' || gap < 0.15 * r.size || /\s$/.test(text) || /^\s/.test(r.str) ? r.str : ` ${r.str}`;
    end = Math.max(end, r.x + r.width);
  }
  return composeAccents(text.replace(/\s+/g, ' ').trim());
}

/** Spacing accents and the combining marks they stand for. */
const ACCENTS: Record<string, string> = {
  '\u00b4': '\u0301',
  '\u02cb': '\u0300',
  '\u00a8': '\u0308',
  '\u02c6': '\u0302',
  '\u02dc': '\u0303',
  '\u02c7': '\u030c',
  '\u02d8': '\u0306',
  '\u02da': '\u030a',
  '\u00b8': '\u0327',
};

/**
 * Accents TeX's OT1 fonts draw as a glyph of their own before the letter ("Gda\u00b4nsk"), put on the letter where the two make
 * one character ("Gda\u0144sk"); an accent that makes none (an apostrophe typed as an acute: "don\u00b4t") stays.
 */
export function composeAccents(text: string): string {
  return text.replace(/([\u00b4\u02cb\u00a8\u02c6\u02dc\u02c7\u02d8\u02da\u00b8])(\p{L})/gu, (all, accent: string, letter: string) => {
    const one = `${letter}${ACCENTS[accent] ?? ''}`.normalize('NFC');
    return [...one].length === 1 ? one : all;
  });
}

/** Items grouped into lines by position alone: same baseline (within 40 % of the font size), left to right. */
export function toLines(items: readonly TextItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(first.y - it.y) < 0.4 * Math.max(first.size, it.size)) line.push(it);
    else lines.push([it]);
  }
  return lines.map((runs) => {
    runs.sort((a, b) => a.x - b.x);
    const main = runs.reduce((a, b) => (b.str.length > a.str.length ? b : a));
    const first = runs[0]!;
    const right = Math.max(...runs.map((r) => r.x + r.width));
    return { text: joinRuns(runs), x: first.x, y: main.y, right, size: main.size, font: main.font, page };
  });
}

/**
 * A page's lines in reading order by position alone: full-width lines (crossing the gutter) cut
 * the page into bands; in each band the left column is read before the right one.
 */
export function geometricLines(items: readonly TextItem[], page: number): Line[] {
  const words = items.filter((i) => i.str.trim() !== '');
  const gutter = findGutter(words);
  if (gutter === undefined) return toLines(words, page);
  const crosses = (i: TextItem) => i.x < gutter && i.x + i.width > gutter;
  const spanning = toLines(words.filter(crosses), page);
  const leftLines = toLines(
    words.filter((i) => !crosses(i) && i.x + i.width <= gutter),
    page,
  );
  const rightLines = toLines(
    words.filter((i) => !crosses(i) && i.x >= gutter),
    page,
  );
  const out: Line[] = [];
  const cuts = [Infinity, ...spanning.map((l) => l.y), -Infinity];
  for (let b = 0; b + 1 < cuts.length; b++) {
    const [top, bottom] = [cuts[b]!, cuts[b + 1]!];
    const inBand = (l: Line) => l.y < top && l.y > bottom;
    out.push(...leftLines.filter(inBand), ...rightLines.filter(inBand));
    const cut = spanning[b];
    if (cut !== undefined) out.push(cut);
  }
  return out;
}
