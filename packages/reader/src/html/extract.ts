import { extractArticleWith, type ExtractedArticle } from './article.js';
import { parseDocument } from './parse-linkedom.js';

export type { ExtractedArticle } from './article.js';

/**
 * The article of an HTML page, read over a linkedom DOM (Node). The rules are `extractArticleWith`'s
 * (article.ts); the browser entry (`@vecsum/reader/browser`) runs the same rules over DOMParser.
 * @throws ReaderError INVALID_HTML for markup nested too deep or too large (before parsing)
 */
export function extractArticle(html: string): ExtractedArticle {
  return extractArticleWith(html, parseDocument);
}
