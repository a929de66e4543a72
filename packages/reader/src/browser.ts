/**
 * `@vecsum/reader/browser`: what a web page can read without Node, by the same rules as
 * `readDocument`: pasted web pages (article extraction over the browser's own DOMParser instead
 * of linkedom), Markdown and plain text. No Node import and no linkedom in this module's graph
 * (tested). PDF and Word files need the server (`readDocument`).
 *
 * ```ts
 * const { text } = readPastedText(textarea.value, 'html');
 * ```
 */
import type { DomDocument, ParseHtml } from './html/dom.js';
import { readHtmlWith, readPlain, type TextRead } from './read-text.js';

export { extractArticleWith, type ExtractedArticle } from './html/article.js';
export type { DomDocument, DomElement, DomNode, ParseHtml } from './html/dom.js';
export { readHtmlWith, readPlain, type TextRead } from './read-text.js';
export { ReaderError, READER_ERROR_CODES, isReaderError, type ReaderErrorCode } from './errors.js';
export { clearlyEnglish, detectLanguage, languageWarnings } from './detect/language.js';

/** The browser's DOMParser, typed structurally (this package compiles without the DOM lib). */
interface DomParserLike {
  parseFromString(html: string, type: 'text/html'): unknown;
}

/**
 * Parses HTML with the browser's DOMParser (no scripts run, nothing fetched). DOMParser exists
 * on a page's main thread, not in Web Workers.
 */
export const parseWithDomParser: ParseHtml = (html) => {
  const Parser = (globalThis as { DOMParser?: new () => DomParserLike }).DOMParser;
  if (Parser === undefined) throw new Error('DOMParser is not available here (a Web Worker or Node): parse the page on the main thread');
  return new Parser().parseFromString(html, 'text/html') as DomDocument;
};

/**
 * A pasted text as `readDocument(text, { type })` reads it: a web page's article, or Markdown
 * and plain text with a leading BOM dropped and line endings normalised.
 * @throws ReaderError INVALID_HTML, EMPTY_DOCUMENT (a page with no article text)
 */
export function readPastedText(text: string, type: 'html' | 'markdown' | 'text', parse: ParseHtml = parseWithDomParser): TextRead {
  const raw = text.replace(/^\uFEFF/, '');
  return type === 'html' ? readHtmlWith(raw, parse) : readPlain(raw, type);
}
