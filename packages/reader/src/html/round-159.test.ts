import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { isFurnitureText } from './furniture-lines.js';
import { HELDOUT630_PAGES } from '../test-support/pages-heldout630.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a product's stock line is furniture (round 159)", () => {
  it('reads stock counts and states as lines of furniture, and a sentence about stock as text', () => {
    for (const line of ['14 in stock', 'Only 7 left in stock', 'Out of stock', 'In stock', 'Only 2 left!']) expect(isFurnitureText(line)).toBe(true);
    expect(isFurnitureText('We keep 14 blends in stock all year.')).toBe(false);
  });

  it('leaves out WooCommerce\'s "14 in stock" under the price and keeps the product\'s description', () => {
    const p = pageNamed(HELDOUT630_PAGES, 'heldout630-woocommerce-ras-el-hanout');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('14 in stock'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
