import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT358_PAGES } from '../test-support/pages-heldout358.js';
import { HELDOUT361_PAGES } from '../test-support/pages-heldout361.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

/** A Squarespace html block as the builder writes it. */
const block = (inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">` +
  `<div class="sqs-html-content">${inner}</div></div></div>`;
const TERMS = `<!DOCTYPE html><html><head><title>Term Dates — Harbour School</title></head><body><header><a href="/">Harbour School</a></header>
<main><article class="sections"><section class="page-section"><div class="sqs-layout"><div class="row sqs-row"><div class="col sqs-col-8 span-8">
${block('<h1>Term Dates 2026–27</h1>')}
${block('<h2>Autumn Term</h2><ul><li>Term begins: Thursday 3rd September, 8.30am</li><li>Half term: Monday 26th October to Friday 30th October</li></ul>')}
${block('<h2>Spring Term</h2><ul><li>Term begins: Tuesday 5th January, 8.30am</li><li>Half term: Monday 15th February to Friday 19th February</li></ul>')}
${block(`<h3>Leave of absence</h3><p>We ask families not to book holidays in term time, because every day of teaching counts and lessons build on each
other week by week.</p><p>Requests for leave must be made in writing to the Head at least four weeks before, and are granted only in exceptional
circumstances.</p>`)}
</div></div></div></section></article></main><footer><p>© Harbour School</p></footer></body></html>`;

describe('batch 358 (round 92)', () => {
  it('reads builder blocks of headings and lists beside the block of paragraphs (Squarespace html blocks)', () => {
    const terms = page(HELDOUT358_PAGES, 'heldout358-squarespace-term-dates-docs');
    const dates = terms.body.filter((b) => b.startsWith('Term begins'));
    expect(dates.length).toBeGreaterThan(2);
    expect(present(terms, [...dates, ...terms.headings])).toEqual([...dates, ...terms.headings]);
    const text = extractArticle(TERMS).text;
    expect(text).toContain('## Autumn Term');
    expect(norm(text)).toContain('half term: monday 15th february to friday 19th february');
    expect(norm(text)).toContain('requests for leave must be made in writing');
  });
});

describe('batch 361 (round 92)', () => {
  it('reads a Drupal field whose label is hidden (field--label-hidden names the label, not the field)', () => {
    const visa = page(HELDOUT361_PAGES, 'heldout361-drupal-university-docs');
    const after = visa.body.filter((b) => b.startsWith('Within seven days of arriving') || b.startsWith('Applications open as soon as'));
    expect(after).toHaveLength(2);
    expect(present(visa, [...after, ...visa.headings])).toEqual([...after, ...visa.headings]);
  });
});
