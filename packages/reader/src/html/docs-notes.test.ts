import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
const prose = (n: number): string => `<p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(n)}</p>`;

describe('round 23 (batch 23: Apple docs, Wikivoyage, Smithsonian, a newsletter)', () => {
  it("keeps a docs note set as an <aside class='note'> (Apple's DocC), and drops a side <aside>", () => {
    const note = '<aside class="note" aria-label="note"><p class="label">Note</p><p>The harbour may defer a berth beyond the date you ask for.</p></aside>';
    const side = '<aside class="sidebar"><p>Popular this week: the pier, the lighthouse and the old fish market on the quay.</p></aside>';
    const text = read(note + side);
    expect(text).toContain('may defer a berth');
    expect(text).not.toContain('popular this week');
  });

  it('keeps a page wrapper whose class names a sidebar when it holds the headline and the prose (Apple)', () => {
    const page = `<html><body><div id="app"><div class="adjustable-sidebar-width full-width-container"><div class="sidebar"><ul>
<li><a href="/a">Moorings</a></li></ul></div><main><h1>Harbour berths</h1>${prose(3)}${prose(2)}</main></div></div></body></html>`;
    expect(norm(extractArticle(page).text)).toContain('harbour wall was rebuilt');
  });

  it("keeps a travel guide's listing set as an hCard (Wikivoyage), and drops a person's hCard", () => {
    const listing =
      '<ul><li><bdi class="vcard"><span class="fn">Harbour Museum</span>, Quay Street. A former sail loft with ship models and photographs.</bdi></li></ul>';
    expect(read(listing)).toContain('a former sail loft');
    const edited =
      '<ul><li><bdi class="vcard">Harbour Museum, Quay Street. A former sail loft. <span class="listing-lastedit">(updated Mar 2025)</span></bdi></li></ul>';
    expect(read(edited)).not.toContain('updated mar 2025');
    expect(read('<p><span class="vcard"><a href="/u/1">Marion Teague</a></span></p>')).not.toContain('marion teague');
  });

  it("takes an <h1> that is the <title>'s first part as the headline when every <h1> sits in furniture (Wikivoyage)", () => {
    const page = `<html><head><title>Port Aldwen – Travel guide at Wikivoyage</title></head><body>
<header><h1 style="display:none">Port Aldwen</h1></header><div class="noprint banner"><h1>Port Aldwen</h1></div>
<div id="content">${prose(3)}${prose(2)}</div></body></html>`;
    expect(extractArticle(page).title).toBe('Port Aldwen');
  });

  it("drops a magazine's affiliate note to readers and a letter's dash-and-name sign-off, keeps a dash line that is prose", () => {
    const text = read(
      '<p>A Note to our Readers: the Harbour Post takes part in affiliate link advertising programs.</p><p>— Priya</p><p>— and then the tide came in.</p>',
    );
    expect(text).not.toMatch(/note to our readers|priya/);
    expect(text).toContain('— and then the tide came in.');
  });
});
