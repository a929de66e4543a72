import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT610_PAGES } from '../test-support/pages-heldout610.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a price menu named as a menu is the article (round 153)', () => {
  it("keeps a GoDaddy therapist's price list, set in its `widget-menu`", () => {
    const p = pageNamed(HELDOUT610_PAGES, 'heldout610-godaddy-price-list');
    const text = norm(extractArticle(p.html).text);
    for (const line of [...p.headings, ...p.body]) expect(text).toContain(norm(line));
  });

  it("still drops a shop's menu that prices its products inside their links", () => {
    const item = (name: string, price: string) => `<li><a href="/p/${name.toLowerCase()}"><span>${name}</span><span>${price}</span></a></li>`;
    const html =
      '<html><body><div class="mega-menu"><h3>Best sellers</h3><ul>' +
      item('Kettle', '£24.00') +
      item('Teapot', '£18.00') +
      item('Toaster', '£32.00') +
      '</ul></div><article><h1>How to descale a kettle</h1><p>Fill the kettle halfway with equal parts water ' +
      'and white vinegar and leave it for an hour before boiling.</p>' +
      '<p>Pour the mixture away, rinse twice with clean water and boil a full kettle of fresh water before you use it again.</p></article></body></html>';
    const text = extractArticle(html).text;
    expect(text).not.toContain('Best sellers');
    expect(text).not.toContain('£24.00');
    expect(text).toContain('Fill the kettle halfway');
  });
});
