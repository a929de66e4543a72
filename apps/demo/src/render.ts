import type { ScoredSentence, Summary } from '@vecsum/summarizer';
import { describeReason, FACTOR_TEXT } from '@vecsum/summarizer/reasons';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Shading in [0, 1] from the sentence's cosine, scaled over this document's range. */
function shade(s: ScoredSentence, min: number, max: number): number {
  return max > min ? (s.cosine - min) / (max - min) : 0.5;
}

/** Line chart of cos(summary, document) after each selector step. */
export function traceChart(summary: Summary): SVGElement {
  const w = 320;
  const h = 140;
  const pad = 28;
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', class: 'chart trace-chart', 'aria-label': 'Similarity of the summary to the document after each step' });
  const points = summary.trace.map((t) => t.similarity);
  if (points.length === 0) return chart;
  const lo = Math.min(0, ...points);
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (w - 2 * pad)) / (points.length - 1));
  const y = (v: number) => h - pad - ((v - lo) / (1 - lo || 1)) * (h - 2 * pad);
  chart.append(svg('line', { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, class: 'axis' }));
  chart.append(svg('line', { x1: pad, y1: pad, x2: pad, y2: h - pad, class: 'axis' }));
  chart.append(svg('polyline', { points: points.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'trace-line' }));
  points.forEach((v, i) => {
    const dot = svg('circle', { cx: x(i), cy: y(v), r: 4, class: 'trace-point' });
    const title = svg('title', {});
    title.textContent = `step ${i + 1}: sentence #${summary.trace[i]?.index}, similarity ${v.toFixed(3)}`;
    dot.append(title);
    chart.append(dot);
  });
  const label = svg('text', { x: pad, y: 16, class: 'chart-label' });
  label.textContent = 'cos(summary, document) per step';
  chart.append(label);
  return chart;
}

/** Horizontal bar chart of signed weights, e.g. a word equation's atoms. */
export function barChart(title: string, bars: readonly { label: string; value: number }[]): HTMLElement {
  const box = el('figure', { class: 'bars' });
  box.append(el('figcaption', {}, title));
  const max = Math.max(1e-9, ...bars.map((b) => Math.abs(b.value)));
  for (const b of bars) {
    const row = el('div', { class: 'bar-row' });
    row.append(el('span', { class: 'bar-label' }, b.label));
    const bar = el('span', { class: `bar ${b.value < 0 ? 'neg' : 'pos'}` });
    bar.style.width = `${(Math.abs(b.value) / max) * 100}%`;
    row.append(bar, el('span', { class: 'bar-value' }, b.value.toFixed(3)));
    box.append(row);
  }
  return box;
}

/** The full text with every sentence shaded by importance and the picked ones marked. */
export function renderSummary(summary: Summary, title: string, onSelect: (s: ScoredSentence) => void): HTMLElement {
  const panel = el('article', { class: 'summary-panel', 'data-selector': summary.meta.selectorUsed });
  panel.append(el('h2', {}, title));
  const list = el('ol', { class: 'summary-list' });
  for (const i of summary.picked) list.append(el('li', {}, summary.sentences[i]?.text ?? ''));
  panel.append(list);
  const m = summary.meta;
  panel.append(
    el('p', { class: 'meta' }, `${m.selectorUsed}${m.selector === 'auto' ? ' (auto)' : ''} · ${m.used}/${m.limit} ${m.unit} · similarity ${m.similarity.toFixed(3)} · ${m.timings.totalMs.toFixed(0)} ms${m.warnings.length > 0 ? ` · ${m.warnings.join(', ')}` : ''}`),
  );
  const cos = summary.sentences.map((s) => s.cosine);
  const min = Math.min(...cos);
  const max = Math.max(...cos);
  const body = el('div', { class: 'doc' });
  let doc = -1;
  let para = el('p');
  for (const s of summary.sentences) {
    // a heading (never a candidate) gets a line of its own, the text after it a new paragraph
    const title = s.reason === 'heading';
    if (s.docIndex !== doc || title || para.classList.contains('title')) {
      doc = s.docIndex;
      para = el('p', title ? { class: 'title' } : {});
      body.append(para);
    }
    const span = el('span', {
      class: `sentence${s.picked ? ' picked' : ''}`,
      tabindex: '0',
      role: 'button',
      'data-index': String(s.index),
      'aria-label': `Sentence ${s.index}: ${describeReason(s)}`,
    }, s.text);
    span.style.setProperty('--shade', shade(s, min, max).toFixed(3));
    span.addEventListener('click', () => onSelect(s));
    span.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(s);
      }
    });
    para.append(span, document.createTextNode(' '));
  }
  panel.append(body);
  const charts = el('div', { class: 'charts' });
  charts.append(traceChart(summary));
  charts.append(
    barChart(
      'Most document-like sentences (cosine)',
      [...summary.sentences].sort((a, b) => b.cosine - a.cosine).slice(0, 6).map((s) => ({ label: `#${s.index}`, value: s.cosine })),
    ),
  );
  panel.append(charts);
  return panel;
}

/** The explanation panel for one sentence. */
export function renderExplanation(target: HTMLElement, s: ScoredSentence, summary: Summary): void {
  target.replaceChildren();
  target.append(el('h2', {}, `Sentence #${s.index}`));
  target.append(el('p', { class: `verdict ${s.picked ? 'is-picked' : 'is-skipped'}` }, describeReason(s)));
  target.append(el('blockquote', {}, s.text));
  const rows: [string, string][] = [
    ['cosine to document', s.cosine.toFixed(3)],
    ['importance score', s.importance.toFixed(3)],
    ['rank', s.rank === null ? 'not a candidate' : `${s.rank} of ${summary.sentences.filter((x) => x.rank !== null).length}`],
    ['position in its document', String(s.position + 1)],
    ['redundancy with picked', s.redundancy.toFixed(3)],
    ['gain when picked', s.gain === null ? '-' : s.gain.toFixed(3)],
    ['pick order', s.pickOrder === null ? '-' : String(s.pickOrder)],
  ];
  const table = el('table');
  for (const [k, v] of rows) {
    const tr = el('tr');
    tr.append(el('th', { scope: 'row' }, k), el('td', {}, v));
    table.append(tr);
  }
  target.append(table);
  // The learned model (the default on one document, above one sentence): what moved this sentence's score.
  if (s.factors != null && s.factors.length > 0) {
    target.append(
      barChart(
        'What moved the learned score (log-odds)',
        s.factors.map((f) => ({ label: FACTOR_TEXT[f.feature] ?? f.feature, value: f.contribution })),
      ),
    );
  }
  if (s.dangling) target.append(el('p', { class: 'note' }, 'Opens with a word that refers back ("He", "This", "However"): it may read oddly alone.'));
  target.focus();
}

/** Bar charts of the word equations of the document and of the remaining gap. */
export function renderEquations(analysis: { document: { equation: { atoms: { word: string; weight: number }[]; reconstructionCosine: number } }; gap: { equation: { atoms: { word: string; weight: number }[]; reconstructionCosine: number } } }): HTMLElement {
  const box = el('div', { class: 'charts equations' });
  const chart = (title: string, eq: { atoms: { word: string; weight: number }[]; reconstructionCosine: number }) =>
    barChart(`${title} (reconstruction cos ${eq.reconstructionCosine.toFixed(2)})`, eq.atoms.slice(0, 8).map((a) => ({ label: a.word, value: a.weight })));
  box.append(chart('Document = sum of words', analysis.document.equation), chart('Still missing (document − summary)', analysis.gap.equation));
  return box;
}
