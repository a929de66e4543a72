import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { isFurnitureHeading } from './furniture-headings.js';
import { HELDOUT554_PAGES } from '../test-support/pages-heldout554.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('an FAQ\'s closing "Still have a question?" box is furniture (round 160)', () => {
  it('reads the call headings as furniture headings and a question about stillness as none', () => {
    for (const h of ['Still have a question?', 'Still have questions?', 'Still got a question?', 'Still stuck?']) expect(isFurnitureHeading(h)).toBe(true);
    expect(isFurnitureHeading('Still have questions about the water?')).toBe(false);
  });

  it("leaves out a Squarespace FAQ's call box and keeps its answers", () => {
    const p = pageNamed(HELDOUT554_PAGES, 'heldout554-squarespace-pawn-faq');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Our staff are happy to help by phone or in person.'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
