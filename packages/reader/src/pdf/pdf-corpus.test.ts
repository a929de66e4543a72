import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { loadPdfCorpus, loadRecordedFigures, scorePdf } from '../test-support/pdf-kit.js';

/**
 * The PDF corpus (documents typeset by pdfTeX, groff and Chromium's printer, most written blind to the reader: see
 * src/test-support/pdfs/*\/README.md) read as shipped: no document reads worse than `measure-pdfs.ts --record`
 * measured it (recall and precision of the body's sentences, furniture texts leaked).
 */
describe('the PDF corpus, read as measured', () => {
  const docs = loadPdfCorpus();
  const recorded = loadRecordedFigures();

  it('has every document recorded, and only those', () => {
    expect(Object.keys(recorded).sort()).toEqual(docs.map((d) => `${d.batch}/${d.name}`).sort());
  });

  it.each(docs.map((d) => [`${d.batch}/${d.name}`, d] as const))('%s reads no worse than recorded', async (key, doc) => {
    const read = await readDocument(doc.bytes, { type: 'pdf' });
    const score = scorePdf(doc, read.text);
    const floor = recorded[key];
    expect(floor).toBeDefined();
    expect(score.recall).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    expect(score.precision).toBeGreaterThanOrEqual(floor?.precision ?? 1);
    expect(score.leaked.length).toBeLessThanOrEqual(floor?.leaked ?? 0);
  });
});
