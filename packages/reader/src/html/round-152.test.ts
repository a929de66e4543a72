import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT605_PAGES } from '../test-support/pages-heldout605.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("a table layout's side column of short lines goes (round 152)", () => {
  it("leaves out a deli's hours and address column and keeps its cheese counter text", () => {
    const p = pageNamed(HELDOUT605_PAGES, 'heldout605-table-layout-deli-counter');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Mon - Sat 8am - 6pm'));
    expect(text).not.toContain(norm('212 Mulberry Ave.'));
    expect(text).toContain(norm(p.body[0]!));
  });

  it("keeps a small data table's first column beside its long descriptions", () => {
    const long = 'The loop climbs through beech woods to the ridge, follows the old drove road for two miles and drops back to the village by the mill stream.';
    const html =
      '<html><body><div id="content"><h1>Three walks from the village</h1><p>Each walk starts at the church and is waymarked in green, blue or red.</p>' +
      `<table><tr><td>Green, 4 miles</td><td>${long}</td></tr><tr><td>Blue, 6 miles</td><td>${long} It adds a detour to the hill fort.</td></tr></table>` +
      '</div></body></html>';
    const text = extractArticle(html).text;
    expect(text).toContain('Green, 4 miles');
    expect(text).toContain('Blue, 6 miles');
  });
});
