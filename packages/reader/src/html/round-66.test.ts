import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT209_PAGES } from '../test-support/pages-heldout209.js';
import { HELDOUT211_PAGES } from '../test-support/pages-heldout211.js';
import { HELDOUT213_PAGES } from '../test-support/pages-heldout213.js';

/** The page's furniture texts that match `re` (at least one: the test reads the page's own lines). */
function furnitureOf(pages: Parameters<typeof page>[0], name: string, re: RegExp): { texts: string[]; leaks: string[] } {
  const p = page(pages, name);
  const texts = p.furniture.filter((f) => re.test(f));
  return { texts, leaks: leaked(p, texts) };
}

describe('batches 209, 211 and 213 (round 66)', () => {
  it("drops a campaign's calls: a donation notice that names its fund, a petition box", () => {
    const fund = furnitureOf(HELDOUT213_PAGES, 'heldout213-campaign-wordpress-update', /legal fund/);
    expect(fund.texts.length).toBeGreaterThan(0);
    expect(fund.leaks).toEqual([]);
    const petition = furnitureOf(HELDOUT213_PAGES, 'heldout213-greenpeace-press-release', /^Stop new oil drilling$|^Join over/);
    expect(petition.texts).toHaveLength(2);
    expect(petition.leaks).toEqual([]);
    // a call inside a sentence is the story's
    expect(read(`${STORY}<p>Visitors can <a href="/fund">donate to the lifeboat fund</a> at the harbour office until the end of May.</p>`)).toContain(
      'donate to the lifeboat fund',
    );
  });

  it("drops a site's pointer to its own guide, a series' note on itself and a review's trust box", () => {
    for (const [pages, name, re] of [
      [HELDOUT209_PAGES, 'heldout209-letting-agent-tenant-blog', /^New to renting/],
      [HELDOUT211_PAGES, 'heldout211-gamedeveloper-postmortem', /ongoing series/],
      [HELDOUT211_PAGES, 'heldout211-pcgamer-review', /got your back|how we evaluate/],
      [HELDOUT211_PAGES, 'heldout211-nexusmods-mod-page', /^(?:Upload|Modification) permission|^Other user's assets/],
      [HELDOUT213_PAGES, 'heldout213-wikimedia-diff-blog', /translate this article/],
    ] as const) {
      const found = furnitureOf(pages, name, re);
      expect(found.texts.length, name).toBeGreaterThan(0);
      expect(found.leaks, name).toEqual([]);
    }
    // advice that points elsewhere, and a series the story is about, stay
    expect(read(`${STORY}<p>New to sailing? Read the harbour rules before you take a boat out past the wall.</p>`)).toContain('new to sailing');
    expect(read(`${STORY}<p>The Harbour Talks are an ongoing series of evening lectures held in the old customs house.</p>`)).toContain(
      'an ongoing series of evening lectures',
    );
  });
});
