import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT267_PAGES } from '../test-support/pages-heldout267.js';

describe('batch 267 (round 74)', () => {
  it("drops a wiki's CentralNotice banner (Wikipedia's fundraising appeal), and keeps a text that only mentions a notice", () => {
    const wiki = page(HELDOUT267_PAGES, 'heldout267-simple-wikipedia-wiki');
    expect(leaked(wiki, ["Please donate to keep Wikipedia free. Most readers don't give, but a small gift from you would help."])).toEqual([]);
    expect(read(`${STORY}<div id="centralNotice"><p>Give five pounds to keep the harbour wiki online this winter.</p></div>`)).not.toContain('five pounds');
    expect(read(`${STORY}<div class="notice-central"><p>The central notice board at the quay lists every sailing.</p></div>`)).toContain(
      'central notice board',
    );
  });
});
