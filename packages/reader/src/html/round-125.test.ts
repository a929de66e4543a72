import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT507_PAGES } from '../test-support/pages-heldout507.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const TIP = 'Keep your API key out of the repository: read it from an environment variable when the app starts.';
/** A docs callout labelled in a line of its own: the label goes, its text stays. */
const PAGE = `<!DOCTYPE html><html><head><title>Keys | Docs</title></head><body><main><article><h1>Authentication</h1>
<p>Every request carries your API key in the Authorization header, and requests without one are refused with a 401.</p>
<div class="callout callout-info"><p class="callout-title">Good to know</p><p>${TIP}</p></div>
<p>Keys can be rotated from the dashboard at any time; the old key keeps working for an hour after you rotate it.</p>
</article></main></body></html>`;

describe('"Good to know" as a section heading (round 125)', () => {
  it("keeps an Elementor venue page's 'Good to know' heading over its notes", () => {
    const p = pageNamed(HELDOUT507_PAGES, 'heldout507-elementor-venue-hire');
    expect(extractArticle(p.html).text).toMatch(/^#+ Good to know$/m);
  });

  it("still drops a callout's label line and keeps its text", () => {
    const text = extractArticle(PAGE).text;
    expect(norm(text)).toContain(norm(TIP));
    expect(text).not.toMatch(/good to know/i);
  });
});
