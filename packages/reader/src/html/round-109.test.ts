import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT483_PAGES } from '../test-support/pages-heldout483.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const P1 =
  'We publish these figures every spring so that you can compare clubs on results, not only on the price of a season ticket. They ' +
  'include every match our teams played at home, whether or not the weather was kind.';
const P2 = 'A result counts as a win only when the match was completed; matches abandoned for weather or floodlight failure are left out.';
const P3 = 'Quay Street greens are slower in April because the club reseeds them late; we have added two extra practice evenings there from May.';
const TABLE = (rows: string): string =>
  `<div class="table-embed w-embed"><table><thead><tr><th>Ground</th><th>Played</th><th>Won</th></tr></thead><tbody>${rows}</tbody></table></div>`;
const ROWS = '<tr><td>Mill Road</td><td>21</td><td>14</td></tr><tr><td>Quay Street</td><td>19</td><td>8</td></tr>';
const FIXTURES = '<tr><td>Ashmere</td><td>Sat 4 April</td><td>2pm</td></tr><tr><td>Lowbridge</td><td>Sat 11 April</td><td>2pm</td></tr>';
/** A Webflow page: a rich-text block, the table in an embed box of its own, and a second rich-text block. */
const PAGE = `<!DOCTYPE html><html><head><title>Results | Harwick Bowls Club</title></head><body>
<section class="section hero"><div class="container"><h1>Our results at home grounds</h1></div></section>
<section class="section"><div class="container narrow"><div class="rich-text-block w-richtext"><p>${P1}</p></div>${TABLE(ROWS)}
<div class="rich-text-block w-richtext"><h2>How we count</h2><p>${P2}</p><h2>Why Quay Street is lower</h2><p>${P3}</p></div></div></section>
<section class="section fixtures"><div class="container"><h3>Next fixtures</h3>${TABLE(FIXTURES)}</div></section>
<footer><p>Harwick Bowls Club, founded 1921.</p></footer></body></html>`;

describe('batch 483 (round 109)', () => {
  it("puts back a pass-rate table that Readability left out between the page's two text blocks", () => {
    const p = pageNamed(HELDOUT483_PAGES, 'heldout483-webflow-pass-rates');
    const text = norm(extractArticle(p.html).text);
    for (const row of ['Harwick (Mill Road) 212 61% 48%', 'Pellow Cross 138 58% 51%']) expect(text).toContain(norm(row));
  });

  it('puts back a headed data table between two kept blocks, in its place, and leaves a table outside the article out', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain('mill road 21 14');
    expect(text.indexOf(norm(P1))).toBeLessThan(text.indexOf('mill road 21 14'));
    expect(text.indexOf('quay street 19 8')).toBeLessThan(text.indexOf(norm(P2)));
    expect(text).not.toContain('sat 4 april');
  });
});
