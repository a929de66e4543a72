import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT521_PAGES } from '../test-support/pages-heldout521.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const widget = (inner: string): string =>
  '<div class="elementor-element elementor-widget elementor-widget-html" data-widget_type="html.default">' +
  `<div class="elementor-widget-container">${inner}</div></div>`;
const STORY = 'The hall committee met on Tuesday and agreed the budget for the new roof, which the lottery grant will mostly pay for.';
/** A custom HTML widget with a form in it, not a table: a sign-up box, furniture. */
const PAGE = `<!DOCTYPE html><html><head><title>Roof | Hall</title></head><body><main><div class="elementor elementor-12">
<h1>The new roof</h1><p>${STORY}</p><p>Work starts in May and the hall stays open throughout, with the back room closed for a fortnight.</p>
${widget('<form><label>Email address</label><input type="email"><button>Sign up for updates</button></form>')}
</div></main></body></html>`;

describe("Elementor's custom HTML widget holding a table (round 127)", () => {
  it("reads a union's by-election results tables", () => {
    const p = pageNamed(HELDOUT521_PAGES, 'heldout521-elementor-by-election-results');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Part-time officers'));
    expect(text).toContain(norm('Nadia Solberg-Reyes'));
  });

  it('still drops a custom HTML widget of a sign-up form', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY));
    expect(text).not.toContain(norm('Sign up for updates'));
  });
});
