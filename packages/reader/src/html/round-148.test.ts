import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT602_PAGES } from '../test-support/pages-heldout602.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a scrolling <marquee> notice is never the article (round 148)', () => {
  it("leaves out a table-layout spa dealer's sale ticker and keeps its delivery text", () => {
    const p = pageNamed(HELDOUT602_PAGES, 'heldout602-table-layout-delivery-area');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('SPRING SPA SALE'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it('drops a marquee inside the article box too, and nothing else of it', () => {
    const html =
      '<html><body><div id="content"><h1>Opening hours over Easter</h1><marquee>NEW - hot cross buns every morning this week!</marquee>' +
      '<p>The shop is open from nine until four on Good Friday and Easter Saturday, and closed on Easter Sunday and Monday so the staff can rest.</p>' +
      '<p>Orders for Easter cakes must reach us by Wednesday; we bake them on Thursday and they can be collected from the counter on Friday.</p>' +
      '</div></body></html>';
    const text = extractArticle(html).text;
    expect(text).not.toContain('hot cross buns');
    expect(text).toContain('closed on Easter Sunday and Monday');
  });
});
