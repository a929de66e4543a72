import { getDocumentProxy } from 'unpdf';
import { messageOf, ReaderError } from '../errors.js';
import type { Line, TextItem } from './layout.js';
import { dropPageFurniture } from './page-furniture.js';
import { type PdfText, toText } from './paragraphs.js';
import { mergeRows, pageLines } from './stream-lines.js';

/** Most pages read: a 2,000-page PDF is a book, not a document to summarize in one go. */
const MAX_PAGES = 2000;

/**
 * A PDF's text with unpdf (PDF.js): text items with their positions, columns read one after the
 * other, running headers, footers and page numbers dropped, lines reflowed into paragraphs.
 * @throws ReaderError INVALID_PDF when PDF.js cannot open it (damaged, encrypted) or read a page
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // verbosity 0: pdf.js prints nothing itself (its warnings went to the CLI's stdout); failures still throw
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (cause) {
    throw new ReaderError('INVALID_PDF', `The PDF cannot be opened (${messageOf(cause)}); save it again from the program that made it, without a password.`, {
      cause,
    });
  }
  try {
    if (pdf.numPages > MAX_PAGES)
      throw new ReaderError('INPUT_TOO_LARGE', `The PDF has ${pdf.numPages} pages and at most ${MAX_PAGES} are read; give the chapters one at a time.`);
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ str: it.str, x: e ?? 0, y: f ?? 0, width: it.width, size: Math.hypot(a ?? 0, b ?? 0) || it.height, font: it.fontName });
      }
      pages.push(pageLines(items, n - 1));
      page.cleanup();
    }
    return toText(mergeRows(dropPageFurniture(pages).flat()));
  } catch (cause) {
    if (cause instanceof ReaderError) throw cause;
    // a damaged page (a content stream that does not inflate): PDF.js throws its own exceptions
    throw new ReaderError('INVALID_PDF', `A page of the PDF cannot be read (${messageOf(cause)}); save it again from the program that made it.`, { cause });
  } finally {
    await pdf.loadingTask.destroy();
  }
}
