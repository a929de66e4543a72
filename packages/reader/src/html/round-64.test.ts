import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT202_PAGES } from '../test-support/pages-heldout202.js';
import { HELDOUT205_PAGES } from '../test-support/pages-heldout205.js';
import { HELDOUT207_PAGES } from '../test-support/pages-heldout207.js';
import { extractArticle } from './extract.js';

describe('batches 202, 205 and 207 (round 64)', () => {
  it('opens a collapsed section whose heading is its button (Google Help\u2019s zippy)', () => {
    const fitbit = page(HELDOUT202_PAGES, 'heldout202-fitbit-help-article');
    expect(score(fitbit, extractArticle(fitbit.html).text).recall).toBeGreaterThan(0.75);
    const zippy =
      `${STORY}<h2><button aria-expanded="false">Why the ferry is late</button></h2>` +
      '<div hidden><p>The tide table changed in March, so the morning crossing now waits for high water at the pier.</p></div>';
    expect(read(zippy)).toContain('the tide table changed in march');
    // a hidden box after a heading with no button stays hidden
    expect(
      read(`${STORY}<h2>Why the ferry is late</h2><div hidden><p>The tide table changed in March, so the crossing waits for high water.</p></div>`),
    ).not.toContain('tide table');
  });

  it("drops a mail archive's thread links, a digest's submission line and a forum's jump to its solution", () => {
    const digest = page(HELDOUT205_PAGES, 'heldout205-mailman-digest-forum');
    expect(
      leaked(
        digest,
        digest.furniture.filter((f) => /^(?:Previous|Next) message|^Send /.test(f)),
      ),
    ).toEqual([]);
    const hp = page(HELDOUT207_PAGES, 'heldout207-hp-support-community-thread');
    expect(leaked(hp, ['Go to Solution.'])).toEqual([]);
    expect(read(`${STORY}<p>Go to the solution desk at the pier if your ticket is lost, the office said.</p>`)).toContain('go to the solution desk');
  });
});
