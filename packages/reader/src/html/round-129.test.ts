import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT498_PAGES } from '../test-support/pages-heldout498.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The comet is best viewed at dawn from a dark site, low in the east, with binoculars or a small telescope.',
  'Members counted 4,000 visitors since the observatory reopened, and the open evenings will run again in March.',
];
/** An old table-layout club page: its text, then a footer cell of a counter line and a screen note, set apart by line breaks. */
const PAGE = `<!DOCTYPE html><html><head><title>Comet watch</title></head><body><table width="760"><tr><td>
<h1>Comet watch this month</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
<font size="1">Page last changed 3 March<br>You are visitor number <img src="/cgi-bin/count.gif" alt="0041287"> 0041287<br>
Best viewed at 800 x 600 in Internet Explorer</font></td></tr></table></body></html>`;

describe("an old site's hit counter and screen note (round 129)", () => {
  it("leaves out a pool's counter line under its timetable, in the footer cell's lines", () => {
    const p = pageNamed(HELDOUT498_PAGES, 'heldout498-table-layout-village-pool');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Early bird swims are for adults and for juniors aged 14 and over with a season ticket only.'));
    expect(text).not.toContain(norm('You are visitor number'));
  });

  it('leaves out the counter and the screen note of a club page, and keeps sentences that say "best viewed" and "visitors since"', () => {
    const text = norm(extractArticle(PAGE).text);
    for (const line of STORY) expect(text).toContain(norm(line));
    expect(text).not.toContain(norm('You are visitor number'));
    expect(text).not.toContain(norm('Best viewed at 800 x 600'));
  });
});
