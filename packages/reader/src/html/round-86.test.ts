import { describe, expect, it } from 'vitest';
import { HELDOUT310_PAGES } from '../test-support/pages-heldout310.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batch 310 (round 86)', () => {
  it('reads a story whose paragraphs sit in a <pre> (Wattpad), and still leaves code in a <pre> out', () => {
    const wattpad = page(HELDOUT310_PAGES, 'heldout310-wattpad-story-part-blog');
    expect(wattpad.body.length).toBeGreaterThan(8);
    expect(leaked(wattpad, wattpad.body)).toEqual(wattpad.body);
    expect(leaked(wattpad, ['We use cookies to personalise content and ads, and to analyse our traffic.'])).toEqual([]);
    const paragraphs = read(`${STORY}<pre><p>The ferry left the inner basin at dawn, and the gulls followed it past the breakwater.</p>
<p>By nine the harbour master had opened the new pontoon to the fishing boats.</p></pre>`);
    expect(paragraphs).toContain('the gulls followed it past the breakwater');
    expect(paragraphs).toContain('opened the new pontoon to the fishing boats');
    const code = read(`${STORY}<pre>const ferry = schedule.find((f) => f.day === 'Monday');
if (ferry === undefined) throw new Error('no ferry');</pre>`);
    expect(code).not.toContain('schedule.find');
  });
});
