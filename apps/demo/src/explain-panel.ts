import type { ScoredSentence, Summary } from '@vecsum/summarizer';
import { FACTOR_TEXT } from '@vecsum/summarizer/reasons';
import { barChart } from './charts.js';
import { el } from './dom.js';
import { explanationOf, namedNumbers, sentenceNumber } from './explain-text.js';

/**
 * The "Why?" panel. On a wide screen with one summary it sits in the side column; on a narrow
 * screen, or when two summaries are compared, it opens as a row right under the clicked sentence.
 * It is cleared on every new result, so it never explains a sentence of an older text.
 */
export class ExplainPanel {
  private current: HTMLElement | null = null;

  constructor(
    private readonly panel: HTMLElement,
    private readonly home: HTMLElement,
    private readonly inline: () => boolean,
  ) {
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
  }

  /** Back to the empty state: no sentence marked, the panel in its home column. */
  clear(): void {
    this.mark(null);
    this.panel.replaceChildren(
      el('h2', {}, 'Why?'),
      el('p', { class: 'hint' }, 'Click a sentence of the text (or focus it and press Enter) to see why it was picked or not.'),
    );
    this.panel.classList.remove('is-open', 'inline');
    if (this.panel.parentElement !== this.home) this.home.append(this.panel);
  }

  /** Explains one sentence next to it (inline) or in the side column, and marks it in the text. */
  show(s: ScoredSentence, summary: Summary, node: HTMLElement): void {
    this.mark(node);
    const inline = this.inline();
    this.panel.replaceChildren(...content(s, summary, inline, () => this.close(true)));
    this.panel.classList.add('is-open');
    this.panel.classList.toggle('inline', inline);
    if (inline) node.after(this.panel);
    else if (this.panel.parentElement !== this.home) this.home.append(this.panel);
    // the sentence near the top of the screen, its explanation right under its paragraph
    if (inline) node.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  private close(refocus: boolean): void {
    const node = this.current;
    this.clear();
    if (refocus) node?.focus();
  }

  private mark(node: HTMLElement | null): void {
    if (this.current !== null) {
      this.current.classList.remove('is-current');
      this.current.setAttribute('aria-expanded', 'false');
      this.current.removeAttribute('aria-controls');
    }
    this.current = node;
    if (node !== null) {
      node.classList.add('is-current');
      node.setAttribute('aria-expanded', 'true');
      node.setAttribute('aria-controls', this.panel.id);
    }
  }
}

function content(s: ScoredSentence, summary: Summary, inline: boolean, onClose: () => void): HTMLElement[] {
  const head = el('div', { class: 'explain-head' });
  head.append(el('h2', {}, `Why sentence ${sentenceNumber(s.index)}?`));
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the explanation' }, 'Close');
  close.addEventListener('click', onClose);
  head.append(close);
  const nodes: HTMLElement[] = [head];
  nodes.push(el('p', { class: `verdict ${s.picked ? 'is-picked' : 'is-skipped'}` }, explanationOf(s, summary)));
  if (!inline) nodes.push(el('blockquote', {}, s.text)); // inline, the sentence is just above
  const numbers = el('details', { class: 'numbers-box', ...(inline ? {} : { open: '' }) });
  numbers.append(el('summary', {}, 'The numbers behind it'));
  const table = el('table', { class: 'numbers' });
  table.append(el('caption', { class: 'sr-only' }, `The numbers behind sentence ${sentenceNumber(s.index)}`));
  for (const [k, v] of namedNumbers(s, summary)) {
    const tr = el('tr');
    tr.append(el('th', { scope: 'row' }, k), el('td', {}, v));
    table.append(tr);
  }
  numbers.append(table);
  nodes.push(numbers);
  if (s.factors != null && s.factors.length > 0) {
    nodes.push(
      barChart(
        'What moved its score',
        s.factors.map((f) => ({ label: FACTOR_TEXT[f.feature] ?? f.feature, value: f.contribution })),
        'Each bar is how much one trait raised (+) or lowered (−) the score against a typical sentence.',
      ),
    );
  }
  return nodes;
}
