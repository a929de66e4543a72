import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT599_PAGES } from '../test-support/pages-heldout599.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a landing page's line under its title in the hero is its standfirst (round 150)", () => {
  it("keeps a Webflow service page's “hero-paragraph” over its text", () => {
    const p = pageNamed(HELDOUT599_PAGES, 'heldout599-webflow-lead-flashing');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Most roof leaks start where the roof meets a wall or chimney.'));
    expect(text).not.toContain(norm('Book a free inspection'));
  });

  it("does not take a hero's button row for a standfirst", () => {
    const html =
      '<html><body><section class="hero"><h1>Winter boiler service</h1><div class="hero-buttons">Book online today or call the office</div></section>' +
      '<section class="content"><p>A yearly service keeps a boiler safe and efficient. Our engineers check the ' +
      'flue, the gas pressure and the seals, and clean the heat exchanger.</p>' +
      '<p>The visit takes about an hour and you will get a written record for your warranty and your landlord.</p></section></body></html>';
    const text = extractArticle(html).text;
    expect(text).not.toContain('Book online today');
    expect(text).toContain('A yearly service keeps a boiler safe');
  });
});
