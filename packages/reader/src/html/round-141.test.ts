import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT556_PAGES } from '../test-support/pages-heldout556.js';
import { HELDOUT561_PAGES } from '../test-support/pages-heldout561.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const LIVE = [
  'If you simply want to try the new release without installing it, boot one of the live images from a USB stick.',
  'The live images run the whole system from memory, so nothing on your disk changes, and your settings go when you shut down.',
];
/** A release note whose section under "Want to give it a try?" is the article's own: two paragraphs. */
const PAGE = `<!DOCTYPE html><html><head><title>Release 9</title></head><body><main><article>
<h1>Release 9 is out</h1><p>The ninth release brings a new installer, faster start-up and a refreshed set of default applications for everyone.</p>
<h2>Want to give it a try?</h2>${LIVE.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

describe('a call to action headed as a question to the reader (round 141)', () => {
  it("leaves out an Elementor locksmith's “Need a locksmith right now?” band and its one line", () => {
    const p = pageNamed(HELDOUT556_PAGES, 'heldout556-elementor-emergency-locksmith');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Need a locksmith right now?'));
    expect(text).not.toContain(norm('Call Darren or Lee on 01632 960 417, day or night.'));
  });

  it("leaves out a translator's “Need a translation today?” band", () => {
    const p = pageNamed(HELDOUT561_PAGES, 'heldout561-elementor-certified-translation');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Need a translation today?'));
  });

  it("keeps an article's section under such a question when it is paragraphs of its own", () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm('Want to give it a try?'));
    for (const p of LIVE) expect(text).toContain(norm(p));
  });
});
