import type { Summary } from '@vecsum/summarizer';
import { el, svg } from './dom.js';
import { sentenceName } from './explain-text.js';

const W = 360;
const H = 180;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

/** Tick values for a closeness axis: the data's range widened to tenths, three ticks. */
function yTicks(values: readonly number[]): number[] {
  const lo = Math.floor(Math.min(...values) * 10) / 10;
  const hi = Math.min(1, Math.ceil(Math.max(...values) * 10) / 10);
  const top = hi > lo ? hi : lo + 0.1;
  return [lo, (lo + top) / 2, top];
}

/** Line chart of the summary's closeness to the document after each pick, with labelled axes. */
export function traceChart(summary: Summary): HTMLElement {
  const figure = el('figure', { class: 'chart-figure' });
  figure.append(el('figcaption', {}, 'How close the summary gets to the document after each pick'));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart trace-chart', 'aria-label': traceDescription(summary) });
  figure.append(chart);
  const points = summary.trace.map((t) => t.similarity);
  if (points.length === 0) return figure;
  const ticks = yTicks(points);
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number): number => PAD.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  for (const t of ticks) {
    chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(t), y2: y(t), class: 'grid' }));
    chart.append(svg('text', { x: PAD.left - 6, y: y(t) + 4, class: 'tick-label y-tick', 'text-anchor': 'end' }, t.toFixed(2)));
  }
  chart.append(svg('line', { x1: PAD.left, y1: PAD.top + plotH, x2: W - PAD.right, y2: PAD.top + plotH, class: 'axis' }));
  chart.append(svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: PAD.top + plotH, class: 'axis' }));
  points.forEach((_, i) => {
    chart.append(svg('text', { x: x(i), y: PAD.top + plotH + 16, class: 'tick-label x-tick', 'text-anchor': 'middle' }, String(i + 1)));
  });
  chart.append(svg('text', { x: PAD.left + plotW / 2, y: H - 4, class: 'axis-title', 'text-anchor': 'middle' }, 'pick'));
  chart.append(svg('polyline', { points: points.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'trace-line' }));
  points.forEach((v, i) => {
    const dot = svg('circle', { cx: x(i), cy: y(v), r: 4, class: 'trace-point' });
    dot.append(svg('title', {}, `Pick ${i + 1}: ${sentenceName(summary.trace[i]?.index ?? 0)}, closeness ${v.toFixed(3)}`));
    chart.append(dot);
  });
  return figure;
}

function traceDescription(summary: Summary): string {
  const steps = summary.trace.map((t, i) => `after pick ${i + 1} (${sentenceName(t.index)}) ${t.similarity.toFixed(2)}`);
  return `Closeness of the summary to the document: ${steps.join('; ')}.`;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** A short note after the label, e.g. "not in the text". */
  readonly note?: string;
}

/** Horizontal bar chart of signed weights; labels are shown whole (they wrap, never cut). */
export function barChart(title: string, bars: readonly Bar[], caption?: string): HTMLElement {
  const box = el('figure', { class: 'bars' });
  box.append(el('figcaption', {}, title));
  if (caption !== undefined) box.append(el('p', { class: 'chart-note' }, caption));
  const max = Math.max(1e-9, ...bars.map((b) => Math.abs(b.value)));
  const grid = el('div', { class: 'bar-grid' });
  for (const b of bars) {
    const row = el('div', { class: 'bar-row' });
    const label = el('span', { class: 'bar-label' }, b.label);
    if (b.note !== undefined) label.append(el('span', { class: 'bar-note' }, ` (${b.note})`));
    const track = el('span', { class: 'bar-track' });
    const bar = el('span', { class: `bar ${b.value < 0 ? 'neg' : 'pos'}` });
    bar.style.width = `${(Math.abs(b.value) / max) * 100}%`;
    track.append(bar);
    row.append(label, track, el('span', { class: 'bar-value' }, `${b.value < 0 ? '−' : '+'}${Math.abs(b.value).toFixed(2)}`));
    grid.append(row);
  }
  box.append(grid);
  return box;
}

/** A word of a word equation as POST /v1/analyze gives it (`inText: false`: the word does not occur in the text). */
export interface EquationWord {
  readonly word: string;
  readonly weight: number;
  readonly inText?: boolean;
}

/** Bars of a word equation (largest first, `top` of them); a word the server marks as not in the text says so. */
export function equationBars(atoms: readonly EquationWord[], top = 8): Bar[] {
  return atoms.slice(0, top).map((a) => ({ label: a.word, value: a.weight, ...(a.inText === false ? { note: 'not in the text' } : {}) }));
}

/** The server's one line on what the word-equation charts mean (`note` of /v1/analyze), shown above them. */
export function equationLegend(note: string): HTMLElement {
  return el('p', { class: 'chart-note equation-legend' }, note);
}
