import { describe, expect, it } from 'vitest';
import { HELDOUT274_PAGES } from '../test-support/pages-heldout274.js';
import { HELDOUT276_PAGES } from '../test-support/pages-heldout276.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batches 274 and 276 (round 79)', () => {
  it("drops a commentary's minute marks, a clock time with its zone and a reporter's place line, and keeps sentences holding them", () => {
    const match = page(HELDOUT274_PAGES, 'heldout274-sky-sports-minute-by-minute-news');
    const minutes = match.bylines.filter((t) => /^\d+(?:\+\d+)?'$/.test(t));
    expect(minutes.length).toBeGreaterThanOrEqual(5);
    expect(leaked(match, minutes)).toEqual([]);
    const briefing = page(HELDOUT276_PAGES, 'heldout276-harbourhouse-press-briefing-news');
    expect(leaked(briefing, ['1:14 P.M. CMT', 'END 1:52 P.M. CMT'])).toEqual([]);
    const live = page(HELDOUT274_PAGES, 'heldout274-bbc-live-page-news');
    expect(leaked(live, ['Reporting from Holm harbour'])).toEqual([]);
    const text = read(`${STORY}<p>88'</p><p>5:04 AM ET</p><p>Reporting from Holm</p>
<p>The first ferry now leaves at 5:04 AM ET, and the crew said they had been reporting from Holm since the storm began.</p>`);
    expect(text).not.toMatch(/(?:^|\s)88'/);
    expect(text.match(/5:04 am et/g)?.length).toBe(1);
    expect(text).toContain('the first ferry now leaves at 5:04 am et');
  });
});
