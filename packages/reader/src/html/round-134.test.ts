import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT534_PAGES } from '../test-support/pages-heldout534.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const PARAS = [
  'The ferry sails to the timetable below from November until March, weather permitting, and no sailings run on Sundays in winter.',
  'Fares are paid on board in cash or by card, and islanders travel free on showing the card the co-operative office issues.',
];
/** A FrontPage page: a heading and its paragraphs set in <font>s, parted by `<br><br>`, in a layout table's cell beside a menu. */
const PAGE = `<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body><table><tr><td width="150"><a href="/">Home</a><br>
<a href="/t">Timetable</a></td><td><font size="4"><b>Winter timetable</b></font><br><br><font size="2">${PARAS[0]}</font><br><br>
<font size="2">${PARAS[1]}</font></td></tr></table></body></html>`;

describe('paragraphs set in <font>s between line breaks (round 134)', () => {
  it("reads a table-layout page's heading and paragraphs as lines of their own", () => {
    const lines = extractArticle(PAGE).text.split('\n').map(norm);
    for (const line of ['Winter timetable', ...PARAS]) expect(lines).toContain(norm(line));
  });

  it("reads a ferry co-operative's timetable heading apart from the paragraph under it", () => {
    const p = pageNamed(HELDOUT534_PAGES, 'heldout534-table-layout-ferry-coop');
    const lines = extractArticle(p.html).text.split('\n').map(norm);
    expect(lines).toContain(norm('Winter Timetable 2026 - 2027'));
  });
});
