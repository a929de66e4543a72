import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { toMarkdown } from './to-markdown.js';
import { HELDOUT677_PAGES } from '../test-support/pages-heldout677.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const markdownOf = (html: string): string => {
  const body = parseDocument(html).body;
  return body === null ? '' : toMarkdown(body);
};

describe("a table's header row is column labels, not a line of text (round 167)", () => {
  it('leaves out a row of header cells over rows of data and keeps the data rows', () => {
    const text = markdownOf('<table><tr><th>Time</th><th>Class</th></tr><tr><td>07:00</td><td>Reformer Flow</td></tr></table>');
    expect(text).not.toContain('Time Class');
    expect(text).toContain('07:00 Reformer Flow');
  });

  it('keeps a row of one header cell (a section row), a header row alone and a row that mixes header and data cells', () => {
    expect(markdownOf('<table><tr><th colspan="2">Monday</th></tr><tr><td>07:00</td><td>Flow</td></tr></table>')).toContain('Monday');
    expect(markdownOf('<table><tr><th>Dates</th><th>Venue</th></tr></table>')).toContain('Dates Venue');
    expect(markdownOf('<table><tr><th>Monday</th><td>Closed</td></tr><tr><th>Tuesday</th><td>9-5</td></tr></table>')).toContain('Monday Closed');
  });

  it("drops a Webflow timetable's header rows and keeps every class", () => {
    const p = pageNamed(HELDOUT677_PAGES, 'heldout677-webflow-timetable');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Time Class Teacher Length'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
