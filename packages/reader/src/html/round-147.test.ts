import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT590_PAGES } from '../test-support/pages-heldout590.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a furniture heading with its count is left to the section rule (round 147)', () => {
  it("leaves out a tutor's “Reviews (37)” with the reviews it heads, and keeps the lessons before it", () => {
    const p = pageNamed(HELDOUT590_PAGES, 'heldout590-nextjs-tutor-profile');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('My daughter finally understands circuits. Clear, kind and very organised.'));
    expect(text).not.toContain(norm('Went from a C to an A in mocks.'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it('still drops a count label that heads nothing of furniture ("Replies (12)" over a thread\'s posts stays a page of posts)', () => {
    const html =
      '<html><body><main><h1>Winter feeding for hens</h1><p>Our hens stop laying in December and I want to know ' +
      'whether extra light or feed helps them through the dark weeks.</p>' +
      '<h2>Replies (12)</h2><p>We add a lamp on a timer for two hours each morning and ours lay all winter, though some say they need the rest.</p>' +
      '</main></body></html>';
    const text = extractArticle(html).text;
    expect(text).not.toContain('Replies (12)');
    expect(text).toContain('We add a lamp on a timer');
  });
});
