import type { ScoredSentence, Summary } from '@vecsum/summarizer';
import type { AnalysisView, ServerSummary } from './api-client.js';
import { barChart, equationBars, equationLegend, traceChart } from './charts.js';
import { el } from './dom.js';
import { sentenceName, sentenceNumber } from './explain-text.js';
import { plainWarning } from './messages.js';
import { shades, type ShadeMode } from './shading.js';

export interface SummaryView {
  readonly shadeMode: ShadeMode;
  readonly onSelect: (s: ScoredSentence, node: HTMLElement) => void;
}

/** One line about how the summary was made, in words. */
function metaLine(summary: Summary): string {
  const m = summary.meta;
  const unit = m.unit === 'chars' ? 'characters' : m.unit;
  const made = m.selector === 'auto' ? `made by ${m.selectorUsed} (chosen by auto)` : `made by ${m.selectorUsed}`;
  return `${made} · ${m.used} of ${m.limit} ${unit} · closeness to the document ${m.similarity.toFixed(3)} · ${m.timings.totalMs.toFixed(0)} ms`;
}

/** One sentence of the text: its number, its text, its shade; a button that explains it. */
function sentenceNode(s: ScoredSentence, shade: number | null, view: SummaryView): HTMLElement {
  const span = el('span', {
    class: `sentence${s.picked ? ' picked' : ''}${shade === null ? ' unshaded' : ''}`,
    tabindex: '0',
    role: 'button',
    'aria-expanded': 'false',
    'data-index': String(s.index),
    // named by what it shows (its number and text), described by its verdict (hidden texts in index.html)
    'aria-describedby': s.picked ? 'verdict-picked' : 'verdict-skipped',
  });
  span.append(el('span', { class: 'num' }, String(sentenceNumber(s.index))), ' ', el('span', { class: 'sentence-text' }, s.text));
  span.style.setProperty('--shade', (shade ?? 0).toFixed(3));
  span.addEventListener('click', () => view.onSelect(s, span));
  span.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      view.onSelect(s, span);
    }
  });
  return span;
}

/** The text, paragraph by paragraph: a heading on a line of its own, every sentence shaded. */
function documentText(summary: Summary, view: SummaryView): HTMLElement {
  const shade = shades(summary, view.shadeMode);
  const body = el('div', { class: 'doc' });
  let doc = -1;
  let para = el('div', { class: 'para' });
  for (const s of summary.sentences) {
    const title = s.reason === 'heading';
    if (s.docIndex !== doc || title || para.classList.contains('title')) {
      doc = s.docIndex;
      // a div, not a p: the explanation opens as a block right under a sentence, inside its paragraph
      para = el('div', { class: title ? 'para title' : 'para' });
      body.append(para);
    }
    para.append(sentenceNode(s, shade[s.index] ?? null, view), document.createTextNode(' '));
  }
  return body;
}

/** A summary panel: the picked sentences, how it was made, the whole text shaded, and charts. */
export function renderSummary(summary: ServerSummary, title: string, view: SummaryView): HTMLElement {
  const panel = el('article', { class: 'summary-panel', 'data-selector': summary.meta.selectorUsed });
  panel.append(el('h2', {}, title));
  const list = el('ol', { class: 'summary-list' });
  for (const i of summary.picked) {
    const li = el('li', {}, summary.sentences[i]?.text ?? '');
    li.append(' ', el('span', { class: 'source' }, `(${sentenceName(i)})`));
    list.append(li);
  }
  panel.append(list, el('p', { class: 'meta' }, metaLine(summary)));
  // the server's remarks in words (they include the reader's, such as a language the model does not cover); on the device, the summary's codes
  const notices = summary.notices?.map((n) => n.message) ?? summary.meta.warnings.map(plainWarning);
  for (const text of notices) panel.append(el('p', { class: 'notice' }, text));
  panel.append(el('h3', { class: 'doc-heading' }, 'The whole text'), documentText(summary, view));
  const charts = el('div', { class: 'charts' });
  charts.append(traceChart(summary));
  const closest = summary.sentences
    .filter((s) => s.rank !== null)
    .sort((a, b) => b.cosine - a.cosine)
    .slice(0, 6);
  charts.append(
    barChart(
      'Sentences closest to the whole document (cosine)',
      closest.map((s) => ({ label: sentenceName(s.index), value: s.cosine })),
    ),
  );
  panel.append(charts);
  return panel;
}

export function renderEquations(analysis: AnalysisView): HTMLElement {
  const box = el('section', { class: 'charts equations', 'aria-label': 'Word equations' });
  if (analysis.note !== undefined) box.append(equationLegend(analysis.note));
  box.append(
    barChart(
      'The document as a sum of words',
      equationBars(analysis.document.equation.atoms),
      `Words whose vectors, weighted like this, add up to the document’s meaning (match ${analysis.document.equation.reconstructionCosine.toFixed(2)}).`,
    ),
    barChart(
      'What the summary still misses',
      equationBars(analysis.gap.equation.atoms),
      `Words for the meaning in the document that the summary does not yet cover (match ${analysis.gap.equation.reconstructionCosine.toFixed(2)}).`,
    ),
  );
  return box;
}
