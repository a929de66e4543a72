import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT520_PAGES } from '../test-support/pages-heldout520.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The river trust has finished clearing the weir at Hallam Mill, the last barrier between the estuary and the upper valley.',
  'Salmon were seen above the weir within a week, and the trust will count them at the fish pass through the autumn run.',
];
/** A Webflow page of `div.section`s: its text in one, a newsletter box in another (furniture by its name, whatever section it is in). */
const PAGE = `<!DOCTYPE html><html><head><title>Weir cleared | River Trust</title></head><body>
<div class="section hero"><div class="container"><h1>The weir at Hallam Mill is open</h1></div></div>
<div class="section story"><div class="container">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="section newsletter-signup"><div class="container"><h2>Get our newsletter</h2>
<p>Sign up for our monthly newsletter with the latest news from the river and our volunteers.</p></div></div></body></html>`;

describe("Webflow's div sections (round 126)", () => {
  it("reads a bike hire page's lead and steps, sections Readability left out for its notes", () => {
    const p = pageNamed(HELDOUT520_PAGES, 'heldout520-webflow-bike-how');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Unlock and ride', 'Scan the QR code on the handlebars or type in the bike number.', 'If something goes wrong']) {
      expect(text).toContain(norm(line));
    }
  });

  it('leaves out a newsletter section of such a page', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).not.toContain(norm('Get our newsletter'));
  });
});
