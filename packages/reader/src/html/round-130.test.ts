import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT527_PAGES } from '../test-support/pages-heldout527.js';
import { HELDOUT535_PAGES } from '../test-support/pages-heldout535.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The bakery opens at seven on weekdays, and the first loaves come out of the oven at half past six every morning.',
  'Everything on the counter is baked here, from the rye to the cinnamon buns, and we close when the bread runs out.',
];
/** A Webflow page whose body is named after it (`body-menu`), its navigation menu right under the body: a menu of links and a price. */
const PAGE = `<!DOCTYPE html><html><head><title>About | Crumb</title></head><body class="body-menu">
<nav class="nav-menu"><a href="/">Home</a> <a href="/menu">Our bread</a> <a href="/gift">Gift cards</a>
<div class="menu-price">£10.00</div></nav>
<section class="section-about"><h1>About the bakery</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</section></body></html>`;

describe('a menu of dishes with their prices by its names (round 130)', () => {
  it("reads a Webflow café's CMS menu, its dishes' names and descriptions, as the page's text", () => {
    const p = pageNamed(HELDOUT527_PAGES, 'heldout527-webflow-cafe-menu');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Flat White', 'Double ristretto with a small amount of silky milk.', 'Tea & Other', 'Porridge']) {
      expect(text).toContain(norm(line));
    }
  });

  it('reads GoDaddy\'s menu widget of a massage studio\'s services, named as a menu in its id, priced in `data-ux="Price"` lines', () => {
    const p = pageNamed(HELDOUT535_PAGES, 'heldout535-godaddy-massage-prices');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Therapeutic Massage', 'Targeted work for neck, back and hip pain, with stretching.', 'Applied to one area of tension.']) {
      expect(text).toContain(norm(line));
    }
  });

  it('still leaves out a navigation menu with links, under a body named as a menu', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).not.toContain(norm('Gift cards'));
  });
});
