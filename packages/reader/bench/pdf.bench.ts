/**
 * `pnpm bench` for the PDF layout (src/pdf): the PDF corpus read by the reader (PDF.js's text runs, then reading
 * order, running heads, paragraphs and headings) against PDF.js's own text of the same files (unpdf's `extractText`,
 * no layout), timed in this process (fastest of 3 each). Target: the reader takes at most 1.5 times PDF.js's own
 * extraction, so the layout costs little beside the parse it cannot avoid. The bench exits 1 otherwise.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { readPdf } from '../src/pdf/read-pdf.js';
import { loadPdfCorpus } from '../src/test-support/pdf-kit.js';
import { fastestAsync } from './timing.js';

const TARGET = 1.5;
const files = loadPdfCorpus().map((d) => d.bytes);

const reader = async (): Promise<void> => {
  for (const bytes of files) await readPdf(bytes);
};
const pdfjs = async (): Promise<void> => {
  for (const bytes of files) await extractText(await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }), { mergePages: true });
};
await reader();
await pdfjs();
const ours = await fastestAsync(reader);
const theirs = await fastestAsync(pdfjs);
const ratio = ours / theirs;
console.log('| measure | value | target |');
console.log('|---|---:|---:|');
const times = `${ours.toFixed(0)} / ${theirs.toFixed(0)} ms`;
console.log(`| reading ${files.length} corpus PDFs, the reader / PDF.js's own text (${times}) | ${ratio.toFixed(2)} | <= ${TARGET} |`);
if (ratio > TARGET) {
  console.error('the PDF layout is over its time target');
  process.exit(1);
}
