import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT504_PAGES } from '../test-support/pages-heldout504.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const SECTION = [
  'Across the twelve sites, the number of breeding pairs rose from 41 to 58 between the two surveys.',
  'The largest gains were on the grazed meadows, where the sward is kept short through the spring.',
];

describe('the heading of a testimonials strip (round 121)', () => {
  it("leaves out a Wix page's 'What Our Neighbors Say' over its quotes", () => {
    const p = pageNamed(HELDOUT504_PAGES, 'heldout504-wix-walker-service-area');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm(p.body[0]!));
    expect(text).not.toContain(norm('What Our Neighbors Say'));
  });

  it("keeps a report's section on what its figures say", () => {
    const html = `<html><body><main><h1>Lapwing survey 2026</h1><p>Volunteers counted the birds on every site twice, in April and in May.</p>
<h2>What the figures say</h2>${SECTION.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain(norm('What the figures say'));
    expect(text).toContain(norm(SECTION[1]!));
  });
});
