import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT608_PAGES } from '../test-support/pages-heldout608.js';
import { HELDOUT627_PAGES } from '../test-support/pages-heldout627.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a product page's delivery and returns terms are furniture, with the accordion that folds them (round 158)", () => {
  it('drops a Shopify Dawn accordion headed "Shipping & returns" and keeps the product\'s own tabs', () => {
    const p = pageNamed(HELDOUT608_PAGES, 'heldout608-shopify-dawn-bundle');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Unwashed, uncut fabric can be returned within 30 days.'));
    expect(text).not.toContain(norm('Shipping & returns'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it('drops "Delivery & returns" on a mobility scooter page with its text', () => {
    const p = pageNamed(HELDOUT627_PAGES, 'heldout627-shopify-scooter-product');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Unused scooters can be returned within 14 days.'));
    expect(text).toContain(norm(p.body[0] ?? ''));
  });
});
