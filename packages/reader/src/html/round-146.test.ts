import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT582_PAGES } from '../test-support/pages-heldout582.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('reviews under a heading of any one word before "Reviews" (round 146)', () => {
  it("leaves out a tour's “Traveller Reviews”, their names and texts", () => {
    const p = pageNamed(HELDOUT582_PAGES, 'heldout582-wp-travel-engine-itinerary');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Lovely hotels and plenty of time at each stop. The ceilidh was a highlight.'));
    expect(text).not.toContain(norm('Traveller Reviews'));
    expect(text).toContain(norm(p.body[p.body.length - 1]!));
  });
});
