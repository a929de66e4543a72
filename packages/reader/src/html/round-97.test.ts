import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT398_PAGES } from '../test-support/pages-heldout398.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const LISTING = (rating: string): string => `<!DOCTYPE html><html><head><title>Shepherd's hut by the weir</title></head><body><main>
<h1>Shepherd's hut by the weir</h1><div class="overview"><div class="rating"><span class="sr-only">${rating}</span></div></div>
<div class="description"><p>The hut stands in a meadow above the weir, a short walk from the village, with a wood burner, a double bed and a
small kitchen with two gas rings.</p><p>Guests can swim from the shingle beach below the weir in summer, and the farm sells eggs and milk from
an honesty box by the gate.</p><p>There is no wifi and the phone signal is weak, which most guests tell us is the point of coming here.</p></div>
</main></body></html>`;

describe('batch 398 (round 97)', () => {
  it('leaves out a star rating set as a line of its own, in any of its shapes', () => {
    const listing = page(HELDOUT398_PAGES, 'heldout398-airbnb-listing');
    expect(listing.furniture).toContain('Rated 4.93 out of 5 from 57 reviews.');
    expect(present(listing, ['Rated 4.93 out of 5 from 57 reviews.'])).toEqual([]);
    for (const rating of ['Rated 4.9 out of 5 from 212 reviews.', '4.8 out of 5 stars', 'Rated 4.7 out of 5 based on 1,208 reviews']) {
      const text = norm(extractArticle(LISTING(rating)).text);
      expect(text).not.toContain(norm(rating).replace(/\.$/, ''));
      expect(text).toContain('guests can swim from the shingle beach');
    }
  });

  it('keeps a sentence that gives a rating', () => {
    const said = 'Guests have rated the hut 4.9 out of 5 in every season since it opened.';
    const html = LISTING('4.9 out of 5 stars').replace('<p>There is no wifi', `<p>${said}</p><p>There is no wifi`);
    expect(norm(extractArticle(html).text)).toContain(norm(said));
  });
});
