import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT608_PAGES } from '../test-support/pages-heldout608.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a link to an item\'s details ("View full details") is a control (round 151)', () => {
  it("leaves out a Shopify product's quick-view link and keeps its description", () => {
    const p = pageNamed(HELDOUT608_PAGES, 'heldout608-shopify-dawn-bundle');
    const text = extractArticle(p.html).text;
    expect(text.split('\n').map((l) => l.trim())).not.toContain('View full details');
    for (const line of p.body) expect(norm(text)).toContain(norm(line));
  });

  it('keeps a sentence that goes on past the words ("See details of the route below")', () => {
    const html =
      '<html><body><article><h1>Sunday ride to the coast</h1><p>We leave the market square at nine and ride forty miles at an easy pace with a cafe stop.</p>' +
      '<p>See details of the route below, with the two climbs marked, before you decide whether to join.</p></article></body></html>';
    expect(extractArticle(html).text).toContain('See details of the route below');
  });
});
