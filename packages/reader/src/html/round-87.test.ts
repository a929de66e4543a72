import { describe, expect, it } from 'vitest';
import { HELDOUT319_PAGES } from '../test-support/pages-heldout319.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batch 319 (round 87)', () => {
  it('reads a LinkedIn post in its `core-rail` column and its card `...-with-comments`, and still drops a comments box', () => {
    const linkedin = page(HELDOUT319_PAGES, 'heldout319-linkedin-post-blog');
    expect(linkedin.body.length).toBeGreaterThan(8);
    expect(leaked(linkedin, linkedin.body)).toEqual(linkedin.body);
    const text = read(`${STORY}<div class="post-card-with-comments"><p>The ferry company thanked the volunteers who repainted the
waiting room over the winter, and said the café would reopen in April.</p><div class="comments"><p>Lovely to see the old waiting room
looking so bright again after all these years.</p></div></div>`);
    expect(text).toContain('the café would reopen in april');
    expect(text).not.toContain('lovely to see the old waiting room');
  });
});
