import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT674_PAGES } from '../test-support/pages-heldout674.js';
import { HELDOUT681_PAGES } from '../test-support/pages-heldout681.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a table layout's caption in the smallest type under its image is furniture (round 165)", () => {
  it('drops "As it came out of the box" under a photo in a paragraph and keeps the restoration', () => {
    const p = pageNamed(HELDOUT674_PAGES, 'heldout674-table-layout-barlow');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('As it came out of the box'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it("drops a caption closing a cell of the page's text", () => {
    const p = pageNamed(HELDOUT681_PAGES, 'heldout681-family-barber-table-layout');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Ennio outside the shop, summer 1958'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
