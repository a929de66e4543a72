import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT533_PAGES } from '../test-support/pages-heldout533.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The county has reopened the coast road at Harlow Point after three weeks of repairs to the sea wall below the lighthouse.',
  'Engineers rebuilt forty metres of the wall with rock armour, and the road will be inspected again after the winter storms.',
  'Buses return to the old timetable on Monday, and the temporary stop at the car park will close at the end of the week.',
  'Walkers can use the cliff path again from Saturday, though the steps down to the beach stay shut until the spring.',
];
const SHARE = 'Share this story on Facebook, X or by email';
/** A page whose masthead box a template left open around all of it (its updates set in spans), a share bar inside it. */
const OPEN_MASTHEAD = `<!DOCTYPE html><html><head><title>Coast road reopens</title></head><body>
<div class="masthead"><div class="logo">County News</div>
<h1>Coast road reopens at Harlow Point</h1>${STORY.map((p) => `<div class="update"><span>${p}</span></div>`).join('')}
<div class="share-bar">${SHARE}</div></div></body></html>`;
/** The same text with a newsletter box beside it: the box holds less than most of the page. */
const BOXED = `<!DOCTYPE html><html><head><title>Coast road reopens</title></head><body>
<h1>Coast road reopens at Harlow Point</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
<div class="newsletter"><p>Get the week's county news in your inbox every Friday morning, with the roads, the council and the courts.</p></div>
</body></html>`;

describe('a furniture-named box around the whole page (round 131)', () => {
  it("reads a Statuspage incident's updates inside a masthead box left open around the page", () => {
    const p = pageNamed(HELDOUT533_PAGES, 'heldout533-statuspage-incident');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('The storage controller has been replaced and all sites on AMS-4 have been responding normally'));
    expect(text).toContain(norm('We are looking into reports of slow websites and failed control panel logins'));
  });

  it('keeps the text of a page inside such a box, and the furniture inside it still goes by its own name', () => {
    const text = norm(extractArticle(OPEN_MASTHEAD).text);
    for (const line of STORY) expect(text).toContain(norm(line));
    expect(text).not.toContain(norm(SHARE));
  });

  it('still removes a furniture box that holds less than most of the page', () => {
    const text = norm(extractArticle(BOXED).text);
    expect(text).toContain(norm(STORY[3]!));
    expect(text).not.toContain(norm("Get the week's county news in your inbox"));
  });
});
