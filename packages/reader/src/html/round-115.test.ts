import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT330_PAGES } from '../test-support/pages-heldout330.js';
import { HELDOUT499_PAGES } from '../test-support/pages-heldout499.js';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { HARBOUR_STORY, pageNamed } from '../test-support/round-kit.js';

const NAV =
  '<nav class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item menu-item-type-post_type">' +
  '<a href="/ferries">Ferry timetables and fares for the summer season</a></li><li class="menu-item"><a href="/moorings">Moorings</a></li></ul></nav>';

describe("Squarespace's menu block of prices (round 115)", () => {
  it("reads an optician's price list set in a menu block", () => {
    const p = pageNamed(HELDOUT499_PAGES, 'heldout499-squarespace-optician-prices');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Yearly check of the fit and the health of the front of the eye.'));
    expect(text).toContain(norm('Contact lenses'));
  });

  it("reads a bar's cocktail menu", () => {
    const p = pageNamed(HELDOUT330_PAGES, 'heldout330-squarespace-bar-menu-blog');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Mezcal, roasted pineapple, ancho chili, lime'));
  });

  it('leaves a WordPress navigation menu out: its items hold no price', () => {
    const text = norm(extractArticle(harbourStory(`${NAV}${HARBOUR_STORY}`)).text);
    expect(text).not.toContain('ferry timetables and fares');
  });
});
