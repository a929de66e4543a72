import { describe, expect, it } from 'vitest';
import { HELDOUT290_PAGES } from '../test-support/pages-heldout290.js';
import { leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';

describe('batch 290 (round 83)', () => {
  it("reads a scrollytelling story's steps, which sit in scrollama's `.scroller` box beside a sticky chart", () => {
    const pudding = page(HELDOUT290_PAGES, 'heldout290-the-pudding-scrollytelling-blog');
    const steps = pudding.body.filter((t) => t.startsWith('Each dot is one bus') || t.startsWith('By 8:40 the buses on route 11'));
    expect(steps.length).toBe(2);
    expect(leaked(pudding, steps)).toEqual(steps);
    expect(leaked(pudding, ['Minutes behind timetable', 'Calder Bridge stop'])).toEqual([]);
  });
});
