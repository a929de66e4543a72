import { ReaderError } from './errors.js';
import { extractArticleWith } from './html/article.js';
import type { ParseHtml } from './html/dom.js';
import { markdownProse } from './markdown/prose.js';
import type { DocumentFormat, ReadResult } from './types.js';

/** A document read from text, before its language is detected. */
export type TextRead = Omit<ReadResult, 'warnings'>;

/**
 * A web page's article (the same rules in Node and in a browser: only `parse` differs).
 * @throws ReaderError INVALID_HTML (markup too deep or too large), EMPTY_DOCUMENT (no letters in the article)
 */
export function readHtmlWith(html: string, parse: ParseHtml): TextRead {
  const article = extractArticleWith(html, parse);
  if (!/\p{L}/u.test(article.text)) throw emptyDocument('web page');
  return { text: article.text, format: 'html', ...(article.title === undefined ? {} : { title: article.title }) };
}

/**
 * Plain text as it is, Markdown as its prose (markdownProse: no code blocks, tables as rows of
 * cells); a leading BOM dropped, line endings normalised; the title is a first "# " line.
 */
export function readPlain(raw: string, format: DocumentFormat): TextRead {
  const normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const text = format === 'markdown' ? markdownProse(normalised) : normalised;
  const title = /^# (.+)$/m.exec(text.trimStart().split('\n')[0] ?? '')?.[1]?.trim();
  return { text, format, ...(title === undefined ? {} : { title }) };
}

export const emptyDocument = (what: string): ReaderError =>
  new ReaderError('EMPTY_DOCUMENT', `The ${what} has no text to read; give a document with text in it.`);
