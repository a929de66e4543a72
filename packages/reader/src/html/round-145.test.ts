import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT574_PAGES } from '../test-support/pages-heldout574.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const SIDE =
  'Our restorer, <a href="/team/jo">Jo Marsh</a>, trained at <a href="https://college.example">the college in Dorset</a> and ' +
  'teaches <a href="/courses">weekend courses</a> in French polishing every spring.';
const MAIN = [
  'The dresser came to us with two split boards in its top and a drawer that had been rebuilt with the wrong timber.',
  'We kept every original part we could, matched the oak from a board of the same age, and waxed it rather than varnishing it.',
];
/** A layout row whose side cell is a paragraph with three links in it, beside the story. */
const PAGE = `<!DOCTYPE html><html><head><title>Restoration</title></head><body><table><tr>
<td width="160"><p>${SIDE}</p></td><td width="600"><h1>Restoring an oak dresser</h1>${MAIN.map((p) => `<p>${p}</p>`).join('')}</td>
</tr></table></body></html>`;

describe('the menu column of a table layout (round 145)', () => {
  it("leaves out an antique shop's menu column of links, opening hours and badge", () => {
    const p = pageNamed(HELDOUT574_PAGES, 'heldout574-table-layout-work-table');
    const text = norm(extractArticle(p.html).text);
    for (const t of ['Sold Items', 'Open Thurs - Sat', 'Member of the Guild of Country Dealers']) expect(text).not.toContain(norm(t));
    expect(text).toContain(norm(p.body[0]!));
  });

  it('keeps a side cell that is a paragraph of prose with links in it', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(MAIN[1]!));
    expect(text).toContain(norm('teaches weekend courses in French polishing every spring.'));
  });
});
