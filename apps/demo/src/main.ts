import type { Summary } from '@vecsum/summarizer';
import { DemoError, fetchSelectors, requestAnalysis, requestSummary, type SummarizeRequest } from './api-client.js';
import { renderEquations, renderExplanation, renderSummary } from './render.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('text');
const budgetKind = $<HTMLSelectElement>('budget-kind');
const budgetValue = $<HTMLInputElement>('budget-value');
const selector = $<HTMLSelectElement>('selector');
const compare = $<HTMLSelectElement>('compare');
const order = $<HTMLSelectElement>('order');
const factor = $<HTMLInputElement>('factor');
const query = $<HTMLInputElement>('query');
const error = $<HTMLParagraphElement>('error');
const results = $<HTMLElement>('results');
const explain = $<HTMLElement>('explain');

let inflight: AbortController | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Pasted or dropped HTML (a saved page, a copied source): starts with a document or block tag. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>]/i;

function request(selectorName: string): SummarizeRequest {
  const kind = budgetKind.value;
  const value = Number(budgetValue.value);
  const q = query.value.trim();
  return {
    text: text.value,
    ...(HTML_START.test(text.value) ? { format: 'html' as const } : {}),
    budget: { [kind]: value },
    selector: selectorName,
    order: order.value === 'rank' ? 'rank' : 'document',
    factor: Number(factor.value),
    ...(q === '' ? {} : { query: q }),
  };
}

function showError(message: string | null): void {
  error.hidden = message === null;
  error.textContent = message ?? '';
}

async function update(): Promise<void> {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  if (text.value.trim() === '') {
    results.replaceChildren();
    showError('There is no text to summarize yet: paste an article above.');
    return;
  }
  try {
    const names = [selector.value, ...(compare.value === '' ? [] : [compare.value])];
    const summaries: Summary[] = await Promise.all(names.map((n) => requestSummary(request(n), controller.signal)));
    if (controller.signal.aborted) return;
    showError(null);
    results.classList.toggle('compare', summaries.length > 1);
    results.replaceChildren(
      ...summaries.map((s, k) => renderSummary(s, names[k] ?? '', (sentence) => renderExplanation(explain, sentence, s))),
    );
    const analysis = await requestAnalysis(request(selector.value), controller.signal);
    if (analysis !== null && !controller.signal.aborted) results.firstElementChild?.append(renderEquations(analysis));
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    showError(e instanceof DemoError ? e.message : 'Something went wrong while summarizing.');
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void update(), 250);
}

async function init(): Promise<void> {
  const names = await fetchSelectors();
  for (const n of names) {
    selector.append(new Option(n, n, n === 'auto', n === 'auto'));
    compare.append(new Option(n, n));
  }
  budgetKind.addEventListener('change', () => {
    const ratio = budgetKind.value === 'ratio';
    budgetValue.step = ratio ? '0.05' : '1';
    budgetValue.value = ratio ? '0.2' : budgetKind.value === 'words' ? '60' : budgetKind.value === 'chars' ? '400' : '3';
    schedule();
  });
  for (const input of [text, budgetValue, selector, compare, order, factor, query]) input.addEventListener('input', schedule);
  text.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (file === undefined) return;
    e.preventDefault();
    void file.text().then((t) => {
      text.value = t;
      schedule();
    });
  });
}

void init();
