import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT466_PAGES } from '../test-support/pages-heldout466.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'Cream the butter and both sugars until pale, then beat in the egg and the vanilla until the dough is smooth.',
  'Fold in the oats and the chopped chocolate, roll the dough into twelve balls and bake them for eleven minutes.',
];
const BANNER = 'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our privacy policy.';
/** A recipe for cookies (not a cookie policy) with a consent banner's line in an unnamed box after its text. */
const RECIPE = `<!DOCTYPE html><html><head><title>Oat Cookies - Crumb Kitchen</title></head><body>
<main><article><h1>Chewy Oat Cookies</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></main>
<div class="bottom"><p>${BANNER}</p></div></body></html>`;

describe("a cookie policy's own text (round 128)", () => {
  it("reads a CookieYes policy page's paragraphs and its audit table, all about cookies and consent", () => {
    const p = pageNamed(HELDOUT466_PAGES, 'heldout466-elementor-cookieyes-cookie-policy');
    const text = norm(extractArticle(p.html).text);
    for (const line of [
      'They let the site remember your actions and preferences',
      'uses first-party cookies to make the course booking form work and to remember your consent',
      'CookieYes sets this cookie to remember users',
    ]) {
      expect(text).toContain(norm(line));
    }
  });

  it("still leaves out a consent banner's line on a page that is no cookie policy (a recipe for cookies)", () => {
    const text = norm(extractArticle(RECIPE).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).not.toContain(norm('By continuing to browse you agree'));
  });
});
