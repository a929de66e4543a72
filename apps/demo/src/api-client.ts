import type { Summary } from '@vecsum/summarizer';
import { isArrayOf, isRecord, isString, isSummary } from './json-guards.js';
import { ERROR_TEXT, plainError } from './messages.js';
import type { UploadedFile } from './upload.js';

export interface SummarizeRequest {
  text: string;
  budget: Record<string, number>;
  selector: string;
  order: 'document' | 'rank';
  query?: string;
  factor?: number;
  /** "html" when the pasted text is a web page: the server reads its article text. */
  format?: 'html';
  /** A file the server reads instead of `text` (PDF, Word, ...): sent as the request body. */
  file?: UploadedFile;
}

/** A failure told in plain words, with the API's stable code when there is one. */
export class DemoError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** The fetch of POST /v1/summarize: JSON with the text, or the file itself with the options in the query. */
function summarizeCall(req: SummarizeRequest): [string, RequestInit] {
  const { file, ...fields } = req;
  if (file === undefined)
    return ['./v1/summarize', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...fields, explain: true }) }];
  const query = new URLSearchParams({ selector: req.selector, order: req.order, explain: 'true' });
  for (const [k, v] of Object.entries(req.budget)) query.set(k, String(v));
  if (req.factor !== undefined) query.set('factor', String(req.factor));
  if (req.query !== undefined) query.set('query', req.query);
  return [`./v1/summarize?${query}`, { method: 'POST', headers: { 'content-type': file.type }, body: file.bytes as Uint8Array<ArrayBuffer> }];
}

/** A remark of the server's in words (the response's top-level `warnings`: the reader's language warning, the summarizer's fallbacks). */
export interface Notice {
  readonly code: string;
  readonly message: string;
}

/** A summary as the server sends it: with its remarks in words. */
export type ServerSummary = Summary & { readonly notices?: readonly Notice[] };

/** Calls POST /v1/summarize; throws DemoError with a readable message on any failure. */
export async function requestSummary(req: SummarizeRequest, signal?: AbortSignal): Promise<ServerSummary> {
  let res: Response;
  const [url, init] = summarizeCall(req);
  try {
    res = await fetch(url, { ...init, ...(signal === undefined ? {} : { signal }) });
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') throw e;
    throw new DemoError('NETWORK', ERROR_TEXT['NETWORK']!);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw problemError(body, res.status);
  // the summary alone, or {summary, warnings} when the server has remarks in words
  const summary = (isRecord(body) ? body['summary'] : undefined) ?? body;
  if (!isSummary(summary)) throw new DemoError('INTERNAL', ERROR_TEXT['INTERNAL']!);
  const notices = isRecord(body) ? body['warnings'] : undefined;
  return isArrayOf(notices, isNotice) ? { ...summary, notices } : summary;
}

const isNotice = (v: unknown): v is Notice => isRecord(v) && isString(v['code']) && isString(v['message']);
const isFieldError = (v: unknown): v is { field: string; message: string } => isRecord(v) && isString(v['field']) && isString(v['message']);

/** A problem+json answer as a DemoError in words. */
function problemError(body: unknown, status: number): DemoError {
  const problem = isRecord(body) ? body : {};
  let code = isString(problem['code']) ? problem['code'] : `HTTP_${status}`;
  const fields = isArrayOf(problem['errors'], isFieldError) ? problem['errors'] : [];
  if (code === 'INVALID_PARAMETERS' && fields.some((f) => f.field.startsWith('budget'))) code = 'INVALID_BUDGET';
  else if (code === 'INVALID_PARAMETERS' && fields.length > 0) {
    return new DemoError(code, `Please check: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}.`);
  }
  return new DemoError(code, plainError(code, isString(problem['detail']) ? problem['detail'] : undefined, status));
}

/** GET /v1/models: the selector names the server accepts (falls back to a fixed list). */
export async function fetchSelectors(): Promise<string[]> {
  const fallback = ['auto', 'near', 'near-nonredundant', 'greedy', 'lexrank', 'mmr', 'cluster', 'pca', 'brute-force', 'max-sim', 'lead', 'random', 'far'];
  try {
    const res = await fetch('./v1/models');
    const body: unknown = await res.json();
    const selectors = isRecord(body) ? body['selectors'] : undefined;
    return isArrayOf(selectors, isString) && selectors.length > 0 ? selectors : fallback;
  } catch {
    return fallback;
  }
}

export interface EquationAtom {
  word: string;
  weight: number;
  /** The word occurs in the analysed text (the server's default basis is the text's own words). */
  inText?: boolean;
}
export interface AnalysisView {
  /** One line on what the equations mean. */
  note?: string;
  document: { equation: { atoms: EquationAtom[]; reconstructionCosine: number } };
  gap: { equation: { atoms: EquationAtom[]; reconstructionCosine: number } };
}

const isEquation = (v: unknown): boolean => isRecord(v) && isRecord(v['equation']) && Array.isArray(v['equation']['atoms']);
/** An /v1/analyze answer with both equations (the page draws their atoms). */
const isAnalysisView = (v: unknown): v is AnalysisView => isRecord(v) && isEquation(v['document']) && isEquation(v['gap']);

/** POST /v1/analyze: word equations of the document and of the gap; null when unavailable. */
export async function requestAnalysis(req: SummarizeRequest, signal?: AbortSignal): Promise<AnalysisView | null> {
  if (req.format === 'html' || req.file !== undefined) return null; // the analysis reads plain text only
  try {
    const res = await fetch('./v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: req.text, budget: req.budget, selector: req.selector, top: 8 }),
      ...(signal === undefined ? {} : { signal }),
    });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    return isAnalysisView(body) ? body : null;
  } catch {
    return null;
  }
}
