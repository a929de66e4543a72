import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT253_PAGES } from '../test-support/pages-heldout253.js';
import { HELDOUT254_PAGES } from '../test-support/pages-heldout254.js';

describe('batches 253 and 254 (round 72)', () => {
  it("drops a newsletter's preheader, which the page's description repeats, and keeps the newsletter's text", () => {
    const news = page(HELDOUT253_PAGES, 'heldout253-mailchimp-seniors-centre-newsletter');
    expect(leaked(news, ['Tech café, chair yoga and dates for your diary'])).toEqual([]);
    expect(read(`${STORY}<div class="preheader">Plus: three new routes and a winter timetable</div>`)).not.toContain('three new routes');
    // the newsletter's own text stays
    expect(leaked({ ...news, bylines: [], furniture: news.body.slice(0, 3) }, news.body.slice(0, 3))).toEqual(news.body.slice(0, 3));
  });

  it("drops a draft's stamp and the minutes' recorder line, not sentences that open alike", () => {
    const minutes = page(HELDOUT254_PAGES, 'heldout254-pdf2htmlex-board-minutes');
    expect(leaked(minutes, ['DRAFT – subject to approval at the 9 April 2026 meeting', 'Recorded by Ines Corrado, Secretary to the Board'])).toEqual([]);
    expect(read(`${STORY}<p>Draft plans for the quay were published in May.</p>`)).toContain('draft plans for the quay');
    expect(read(`${STORY}<p>Recorded by the harbour board in 1971, the song became the town's anthem.</p>`)).toContain('recorded by the harbour board');
  });
});
