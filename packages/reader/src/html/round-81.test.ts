import { describe, expect, it } from 'vitest';
import { HELDOUT153_PAGES } from '../test-support/pages-heldout153.js';
import { HELDOUT288_PAGES } from '../test-support/pages-heldout288.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batch 288 (round 81)', () => {
  it('keeps a newsletter\'s letter under "A message from <a person>", and still drops a sponsor\'s block under "A message from"', () => {
    const school = page(HELDOUT288_PAGES, 'heldout288-wix-school-newsletter');
    const letter = school.body.filter((t) => t.startsWith('What a busy week') || t.startsWith('Finally, a warm welcome'));
    expect(letter.length).toBe(2);
    expect(leaked(school, letter)).toEqual(letter);
    const appeal = page(HELDOUT153_PAGES, 'heldout153-moscow-times-news');
    expect(leaked(appeal, ['A Message from The Moscow Times:'])).toEqual([]);
    const text = read(`${STORY}<h2>A message from our sponsor</h2><p>Ferryline Insurance covers every crossing you make this summer, from only two pounds.</p>
<h2>A message from the harbour master</h2><p>The new berth will open to fishing boats first, and to the ferry once its trials are over in June.</p>`);
    expect(text).not.toContain('ferryline insurance');
    expect(text).toContain('the new berth will open to fishing boats first');
  });
});
