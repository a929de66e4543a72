import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT626_PAGES } from '../test-support/pages-heldout626.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a docs callout whose label is a heading of its own is the page's text (round 157)", () => {
  it('keeps a Docsy page\'s warning and tip boxes, `<h4 class="alert-heading">` over their text', () => {
    const p = pageNamed(HELDOUT626_PAGES, 'heldout626-hugo-docsy-chassis');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('The frame etch is thin nickel silver and bends easily.'));
    expect(text).toContain(norm('A drop of oil on each hornblock now'));
  });

  it('still drops an alert that is no callout (a form error under its own heading)', () => {
    const html =
      '<html><body><main><h1>Renew your permit</h1><p>Permits run for twelve months from the date of issue and can be renewed online up to ' +
      'thirty days before they expire.</p><p>You will need your permit number and the registration of each vehicle on it.</p>' +
      '<div role="alert"><h4>Error</h4>Something went wrong while sending your renewal. Please try again in a few minutes.</div></main></body></html>';
    const text = extractArticle(html).text;
    expect(text).toContain('Permits run for twelve months');
    expect(text).not.toContain('Something went wrong while sending');
  });
});
