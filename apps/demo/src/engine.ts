import type { Summary } from '@vecsum/summarizer';
import { requestAnalysis, requestSummary, type AnalysisView, type SummarizeRequest } from './api-client.js';

/** Where summaries come from: the API server, or the summarizer running on this device. */
export interface Engine {
  summarize(req: SummarizeRequest, signal: AbortSignal): Promise<Summary>;
  /** Word equations of the document and the gap; null where the engine has none. */
  analyze(req: SummarizeRequest, signal: AbortSignal): Promise<AnalysisView | null>;
}

export const serverEngine: Engine = {
  summarize: (req, signal) => requestSummary(req, signal),
  analyze: (req, signal) => requestAnalysis(req, signal),
};
