import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { shownTitlePart } from './headline.js';
import { parseDocument } from './parse-linkedom.js';
import { HELDOUT545_PAGES } from '../test-support/pages-heldout545.js';
import { pageNamed } from '../test-support/round-kit.js';

const docOf = (title: string, body: string) => parseDocument(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe("the <title>'s part a thread shows, separators inside it (round 136)", () => {
  it("titles a Discourse thread whose own title holds a dash by the whole of it, not by its category's name", () => {
    const p = pageNamed(HELDOUT545_PAGES, 'heldout545-discourse-arcade-cards');
    expect(extractArticle(p.html).title).toBe('Coinfall on the prom has gone to cards only – 2p machines gone?');
  });

  it('takes the longest run of parts the page shows, and a part alone when only the part is shown', () => {
    const thread = docOf(
      'Ferry fares – what changes in May - Travel and Transport - Harbour Forum',
      '<a href="/t/1">Ferry fares – what changes in May</a><span>Travel and Transport</span><p>First post.</p>',
    );
    expect(shownTitlePart(thread)).toBe('Ferry fares – what changes in May');
    const bug = docOf('48213 – Printing a rotated page cuts off the margin - Bugzilla', '<span>Printing a rotated page cuts off the margin</span>');
    expect(shownTitlePart(bug)).toBe('Printing a rotated page cuts off the margin');
  });
});
