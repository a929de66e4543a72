/**
 * The summarizer's and the embedder's warning codes (`summary.meta.warnings`) in words: what
 * happened and what to do about it. Shared by the CLI (stderr), the API (`warnings` as
 * `{code, message}`) and the demo. Browser-safe: no Node or model code.
 */
export const WARNING_TEXT: Readonly<Record<string, string>> = {
  NO_VECTORS:
    'None of the words are known to the model, so the summary is the opening sentences. If the ' +
    'text is not English, use a multilingual model folder with --model DIR.',
  DOCUMENT_VECTOR_ZERO:
    'The document has no vector (the model knows none of its words), so no sentence could be ' +
    'compared with it. If the text is not English, use a multilingual model folder with ' +
    '--model DIR.',
  DOCUMENT_VECTOR_MEAN_FALLBACK:
    'The model could not embed the whole document at once (too long, or no known words), so ' +
    'the document vector is the mean of the sentence vectors. A shorter document, or a model ' +
    'with a longer input window, avoids this.',
  DOCUMENT_COMPONENT_SKIPPED:
    'The common component was not removed: that needs at least two sentences with vectors. Give a longer text, or leave the option off.',
  QUERY_NO_VECTOR:
    'None of the words of the query are known to the model, so the query was ignored. Rephrase ' +
    'the query with other words, or use a model that covers its language with --model DIR.',
  WHOLE_DOCUMENT:
    'The whole document fits in the budget, so the summary is the whole document. Give a smaller budget (for example --sentences 2) to get a shorter summary.',
  TRUNCATED_TO_FIT: 'No whole sentence fits in the budget, so one sentence was cut to fit. Give a larger budget to get whole sentences.',
};

/** The warning in words; an unknown code still gets a sentence, never the bare code. */
export function describeWarning(code: string): string {
  return WARNING_TEXT[code] ?? `The summarizer reported ${code}; see the vecsum documentation for what it means.`;
}
