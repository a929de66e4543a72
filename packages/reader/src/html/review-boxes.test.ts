import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('readers\' reviews and "See also" boxes by their names (clean.ts, round 12)', () => {
  it("drops a how-to's reader success stories (wikiHow's user_review box) with its heading and quote", () => {
    const box =
      '<div class="wh_block" id="user_review"><h2>Reader Success Stories</h2><div class="ur_review"><div class="ur_name">Tom B.</div>' +
      '<p class="ur_review_text">"I never knew the tide tables could be read this way. The diagram made it click for me."</p></div></div>';
    expect(read(box)).not.toMatch(/success stories|tom b\.|tide tables/);
  });

  it('drops a Sphinx "See also" admonition pointing to another module', () => {
    const box =
      '<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>Module <code>tides</code></dt>' +
      '<dd><p>Tide tables for the harbour approaches.</p></dd></dl></div>';
    expect(read(box)).not.toMatch(/module tides|tide tables for/);
  });
});
