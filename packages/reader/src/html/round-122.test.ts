import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT507_PAGES } from '../test-support/pages-heldout507.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The hall was built in 1921 from the timbers of an army hut, carried up from the station on two farm carts.',
  'By the end of the decade it held a dance every Saturday, a whist drive every Tuesday and the parish council once a month.',
];
/** A Jimdo page's text module whose class names a subtitle of the page, not of an image: the page's text. */
const PAGE = `<!DOCTYPE html><html><head><title>History | Hall</title></head><body><div id="content_area">
<div class="j-module n j-header"><h1>Our history</h1></div>
<div class="j-module n j-text page-subtitle"><p>${STORY[0]}</p></div>
<div class="j-module n j-text"><p>${STORY[1]}</p></div></div></body></html>`;

describe("Jimdo's image captions (round 122)", () => {
  it("leaves out the caption under a Jimdo page's photo", () => {
    const p = pageNamed(HELDOUT507_PAGES, 'heldout507-jimdo-hall-history');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm(p.body[0]!));
    expect(text).not.toContain(norm('with the committee on the steps'));
  });

  it("keeps a text module named as the page's subtitle", () => {
    const text = norm(extractArticle(PAGE).text);
    for (const line of STORY) expect(text).toContain(norm(line));
  });
});
