import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT505_PAGES } from '../test-support/pages-heldout505.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The new head gardener starts in April and will look after the walled garden, the orchard and the glasshouses.',
  'She trained at the botanic garden in Edinburgh and has spent the last six years running a nursery of heritage apples.',
];
/** Two lines of the text, a name over a question to the reader: no sign-off. */
const QUESTION = 'Ellen Marsh';
const ASKED = 'Who will be our next head of the garden committee?';

describe('a sign-off of a name over a post (round 123)', () => {
  it("drops an annual meeting notice's secretary and her post, and keeps the notice", () => {
    const p = pageNamed(HELDOUT505_PAGES, 'heldout505-webflow-annual-meeting');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm(p.body[p.body.length - 1]!));
    expect(text).not.toContain(norm('Secretary, Board of Directors'));
  });

  it('keeps two lines of the text that name someone and ask a question', () => {
    const html = `<html><body><main><h1>A new gardener</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}
<p>${QUESTION}<br>${ASKED}</p></main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).toContain(norm(ASKED));
  });
});
