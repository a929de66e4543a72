import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT568_PAGES } from '../test-support/pages-heldout568.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const REVIEW = 'Brilliant koi half sleeve. Booking through the app was simple and the deposit came off exactly as promised.';
const STORY = [
  'The studio opened in a former print works in 2019, and its four artists now share one long room with north light.',
  'Kaito Mori draws every piece by hand before it is stencilled, and he keeps a book of the flash he has retired.',
];
/** A page whose section headed "Reviews in brief" is prose of its own: a heading that only begins like a listing's. */
const PAGE = `<!DOCTYPE html><html><head><title>The studio</title></head><body><main><article><h1>About the studio</h1>
<p>${STORY[0]}</p><h2>Reviews in brief</h2><p>${STORY[1]}</p></article></main></body></html>`;

describe("a listing's reviews under their heading (round 142)", () => {
  it("leaves out a marketplace artist's reviews, their heading with them", () => {
    const p = pageNamed(HELDOUT568_PAGES, 'heldout568-nextjs-marketplace-artist-profile');
    const lines = extractArticle(p.html).text.split('\n');
    const text = norm(lines.join('\n'));
    expect(text).not.toContain(norm(REVIEW));
    expect(lines.map((l) => l.replace(/^#+ /, ''))).not.toContain('Reviews');
    expect(text).toContain(norm(p.body[p.body.length - 1]!));
  });

  it('keeps a section whose heading only begins with the word', () => {
    const text = norm(extractArticle(PAGE).text);
    for (const s of STORY) expect(text).toContain(norm(s));
    expect(text).toContain(norm('Reviews in brief'));
  });
});
