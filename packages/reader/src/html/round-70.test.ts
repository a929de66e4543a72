import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT240_PAGES } from '../test-support/pages-heldout240.js';

describe('batch 240 (round 70)', () => {
  it('drops a photo caption set as a paragraph, known by the credit that ends it', () => {
    const fair = page(HELDOUT240_PAGES, 'heldout240-wix-county-fair-results');
    expect(leaked(fair, ['Kaylee Drummond and her Grand Champion steer in the Hollis Arena. Photo by Dale Pruitt.'])).toEqual([]);
    const caption = (credit: string) => read(`${STORY}<p>The new ferry at the north quay on Tuesday morning. ${credit}</p>`);
    for (const credit of ['Photo: Ana Ruiz', '(Photo by Ana Ruiz)', 'Photograph: Ana Ruiz/The Harbour Post', 'Credit: Harbour Board'])
      expect(caption(credit)).not.toContain('north quay');
    // the story's own sentences stay, and so does a sentence that only mentions a photo
    expect(caption('Photo: Ana Ruiz')).toContain('the harbour office said');
    expect(read(`${STORY}<p>The board kept one photo by the old lighthouse keeper in its archive.</p>`)).toContain('one photo by the old lighthouse keeper');
    expect(read(`${STORY}<p>The picture was clear. Photos by volunteers filled the hall for a week.</p>`)).toContain('photos by volunteers');
  });
});
