import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { makeTwoColumnPdf } from '../test-support/make-pdf.js';
import { PDF_CORPUS_DIR } from '../test-support/pdf-kit.js';

const PAGES: [string[], string[]][] = [
  [
    [
      'The trust planted four thousand trees along the river last winter, most of them alder and ' +
        'willow, which grow well in wet ground and hold the banks together during floods.',
      'Volunteers gave more than nine thousand hours of their time, an increase of a third on the ' +
        'previous year, and the number of regular volunteers passed two hundred for the first time.',
    ],
    [
      'Water quality improved at six of the eight places where we take samples every month. The ' +
        'remaining two are downstream of the treatment works, where overflows after heavy rain are ' +
        'still common.',
      'We are asking the water company to publish the times and lengths of every overflow, so ' +
        'that the public can see how often untreated sewage reaches the river.',
    ],
  ],
  [
    [
      'Income rose to three hundred and twenty thousand pounds, mostly from grants and from the ' +
        'annual river festival, which drew its largest crowd since the trust was founded.',
      'Spending on conservation work grew faster than income, and the trust drew on its reserves ' +
        'for the first time in five years to pay for the new footpaths.',
    ],
    [
      'Next year we will concentrate on the upper catchment, where farmers have offered land for ' +
        'wetland habitats that slow the water down before it reaches the towns.',
      'We thank every volunteer, donor and partner organisation for their extraordinary commitment throughout a demanding year.',
    ],
  ],
];

describe('readDocument on PDFs built in the test (two columns, running headers, hyphenation)', async () => {
  const bytes = await makeTwoColumnPdf({ title: 'Riverside Trust Annual Review', header: 'Riverside Trust - Annual Report 2024', columns: PAGES });
  const doc = await readDocument(bytes);
  const paragraphs = PAGES.flatMap(([l, r]) => [...l, ...r]);

  it('reads the columns one after the other, each paragraph whole: the text is the source text', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe('Riverside Trust Annual Review');
    expect(doc.text).toBe(`# Riverside Trust Annual Review\n\n${paragraphs.join('\n\n')}`);
  });

  it('joins words hyphenated at line ends and drops the running header and page numbers', () => {
    expect(doc.text).not.toMatch(/\p{L}- \p{L}|Annual Report 2024|Page \d of/u);
    expect(doc.text).toContain('extraordinary commitment');
  });

  it('gives the same sentences as the source text', () => {
    const source = splitSentences(paragraphs.join('\n\n')).map((s) => s.text);
    expect(
      splitSentences(doc.text)
        .filter((s) => s.heading !== true)
        .map((s) => s.text),
    ).toEqual(source);
  });

  it('refuses a damaged PDF with INVALID_PDF and a sentence saying what to do', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x41)]);
    await expect(readDocument(broken)).rejects.toMatchObject({ code: 'INVALID_PDF', message: expect.stringMatching(/; save it again/) });
  });
});

describe('readDocument on a report typeset by pdfTeX: doubtful lines', () => {
  it("gives its footnote, table of contents and table's lines as doubtful lines, each a line of the text", async () => {
    const bytes = readFileSync(join(PDF_CORPUS_DIR, 'd01', 'd01-latex-report-harbour-survey.pdf'));
    const doc = await readDocument(bytes);
    expect(doc.doubtful).toEqual(expect.arrayContaining(['The fleet has twenty-two boats, of which nine fish all year.', '1.1 What the skippers told us']));
    const lines = new Set(doc.text.split('\n'));
    for (const d of doc.doubtful ?? []) expect(lines.has(d)).toBe(true);
    expect(doc.text).toContain('Boats drawing more than two metres now wait for the tide before they leave the harbour.');
  });
});
