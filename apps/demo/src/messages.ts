/**
 * Plain sentences for every code the server or the summarizer can hand the page. A person never
 * reads a raw code alone: unknown codes get a sentence around them.
 */

/** API error codes (problem+json `code`) in plain words. */
export const ERROR_TEXT: Readonly<Record<string, string>> = {
  EMPTY_DOCUMENT: 'No text to summarize was found in this input. Paste an article, or a web page or file with an article in it.',
  UNSUPPORTED_INPUT:
    'This file is not a document that can be read (binary data, a data file or an archive). Choose a web page, PDF, Word (.docx), Markdown or text file.',
  UNSUPPORTED_MEDIA_TYPE: 'This kind of file cannot be read. Choose a web page, PDF, Word (.docx), Markdown or text file.',
  INVALID_PDF: 'This PDF cannot be opened, or it has no text in it (a scan of pages, for example). Choose a PDF with text you can select.',
  INVALID_DOCX: 'This Word file cannot be opened. Save it again as .docx and try once more.',
  INPUT_TOO_LARGE: 'This text is too long for the server. Try a shorter one.',
  PAYLOAD_TOO_LARGE: 'This text is too long for the server. Try a shorter one.',
  INVALID_BUDGET: 'The budget must be a positive number (a ratio between 0 and 1).',
  INVALID_HTML: 'This looks like a web page, but no article text could be read from it.',
  UNKNOWN_SELECTOR: 'That selector is not known to the server.',
  RATE_LIMITED: 'The server is busy. Try again in a moment.',
  QUEUE_FULL: 'The server is busy. Try again in a moment.',
  MODEL_LOADING: 'The model is still loading. Try again in a moment.',
  NOT_READY: 'The model is still loading. Try again in a moment.',
  TIMEOUT: 'The server took too long to answer. Try a shorter text.',
  NETWORK: 'The summarizer server cannot be reached.',
  INTERNAL: 'The server failed to summarize this text.',
};

/** Summary warnings (`meta.warnings`, from the summarizer and the embedder) in plain words. */
export const WARNING_TEXT: Readonly<Record<string, string>> = {
  NO_VECTORS: 'None of the words in this text are in the model’s vocabulary, so the sentences were chosen by position, not by meaning.',
  DOCUMENT_VECTOR_ZERO: 'The model knows none of the words in this text, so it cannot tell which sentences are closest to its meaning.',
  DOCUMENT_VECTOR_MEAN_FALLBACK: 'The whole text could not be read in one piece, so its meaning was taken as the average of its sentences.',
  DOCUMENT_COMPONENT_SKIPPED: 'The text has too few sentences the model can read to remove the meaning they all share; it was left in.',
  QUERY_NO_VECTOR: 'The model knows none of the words of the query, so the summary ignores it.',
  WHOLE_DOCUMENT: 'The whole text fits in the budget, so the summary is the whole text.',
  TRUNCATED_TO_FIT: 'No sentence fits the budget whole, so the first one was cut short to fit.',
};

/** One plain sentence for a summary warning; an unknown code is wrapped in a sentence, never shown alone. */
export function plainWarning(code: string): string {
  return WARNING_TEXT[code] ?? `The summarizer noted something unusual about this text (code ${code}).`;
}

/**
 * Codes whose server detail is itself the plain sentence to show: the reader names what the input
 * is ("a table (CSV or TSV rows)", "an RSS feed", "a gzip archive") and what to give instead.
 */
const DETAIL_FIRST: ReadonlySet<string> = new Set(['UNSUPPORTED_INPUT']);

/** One plain sentence for an API error: the server's detail where it is the sentence, else the known text, else the detail, else the status. */
export function plainError(code: string, detail: string | undefined, status: number): string {
  if (DETAIL_FIRST.has(code) && detail !== undefined && /^[A-Z][\s\S]*[.!]$/.test(detail.trim())) return detail.trim();
  const known = ERROR_TEXT[code];
  if (known !== undefined) return known;
  if (detail !== undefined && detail.trim() !== '') return detail;
  return `The server could not summarize this text (it answered ${status}).`;
}
