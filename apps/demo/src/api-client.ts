import type { Summary } from '@vecsum/summarizer';
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
    if ((e as Error).name === 'AbortError') throw e;
    throw new DemoError('NETWORK', ERROR_TEXT['NETWORK'] as string);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw problemError(body, res.status);
  const summary = ((body as { summary?: Summary }).summary ?? body) as Summary;
  const notices = (body as { warnings?: Notice[] }).warnings;
  return Array.isArray(notices) ? { ...summary, notices } : summary;
}

/** A problem+json answer as a DemoError in words. */
function problemError(body: unknown, status: number): DemoError {
  const problem = (body ?? {}) as { code?: string; detail?: string; title?: string; errors?: { field: string; message: string }[] };
  let code = problem.code ?? `HTTP_${status}`;
  const fields = problem.errors ?? [];
  if (code === 'INVALID_PARAMETERS' && fields.some((f) => f.field.startsWith('budget'))) code = 'INVALID_BUDGET';
  else if (code === 'INVALID_PARAMETERS' && fields.length > 0) {
    return new DemoError(code, `Please check: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}.`);
  }
  return new DemoError(code, plainError(code, problem.detail, status));
}

/** GET /v1/models: the selector names the server accepts (falls back to a fixed list). */
export async function fetchSelectors(): Promise<string[]> {
  const fallback = ['auto', 'near', 'near-nonredundant', 'greedy', 'lexrank', 'mmr', 'cluster', 'pca', 'brute-force', 'max-sim', 'lead', 'random', 'far'];
  try {
    const res = await fetch('./v1/models');
    const body = (await res.json()) as { selectors?: string[] };
    return Array.isArray(body.selectors) && body.selectors.length > 0 ? body.selectors : fallback;
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
    const body = (await res.json()) as Partial<AnalysisView>;
    return body.document?.equation !== undefined && body.gap?.equation !== undefined ? (body as AnalysisView) : null;
  } catch {
    return null;
  }
}
