import { describe, expect, it } from 'vitest';
import { HELDOUT232_PAGES } from '../test-support/pages-heldout232.js';
import { HELDOUT293_PAGES } from '../test-support/pages-heldout293.js';
import { HELDOUT324_PAGES } from '../test-support/pages-heldout324.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

const LIFE = [
  'Agnes Tolliver was born in 1901 above her father’s chandlery on Quay Street and learned to splice rope before she could read a timetable.',
  'She ran the harbour tea room for thirty years, feeding fishermen, ferry crews and the lifeboat volunteers who came in soaked after a shout.',
  'In 1953 she organised the collection that paid for the new slipway, and the harbour board named the waiting room after her when she retired.',
];

describe('batches 232, 293 and 324 (round 88)', () => {
  it('reads a memorial’s biography in a box named `bio`, set as paragraphs or between line breaks', () => {
    for (const [pages, name] of [
      [HELDOUT232_PAGES, 'heldout232-findagrave-memorial-blog'],
      [HELDOUT293_PAGES, 'heldout293-findagrave-memorial'],
      [HELDOUT324_PAGES, 'heldout324-findagrave-memorial-wiki'],
    ] as const) {
      const memorial = page(pages, name);
      const life = memorial.body.filter((b) => b.length > 200);
      expect(life.length, name).toBeGreaterThanOrEqual(3);
      expect(leaked(memorial, life), name).toEqual(life);
    }
    const text = read(`${STORY}<div class="section-bio"><h2>Biography</h2><div class="data-bio">${LIFE.join('<br><br>')}</div></div>`);
    for (const line of LIFE) expect(text).toContain(line.slice(0, 60).toLowerCase());
  });

  it('still drops an author’s short bio, and the visitors’ flowers and tribute wall of a memorial', () => {
    const blurb = read(`${STORY}<div class="author-bio"><p>${LIFE[0]}</p><p>${LIFE[1]}</p></div>`);
    expect(blurb).not.toContain('agnes tolliver');
    for (const memorial of [page(HELDOUT324_PAGES, 'heldout324-findagrave-memorial-wiki'), page(HELDOUT324_PAGES, 'heldout324-tribute-funeral-home-news')]) {
      const notes = memorial.furniture.filter((f) => /forgotten|Rest easy|ground ball/.test(f));
      expect(notes.length, memorial.name).toBeGreaterThan(0);
      expect(leaked(memorial, notes), memorial.name).toEqual([]);
    }
    const flowers = read(`${STORY}<div class="section-flowers"><h2>Flowers</h2><div class="flower-card"><p class="flower-note">Thinking of
you all today, and of the tea room on Quay Street.</p><p class="flower-by">Left by M. Pryce</p></div></div>`);
    expect(flowers).not.toContain('thinking of you all today');
  });
});
