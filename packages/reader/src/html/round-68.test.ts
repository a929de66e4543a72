import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT90_PAGES } from '../test-support/pages-heldout90.js';
import { HELDOUT220_PAGES } from '../test-support/pages-heldout220.js';
import { HELDOUT223_PAGES } from '../test-support/pages-heldout223.js';
import { extractArticle } from './extract.js';

describe('batches 220 and 223 (round 68)', () => {
  it('reads a listing\u2019s "About This Listing" section, while "About This Article" stays the page\u2019s note on itself', () => {
    const listing = page(HELDOUT223_PAGES, 'heldout223-reverb-listing');
    expect(score(listing, extractArticle(listing.html).text).recall).toBe(1);
    expect(leaked(page(HELDOUT90_PAGES, 'heldout90-wikihow-howto'), ['About This Article'])).toEqual([]);
  });

  it("drops a letter's closing signature: the byline's author again, or a dash and a name in emphasis", () => {
    const torah = page(HELDOUT220_PAGES, 'heldout220-shulcloud-torah-portion');
    const parish = page(HELDOUT220_PAGES, 'heldout220-divi-parish-newsletter');
    expect(leaked(torah, torah.bylines)).toEqual([]);
    expect(leaked(parish, ['— Fr. Tomás Ibarra, Pastor'])).toEqual([]);
    // a signature line that does not close its box stays, and so does a quotation's closing line
    const signed = '<p><em>— Tom Harding, harbour master</em></p>';
    expect(read(`${STORY}${signed}<p>The office opens at nine on weekdays and at ten on Saturdays.</p>`)).toContain('— tom harding');
    expect(read(`${STORY}<blockquote><p>We will not close the pier again this winter, whatever the weather.</p>${signed}</blockquote>`)).toContain(
      '— tom harding',
    );
  });
});
