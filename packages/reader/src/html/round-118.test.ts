import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT502_PAGES } from '../test-support/pages-heldout502.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The spring range arrives in the shop on Saturday, with three new glazes made from the clay of the river bank behind the studio.',
  'Each piece is thrown by hand and fired twice, so no two mugs in the range are quite the same colour or quite the same size.',
  'We will open early on Saturday for members of the pottery club, and the kiln room will be open for visitors all afternoon.',
];
/** A product card beside the story: its price is a line of its own under the product's name, not an entry of a price list. */
const PAGE = `<!DOCTYPE html><html><head><title>Spring range | River Clay</title></head><body>
<main><article><h1>The spring range is here</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
<div class="product-card"><h3 class="product-card__title">Speckled mug</h3><p><span class="product-card__price">£24.00</span></p></div>
</article></main></body></html>`;

describe("Elementor's price list read as the page's text (round 118)", () => {
  it("reads a bakery menu's every dish with its price, the short lists too", () => {
    const p = pageNamed(HELDOUT502_PAGES, 'heldout502-elementor-bakery-menu');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Seeded rye (VG)', '£5.20', 'Butter croissant', 'Swedish-style bun with freshly ground cardamom and pearl sugar.', 'Lemon drizzle']) {
      expect(text).toContain(norm(line));
    }
  });

  it("still drops a product card's price line alone", () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[2]!));
    expect(text).not.toContain('£24.00');
  });
});
