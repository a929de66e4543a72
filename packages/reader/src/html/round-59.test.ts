import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT172_PAGES } from '../test-support/pages-heldout172.js';
import { HELDOUT173_PAGES } from '../test-support/pages-heldout173.js';
import { HELDOUT175_PAGES } from '../test-support/pages-heldout175.js';
import { HELDOUT177_PAGES } from '../test-support/pages-heldout177.js';
import { extractArticle } from './extract.js';

describe('batches 172 to 177 (round 59)', () => {
  it('keeps the paragraphs of a text that all carry one class with "bio" in it (the Dictionary of Canadian Biography), and drops a bio box', () => {
    const dcb = page(HELDOUT175_PAGES, 'heldout175-biographi-dcb-entry');
    expect(score(dcb, extractArticle(dcb.html).text).recall).toBe(1);
    const life = [
      'She was born in the harbour town in 1803 and kept the accounts of her father’s mill from the age of twelve, the parish records say.',
      'After her marriage she ran the general store on the quay, and its creditors came to trust her ledgers more than the bank’s own books.',
      'Widowed in 1847, she moved to the city and opened a school for girls that taught bookkeeping beside French and music to its pupils.',
    ];
    const paragraphs = life.map((t) => `<p class="bio-paragraph">${t}</p>`).join('');
    expect(read(paragraphs)).toContain('opened a school for girls');
    const bioBox = '<p class="author-bio">Hélène Drouin writes about the history of Quebec schools and teaches at the college in Sorel.</p>';
    expect(read(STORY + bioBox)).not.toContain('hélène drouin writes');
  });

  it("drops a desk's funder line, a company blog's hiring line and brands notice, a podcast plug and a citation line", () => {
    const minnpost = page(HELDOUT172_PAGES, 'heldout172-minnpost-news');
    const civil = page(HELDOUT172_PAGES, 'heldout172-civil-beat-news');
    for (const p of [minnpost, civil])
      expect(
        leaked(
          p,
          p.furniture.filter((f) => / coverage .* by (?:a )?grants? from /.test(f)),
        ),
      ).toEqual([]);
    const shopify = page(HELDOUT173_PAGES, 'heldout173-shopify-engineering-blog');
    expect(
      leaked(
        shopify,
        shopify.furniture.filter((f) => f.startsWith('If building systems')),
      ),
    ).toEqual([]);
    const airbnb = page(HELDOUT173_PAGES, 'heldout173-airbnb-tech-medium-blog');
    expect(
      leaked(
        airbnb,
        airbnb.furniture.filter((f) => /^(?:If this type of work|All product names)/.test(f)),
      ),
    ).toEqual([]);
    const blockClub = page(HELDOUT172_PAGES, 'heldout172-block-club-chicago-news');
    expect(
      leaked(
        blockClub,
        blockClub.furniture.filter((f) => f.startsWith('Listen to “')),
      ),
    ).toEqual([]);
    const newAdvent = page(HELDOUT175_PAGES, 'heldout175-newadvent-catholic-encyclopedia');
    expect(
      leaked(
        newAdvent,
        newAdvent.bylines.filter((b) => /^(?:APA|MLA) citation/.test(b)),
      ),
    ).toEqual([]);
    // sentences with the same words stay
    const story =
      '<p>The festival’s coverage of the regatta was funded by a grant from the harbour trust, the organisers said on Monday.</p>' +
      '<p>If this kind of work interests you, the harbour master said, the yard is hiring two welders for the winter refit.</p>';
    const text = read(story + STORY);
    expect(text).toContain('coverage of the regatta was funded by a grant');
    expect(text).toContain('the yard is hiring two welders');
  });

  it("drops a reference site's subscription notice and licensing line, and a marketplace's seller badge", () => {
    const oxford = page(HELDOUT175_PAGES, 'heldout175-oxfordreference-overview');
    expect(
      leaked(
        oxford,
        oxford.furniture.filter((f) => f.startsWith('Access to the complete content')),
      ),
    ).toEqual([]);
    const historyLink = page(HELDOUT175_PAGES, 'heldout175-historylink-essay');
    expect(
      leaked(
        historyLink,
        historyLink.furniture.filter((f) => f.startsWith('Licensing:')),
      ),
    ).toEqual([]);
    const etsy = page(HELDOUT177_PAGES, 'heldout177-etsy-product-listing');
    expect(
      leaked(
        etsy,
        etsy.furniture.filter((f) => f.startsWith('This seller consistently')),
      ),
    ).toEqual([]);
  });
});
