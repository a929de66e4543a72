import { describe, expect, it } from 'vitest';
import { ERROR_TEXT, plainError, plainWarning } from '../src/messages.js';

describe('errors and warnings in plain words', () => {
  it("an unsupported input shows the reader's sentence, which names what the file is", () => {
    const detail = 'The input is a table (CSV or TSV rows), not a document; give a document written in sentences.';
    expect(plainError('UNSUPPORTED_INPUT', detail, 415)).toBe(detail);
  });

  it('a missing, blank or code-like detail falls back to the fixed sentence', () => {
    for (const detail of [undefined, '', '   ', 'UNSUPPORTED_INPUT', 'unsupported input'])
      expect(plainError('UNSUPPORTED_INPUT', detail, 415)).toBe(ERROR_TEXT['UNSUPPORTED_INPUT']);
  });

  it("other known codes keep the page's own sentence even when the server sends a detail", () => {
    expect(plainError('RATE_LIMITED', 'Too many requests from 10.0.0.1.', 429)).toBe(ERROR_TEXT['RATE_LIMITED']);
  });

  it('an unknown code is never shown alone', () => {
    expect(plainError('SOMETHING_NEW', undefined, 500)).toBe('The server could not summarize this text (it answered 500).');
    expect(plainWarning('SOMETHING_NEW')).toMatch(/^The summarizer noted .* \(code SOMETHING_NEW\)\.$/);
  });
});
