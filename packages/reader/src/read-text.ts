import { normaliseInvisibles } from './detect/controls.js';
import { ReaderError } from './errors.js';
import { extractArticleWith } from './html/article.js';
import type { ParseHtml } from './html/dom.js';
import { markdownProse } from './markdown/prose.js';
import type { DocumentFormat, ReadResult, ReadWarning } from './types.js';

/** A document read from text, before its language is detected; `warnings` about the reading itself. */
export type TextRead = Omit<ReadResult, 'warnings'> & { warnings?: ReadWarning[] };

/**
 * A web page's article (the same rules in Node and in a browser: only `parse` differs).
 * @throws ReaderError INVALID_HTML (markup too deep or too large), EMPTY_DOCUMENT (no letters in the article)
 */
export function readHtmlWith(html: string, parse: ParseHtml): TextRead {
  const article = extractArticleWith(html, parse);
  const text = normaliseInvisibles(article.text);
  if (!/\p{L}/u.test(text)) throw FRAMES.test(html) ? framesOnly() : emptyDocument('web page');
  return {
    text,
    format: 'html',
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.warning === undefined ? {} : { warnings: [article.warning] }),
    ...(article.doubtful === undefined || article.doubtful.length === 0 ? {} : { doubtful: article.doubtful.map(normaliseInvisibles) }),
  };
}

/**
 * Plain text as it is, Markdown as its prose (markdownProse: no code blocks, tables as rows of
 * cells); a leading BOM dropped, line endings normalised; the title is a first "# " line.
 */
export function readPlain(raw: string, format: DocumentFormat): TextRead {
  const normalised = normaliseInvisibles(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const text = format === 'markdown' ? markdownProse(normalised) : normalised;
  const title = /^# (.+)$/m.exec(text.trimStart().split('\n')[0] ?? '')?.[1]?.trim();
  return { text, format, ...(title === undefined ? {} : { title }) };
}

/** A frame or iframe with a source: a page whose text lives in other pages. */
const FRAMES = /<(?:frame|iframe)\b[^>]{0,500}?\bsrc\s*=/i;

const framesOnly = (): ReaderError =>
  new ReaderError(
    'EMPTY_DOCUMENT',
    'The web page has no text of its own: it shows other pages in frames; give the address or the saved copy of the framed page.',
  );

export const emptyDocument = (what: string): ReaderError =>
  new ReaderError('EMPTY_DOCUMENT', `The ${what} has no text to read; give a document with text in it.`);
