import { describe, expect, it } from 'vitest';
import { HELDOUT285_PAGES } from '../test-support/pages-heldout285.js';
import { leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';

describe('batch 285 (round 82)', () => {
  it("reads a Divi post's layout whole when a promo section splits its text, and leaves the promo and the sign-up out", () => {
    const divi = page(HELDOUT285_PAGES, 'heldout285-divi-news');
    const after = divi.body.filter((t) => t.startsWith('If the funding is confirmed') || t.startsWith('The towpath between Mill Lane'));
    expect(after.length).toBe(2);
    expect(leaked(divi, after)).toEqual(after);
    expect(leaked(divi, ['Work to start in the summer'])).toEqual(['Work to start in the summer']);
    const promo = divi.furniture.filter((t) => /^(?:Independent local news needs you|Support the Ledger|The Ledger Daily)$/.test(t));
    expect(promo.length).toBe(3);
    expect(leaked(divi, promo)).toEqual([]);
  });
});
