import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT166_PAGES } from '../test-support/pages-heldout166.js';
import { HELDOUT167_PAGES } from '../test-support/pages-heldout167.js';
import { HELDOUT170_PAGES } from '../test-support/pages-heldout170.js';
import { HELDOUT171_PAGES } from '../test-support/pages-heldout171.js';
import { extractArticle } from './extract.js';

const REST = '<p>The second half of the timetable will be posted at the ticket office and on the harbour noticeboard this week.</p>';

describe('batches 166 to 171 (round 58)', () => {
  it('reads the rest of a story collapsed behind "Story Continues" (Yahoo Finance), and not a hidden box without its button', () => {
    const yahoo = page(HELDOUT166_PAGES, 'heldout166-yahoofinance-news');
    expect(score(yahoo, extractArticle(yahoo.html).text).recall).toBe(1);
    const shown = `${STORY}<div class="wrap"><button>Story Continues</button></div><div class="collapse" aria-hidden="true">${REST}</div>`;
    expect(read(shown)).toContain('second half of the timetable');
    expect(read(`${STORY}<div class="collapse" aria-hidden="true">${REST}</div>`)).not.toContain('second half of the timetable');
  });

  it('drops a story\'s audio player box and a callout opened by a bare "SPONSORED" label, and keeps a box of the story', () => {
    const newsletter = page(HELDOUT167_PAGES, 'heldout167-wordpress-newsletter-blog');
    expect(leaked(newsletter, ['Listen to this Article', 'Members can add the Crosscurrent podcast feed to their player.'])).toEqual([]);
    const ghost = page(HELDOUT167_PAGES, 'heldout167-ghost-newsletter-blog');
    expect(
      leaked(
        ghost,
        ghost.furniture.filter((f) => f.startsWith('Lanternfish')),
      ),
    ).toEqual([]);
    expect(score(ghost, extractArticle(ghost.html).text).recall).toBe(1);
    const callout =
      '<div class="kg-callout-card"><div class="kg-callout-text"><b><strong>Update</strong></b><br>The ferry also stops at Inchmore on Fridays.</div></div>';
    expect(read(STORY + callout)).toContain('also stops at inchmore');
  });

  it('drops a forum\'s rules box opened by its "Forum rules" label (phpBB prosilver) and keeps the posts', () => {
    const pi = page(HELDOUT170_PAGES, 'heldout170-raspberry-pi-forums-phpbb-forum');
    expect(
      leaked(
        pi,
        pi.furniture.filter((f) => f === 'Forum rules' || f.startsWith('Please read the sticky')),
      ),
    ).toEqual([]);
    expect(score(pi, extractArticle(pi.html).text).recall).toBe(1);
  });

  it("drops an event promo closing a story and a course page's archive notice, and keeps a sentence about an event", () => {
    const fortune = page(HELDOUT166_PAGES, 'heldout166-fortune-news');
    expect(
      leaked(
        fortune,
        fortune.furniture.filter((f) => f.startsWith('Join us at')),
      ),
    ).toEqual([]);
    const edx = page(HELDOUT171_PAGES, 'heldout171-edx-course');
    expect(leaked(edx, ['After a course session ends, it will be archived.'])).toEqual([]);
    const story = '<p>Join us at the harbour festival on Saturday, the office said, and bring a coat because the pier is windy.</p>';
    expect(read(story)).toContain('join us at the harbour festival');
  });
});
