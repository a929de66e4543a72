import { describe, expect, it } from 'vitest';
import { harbourStory, norm, score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT137_PAGES } from '../test-support/pages-heldout137.js';
import { HELDOUT214_PAGES } from '../test-support/pages-heldout214.js';
import { HELDOUT215_PAGES } from '../test-support/pages-heldout215.js';
import { HELDOUT219_PAGES } from '../test-support/pages-heldout219.js';
import { extractArticle } from './extract.js';

const recall = (p: ReturnType<typeof page>): number => score(p, extractArticle(p.html).text).recall;

describe('batches 214, 215 and 219 (round 67)', () => {
  it("reads a vBulletin thread whose post boxes carry a plugin's class, and a page builder's page whole", () => {
    expect(recall(page(HELDOUT215_PAGES, 'heldout215-flyertalk-thread-forum'))).toBe(1);
    expect(recall(page(HELDOUT214_PAGES, 'heldout214-roaster-brew-guide'))).toBeGreaterThan(0.85);
    // an Elementor post Readability already read whole stays whole
    expect(recall(page(HELDOUT137_PAGES, 'heldout137-wordpress-elementor-blog'))).toBe(1);
  });

  it("drops a post's authors set as its first line, an author named alone beside the date, and a caption named as one word", () => {
    for (const name of ['heldout219-bankunderground-blog-post', 'heldout219-federalreserve-feds-notes']) {
      const post = page(HELDOUT219_PAGES, name);
      expect(
        leaked(
          post,
          post.bylines.filter((b) => / and /.test(b)),
        ),
        name,
      ).toEqual([]);
    }
    const brewery = page(HELDOUT214_PAGES, 'heldout214-shopify-brewery-news');
    expect(leaked(brewery, ['Kate Morrow'])).toEqual([]);
    const park = page(HELDOUT215_PAGES, 'heldout215-national-park-trip-planning-docs');
    expect(leaked(park, ['Snowshoers on the rim above the crater in January.'])).toEqual([]);
    // pairs of names in a list are the text; a name inside a sentence stays in it
    expect(read(`${STORY}<ul><li>Jane Ashby and Tom Brennan</li><li>Ruth Cole and Sam Dyer</li></ul>`)).toContain('jane ashby and tom brennan');
    const credit = harbourStory(`${STORY}<p>Photographs by <span>Kate Morrow</span>, who spent the winter on the pier.</p>`).replace(
      '<head>',
      '<head><script type="application/ld+json">{"author":{"name":"Kate\nMorrow"},"headline":"Harbour works"}</script>',
    );
    expect(norm(extractArticle(credit).text)).toContain('photographs by kate morrow, who spent');
  });
});
