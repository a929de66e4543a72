import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT602_PAGES } from '../test-support/pages-heldout602.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a heading that counts reviews ("2 Reviews") heads furniture (round 149)', () => {
  it("leaves out a BigCommerce product's review tab and keeps its description and warranty", () => {
    const p = pageNamed(HELDOUT602_PAGES, 'heldout602-bigcommerce-barrel-sauna-kit');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Went together easily with my son.'));
    expect(text).not.toContain(norm('Worth the weekend'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it('keeps a section whose heading only mentions reviews among other words ("How we run our reviews")', () => {
    const html =
      '<html><body><article><h1>Our testing method</h1><p>Every kettle we test boils a full litre ten times, ' +
      'and we time each boil from cold water at the same temperature.</p>' +
      '<h2>How we run our reviews</h2><p>Two testers use each kettle for a fortnight at home before we score ' +
      'it, so the scores reflect daily use rather than one afternoon.</p>' +
      '</article></body></html>';
    const text = extractArticle(html).text;
    expect(text).toContain('How we run our reviews');
    expect(text).toContain('Two testers use each kettle for a fortnight');
  });
});
