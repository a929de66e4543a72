/**
 * The PDF corpus read by the reader and scored against its gold, sentence by sentence (`src/test-support/pdf-kit.ts`):
 * recall of the body's sentences word for word, precision of the reading's sentences (headings and the document's
 * own non-body text aside), headings read as headings, sentences in order, furniture texts leaked, and documents
 * whose default 3-sentence summary holds a sentence that is not body text. --baselines also scores PDF.js's own
 * text (unpdf's extractText, no layout) and, where installed, poppler's pdftotext (for reference: not an npm option).
 *
 *   npx tsx --conditions=source packages/reader/scripts/measure-pdfs.ts [BATCH...] [--baselines] [--missing] [--wrong] [--details] [--record]
 *
 * --record writes each document's figures (the reader's) to src/test-support/pdfs/measured.json, the floor that
 * src/pdf/pdf-corpus.test.ts holds.
 *
 * Uses the GloVe pack from VECSUM_CACHE_DIR for the summaries.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { extractText, getDocumentProxy } from 'unpdf';
import { readDocument } from '../src/read-document.js';
import { loadPdfCorpus, PDF_CORPUS_DIR, type PdfDoc, type PdfScore, recordedFigures, scorePdf } from '../src/test-support/pdf-kit.js';

const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const batches = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const docs = loadPdfCorpus(batches.length > 0 ? batches : undefined);
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });

interface Row {
  doc: PdfDoc;
  score: PdfScore;
  /** Summary sentences that are not body text. */
  summaryWrong: string[];
}

type Reader = (doc: PdfDoc) => Promise<{ text: string; doubtful?: readonly string[] }>;
const readers: [string, Reader][] = [['reader', async (d) => await readDocument(d.bytes, { type: 'pdf' })]];
if (flags.has('--baselines')) {
  readers.push([
    'PDF.js text (unpdf extractText)',
    async (d) => ({ text: (await extractText(await getDocumentProxy(new Uint8Array(d.bytes)), { mergePages: true })).text }),
  ]);
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    readers.push([
      'pdftotext (poppler)',
      async (d) => ({ text: execFileSync('pdftotext', ['-enc', 'UTF-8', join(PDF_CORPUS_DIR, d.batch, `${d.name}.pdf`), '-']).toString() }),
    ]);
  } catch {
    process.stderr.write('pdftotext not installed: its baseline is left out\n');
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
for (const [label, read] of readers) {
  const rows: Row[] = [];
  for (const doc of docs) {
    const { text, doubtful } = await read(doc);
    const score = scorePdf(doc, text);
    let summaryWrong: string[] = [];
    if (text.trim() !== '') {
      const summary = await summarize(text, embedder, { budget: { sentences: 3 }, ...(doubtful === undefined ? {} : { doubtfulLines: doubtful }) });
      summaryWrong = scorePdf(doc, summary.picked.map((i) => summary.sentences[i]?.text ?? '').join('\n\n')).wrong;
    }
    rows.push({ doc, score, summaryWrong });
  }
  const mean = (f: (s: PdfScore) => number): number => rows.reduce((a, r) => a + f(r.score), 0) / rows.length;
  process.stdout.write(
    `${label}, ${rows.length} documents: recall ${pct(mean((s) => s.recall))}, precision ${pct(mean((s) => s.precision))}, ` +
      `headings ${pct(mean((s) => s.headings))}, order ${pct(mean((s) => s.order))}, ` +
      `furniture leaked ${rows.reduce((a, r) => a + r.score.leaked.length, 0)} / ${rows.reduce((a, r) => a + r.doc.furniture.length, 0)}, ` +
      `summaries with a non-body sentence ${rows.filter((r) => r.summaryWrong.length > 0).length} / ${rows.length}\n`,
  );
  if (label === 'reader' && flags.has('--record')) {
    const figures = Object.fromEntries(rows.map((r) => [`${r.doc.batch}/${r.doc.name}`, recordedFigures(r.score)]));
    writeFileSync(join(PDF_CORPUS_DIR, 'measured.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }
  if (label !== 'reader' && !flags.has('--details')) continue;
  for (const r of rows) {
    const s = r.score;
    process.stdout.write(
      `  ${r.doc.batch}/${r.doc.name} (${r.doc.producer}): R ${pct(s.recall)} P ${pct(s.precision)} H ${pct(s.headings)} ` +
        `order ${pct(s.order)}, leaked ${s.leaked.length}, summary ${r.summaryWrong.length}\n`,
    );
    if (flags.has('--missing')) for (const t of s.missing) process.stdout.write(`      missing: ${t.slice(0, 140)}\n`);
    if (flags.has('--wrong'))
      for (const t of [...s.wrong, ...s.leaked.map((l) => `(leaked) ${l}`), ...r.summaryWrong.map((w) => `(in the summary) ${w}`)])
        process.stdout.write(`      wrong: ${t.slice(0, 140)}\n`);
  }
}
