import type { Summary } from '@vecsum/summarizer';
import exampleText from '../../../examples/river-restoration.txt?raw';
import { DemoError, fetchSelectors, type SummarizeRequest } from './api-client.js';
import { el } from './dom.js';
import { serverEngine, type Engine } from './engine.js';
import { ExplainPanel } from './explain-panel.js';
import { renderEquations, renderSummary } from './render-summary.js';
import { isShadeMode, SHADE_MODES, shades, type ShadeMode } from './shading.js';
import { deviceEngine } from './device/engine.js';
import { ACCEPT, asText, contentTypeOf, describeFile, type UploadedFile } from './upload.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('text');
const budgetKind = $<HTMLSelectElement>('budget-kind');
const budgetValue = $<HTMLInputElement>('budget-value');
const selector = $<HTMLSelectElement>('selector');
const compare = $<HTMLSelectElement>('compare');
const order = $<HTMLSelectElement>('order');
const factor = $<HTMLInputElement>('factor');
const query = $<HTMLInputElement>('query');
const mode = $<HTMLSelectElement>('mode');
const error = $<HTMLParagraphElement>('error');
const status = $<HTMLParagraphElement>('status');
const results = $<HTMLElement>('results');
const layout = $<HTMLElement>('layout');
const legend = $<HTMLFieldSetElement>('legend');
const fileInput = $<HTMLInputElement>('file');
const fileChosen = $<HTMLParagraphElement>('file-chosen');

const narrow = matchMedia('(max-width: 1023px)');
const panel = new ExplainPanel($('explain'), $('explain-home'), () => narrow.matches || layout.classList.contains('compare'));
let shadeMode: ShadeMode = 'score';
let shown: Summary[] = [];
let inflight: AbortController | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** A file the server reads in place of the text box (PDF, Word, ...), or null. */
let file: UploadedFile | null = null;

/** Pasted or dropped HTML (a saved page, a copied source): starts with a document or block tag. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>]/i;

function request(selectorName: string): SummarizeRequest {
  const q = query.value.trim();
  return {
    text: text.value,
    ...(file !== null ? { file } : HTML_START.test(text.value) ? { format: 'html' as const } : {}),
    budget: { [budgetKind.value]: Number(budgetValue.value) },
    selector: selectorName,
    order: order.value === 'rank' ? 'rank' : 'document',
    factor: Number(factor.value),
    ...(q === '' ? {} : { query: q }),
  };
}

const engine = (): Engine => (mode.value === 'device' ? deviceEngine() : serverEngine);

/** Replaces whatever the results area shows; the explanation and any error go with the old state. */
function showState(nodes: HTMLElement[], errorText: string | null, summaries: Summary[]): void {
  panel.clear();
  shown = summaries;
  error.hidden = errorText === null;
  error.textContent = errorText ?? '';
  legend.hidden = summaries.length === 0;
  layout.classList.toggle('compare', summaries.length > 1);
  results.classList.toggle('compare', summaries.length > 1);
  results.replaceChildren(...nodes);
}

function emptyState(): HTMLElement {
  const box = el('div', { class: 'empty-state' });
  box.append(
    el('h2', {}, 'Nothing to summarize yet'),
    el(
      'p',
      {},
      'Paste an article into the box above, or open or drop a file on it: PDF, Word, web page, Markdown or text. The summary appears here as you type.',
    ),
  );
  const example = el('button', { type: 'button', class: 'button' }, 'Try an example article');
  example.addEventListener('click', () => {
    text.value = exampleText;
    void update();
  });
  box.append(example);
  return box;
}

function setBusy(busy: boolean): void {
  results.setAttribute('aria-busy', String(busy));
  status.textContent = busy ? 'Summarizing…' : '';
  status.classList.toggle('is-busy', busy);
}

function title(name: string, k: number, count: number): string {
  return count === 1 ? `Summary by ${name}` : k === 0 ? `Summary by ${name}` : `Compared with ${name}`;
}

async function update(): Promise<void> {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  if (file === null && text.value.trim() === '') {
    setBusy(false);
    showState([emptyState()], null, []);
    return;
  }
  const busyTimer = setTimeout(() => setBusy(true), 150);
  const eng = engine();
  try {
    const names = [selector.value, ...(compare.value === '' ? [] : [compare.value])];
    const summaries = await Promise.all(names.map((n) => eng.summarize(request(n), controller.signal)));
    if (controller.signal.aborted) return;
    const view = (s: Summary) => ({ shadeMode, onSelect: (x: Summary['sentences'][number], node: HTMLElement) => panel.show(x, s, node) });
    showState(
      summaries.map((s, k) => renderSummary(s, title(names[k] ?? '', k, names.length), view(s))),
      null,
      summaries,
    );
    const analysis = await eng.analyze(request(selector.value), controller.signal);
    if (analysis !== null && !controller.signal.aborted) results.firstElementChild?.append(renderEquations(analysis));
  } catch (e) {
    if ((e instanceof Error && e.name === 'AbortError') || controller.signal.aborted) return;
    showState([], e instanceof DemoError ? e.message : 'Something went wrong while summarizing. Try again.', []);
  } finally {
    clearTimeout(busyTimer);
    if (inflight === controller) setBusy(false);
  }
}

/** Re-shades the shown text in place (the explanation stays open). */
function applyShading(next: ShadeMode): void {
  shadeMode = next;
  const meta = SHADE_MODES[next];
  $('legend-low').textContent = meta.low;
  $('legend-high').textContent = meta.high;
  $('legend-meaning').textContent = meta.meaning;
  results.querySelectorAll<HTMLElement>('.summary-panel').forEach((node, k) => {
    const summary = shown[k];
    if (summary === undefined) return;
    const values = shades(summary, next);
    node.querySelectorAll<HTMLElement>('.sentence').forEach((span) => {
      span.style.setProperty('--shade', (values[Number(span.dataset['index'])] ?? 0).toFixed(3));
    });
  });
}

function setFile(next: UploadedFile | null): void {
  file = next;
  fileChosen.hidden = next === null;
  $('file-name').textContent = next === null ? '' : `Summarizing the file ${describeFile(next)}, read on the server.`;
  if (next === null) fileInput.value = '';
}

/** UTF-8 text goes in the box; anything else is sent to the server as it is (upload.ts). */
async function openFile(chosen: File): Promise<void> {
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  const asString = asText(bytes);
  setFile(asString === null ? { name: chosen.name, type: contentTypeOf(chosen), bytes } : null);
  text.value = asString ?? '';
  await update();
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void update(), 250);
}

async function init(): Promise<void> {
  showState([emptyState()], null, []);
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
  for (const input of [text, budgetValue, selector, compare, order, factor, query, mode]) input.addEventListener('input', schedule);
  legend.addEventListener('change', (e) => {
    const v = (e.target as HTMLInputElement).value;
    if (isShadeMode(v)) applyShading(v);
  });
  text.addEventListener('input', () => {
    if (file !== null) setFile(null); // typing replaces the file
  });
  fileInput.accept = ACCEPT;
  fileInput.addEventListener('change', () => {
    const chosen = fileInput.files?.[0];
    if (chosen !== undefined) void openFile(chosen);
  });
  $('file-clear').addEventListener('click', () => {
    setFile(null);
    void update();
  });
  const dropZone = $('input-heading').parentElement!;
  dropZone.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  dropZone.addEventListener('drop', (e) => {
    const dropped = e.dataTransfer?.files[0];
    if (dropped === undefined) return;
    e.preventDefault();
    void openFile(dropped);
  });
}

void init();
