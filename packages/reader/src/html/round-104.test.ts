import { describe, expect, it } from 'vitest';
import { HELDOUT460_PAGES } from '../test-support/pages-heldout460.js';
import { leakedTexts, pageNamed, readStory } from '../test-support/round-kit.js';

describe('batch 460 (round 104)', () => {
  it('drops a caption set in italics after its image in one paragraph', () => {
    const p = pageNamed(HELDOUT460_PAGES, 'heldout460-table-layout-show-results');
    expect(leakedTexts(p, ['Best in Show: the winning pair of C. sterbai.'])).toEqual([]);
    expect(leakedTexts(p, p.body).length).toBe(p.body.length);
    const text = readStory('<p><img src="/img/quay.jpg" alt="The quay"><br><br><em>The new quay wall at low tide.</em></p>');
    expect(text).not.toContain('the new quay wall at low tide');
  });

  it('keeps italics that are a paragraph of their own or follow words', () => {
    const own = readStory('<p><img src="/img/quay.jpg" alt="The quay"> The quay reopened <em>on Monday</em>, the office said.</p>');
    expect(own).toContain('the quay reopened on monday, the office said.');
    const verse = readStory('<p><em>The tide comes in, the tide goes out, and the harbour keeps its own time.</em></p>');
    expect(verse).toContain('the tide comes in, the tide goes out');
  });
});
