import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT555_PAGES } from '../test-support/pages-heldout555.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'Every skip is delivered on a flatbed lorry between seven and nine in the morning, and we text you when the driver sets off.',
  'Tell us if the skip has to go on the road: we apply for the council permit for you and add its cost to the hire.',
];
/** A page whose skip link is a box named "skip" around an in-page link that does not say "Skip". */
const PAGE = `<!DOCTYPE html><html><head><title>Delivery | Skips</title></head><body>
<div class="skip"><a href="#main">Jump to the delivery notes</a></div>
<main id="main"><h1>How delivery works</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;

describe('a box named "skip" that is no skip link (round 138)', () => {
  it("reads a skip hire firm's table of skip sizes and prices, `table.skip-table`", () => {
    const p = pageNamed(HELDOUT555_PAGES, 'heldout555-elementor-skip-sizes');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('2 yard mini skip 20–25 bin bags Garden tidy-ups, small bathroom refits £175'));
  });

  it('still leaves out a skip link box around an in-page link', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).not.toContain(norm('Jump to the delivery notes'));
  });
});
