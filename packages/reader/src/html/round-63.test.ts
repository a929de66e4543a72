import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT190_PAGES } from '../test-support/pages-heldout190.js';
import { HELDOUT196_PAGES } from '../test-support/pages-heldout196.js';
import { HELDOUT201_PAGES } from '../test-support/pages-heldout201.js';
import { extractArticle } from './extract.js';

describe('batches 190, 196 and 201 (round 63)', () => {
  it("puts back a writer's key-points list that Readability left out before the text", () => {
    const bankrate = page(HELDOUT190_PAGES, 'heldout190-bankrate-blog');
    const text = extractArticle(bankrate.html).text;
    expect(score(bankrate, text).recall).toBeGreaterThan(0.99);
    const first = bankrate.body.find((b) => b.startsWith('The interest rate is the cost of borrowing'));
    expect(first).toBeDefined();
    // before the paragraph that followed it on the page
    expect(text.indexOf(first!)).toBeGreaterThan(0);
    expect(text.indexOf(first!)).toBeLessThan(text.indexOf(bankrate.body.find((b) => !b.startsWith('The interest rate') && b.length > 120)!));
  });

  it('drops a "More..." link closing a line and the source line of a quoted description, and keeps "more" in a sentence', () => {
    const doxygen = page(HELDOUT196_PAGES, 'heldout196-doxygen-class-reference');
    expect(extractArticle(doxygen.html).text).not.toContain('More...');
    const bgg = page(HELDOUT201_PAGES, 'heldout201-boardgamegeek-game');
    expect(leaked(bgg, ['—description from the publisher'])).toEqual([]);
    expect(read(`${STORY}<p>The ferry will carry <a href="/fares">more...</a> passengers in summer, the office said.</p>`)).toContain('more... passengers');
  });
});
