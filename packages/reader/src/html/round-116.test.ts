import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT497_PAGES } from '../test-support/pages-heldout497.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The harbour office said the ferry would run twice a day from Monday, weather permitting, after the repairs to the slipway.',
  'Engineers replaced the worn hinges on the loading ramp over the weekend, and a diver checked the piles under the pier.',
  'Passengers with bicycles should arrive fifteen minutes early, because the crew will load them before the cars.',
];
const RAIL = [
  'Our newsletter goes out every Friday with the week’s tide tables and the next month’s sailings.',
  'Members of the harbour trust can park for free on the quay on weekdays from the first of May.',
  'The café on the north pier is closed for refitting until Easter, and the kiosk sells tea instead.',
];
const PAGE = `<!DOCTYPE html><html><head><title>Ferry returns | Harbour News</title></head><body>
<main><h1>Ferry returns after repairs</h1><div class="post-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></main>
<div class="rail">${RAIL.map((p) => `<div class="rail-box"><p>${p}</p></div>`).join('')}</div></body></html>`;

describe('blocks of a run put back beside the one Readability kept (round 116)', () => {
  it("reads a Squarespace post's quote block and closing paragraph after its first HTML block", () => {
    const p = pageNamed(HELDOUT497_PAGES, 'heldout497-squarespace-forest-friday');
    const text = norm(extractArticle(p.html).text);
    const [main, quote, last] = [
      'Four years on, Friday is the day our children talk about most.',
      'The woods are the only place my son will happily wear a hat.',
      'If your child is starting with us in January, you will find a kit list in your welcome pack.',
    ].map((s) => text.indexOf(norm(s)));
    expect(main).toBeGreaterThanOrEqual(0);
    expect(quote).toBeGreaterThan(main!);
    expect(last).toBeGreaterThan(quote!);
  });

  it('leaves out a run of boxes beside the article, none of which Readability kept', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[2]!));
    for (const box of RAIL) expect(text).not.toContain(norm(box));
  });
});
