import type { Summary } from '@vecsum/summarizer';
import { ERROR_TEXT, plainError } from './messages.js';

export interface SummarizeRequest {
  text: string;
  budget: Record<string, number>;
  selector: string;
  order: 'document' | 'rank';
  query?: string;
  factor?: number;
  /** "html" when the pasted text is a web page: the server reads its article text. */
  format?: 'html';
}

/** A failure told in plain words, with the API's stable code when there is one. */
export class DemoError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Calls POST /v1/summarize; throws DemoError with a readable message on any failure. */
export async function requestSummary(req: SummarizeRequest, signal?: AbortSignal): Promise<Summary> {
  let res: Response;
  try {
    res = await fetch('./v1/summarize', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...req, explain: true }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DemoError('NETWORK', ERROR_TEXT['NETWORK'] as string);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const problem = (body ?? {}) as { code?: string; detail?: string; title?: string; errors?: { field: string; message: string }[] };
    let code = problem.code ?? `HTTP_${res.status}`;
    const fields = problem.errors ?? [];
    if (code === 'INVALID_PARAMETERS' && fields.some((f) => f.field.startsWith('budget'))) code = 'INVALID_BUDGET';
    else if (code === 'INVALID_PARAMETERS' && fields.length > 0) {
      throw new DemoError(code, `Please check: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}.`);
    }
    throw new DemoError(code, plainError(code, problem.detail, res.status));
  }
  return ((body as { summary?: Summary }).summary ?? body) as Summary;
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
}
export interface AnalysisView {
  document: { equation: { atoms: EquationAtom[]; reconstructionCosine: number } };
  gap: { equation: { atoms: EquationAtom[]; reconstructionCosine: number } };
}

/** POST /v1/analyze: word equations of the document and of the gap; null when unavailable. */
export async function requestAnalysis(req: SummarizeRequest, signal?: AbortSignal): Promise<AnalysisView | null> {
  if (req.format === 'html') return null; // the analysis reads plain text only
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
