import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('ad slots and their notices (ads.ts)', () => {
  it('drops an ad slot named only by its ad-server attribute, with its label and notice', () => {
    const slot =
      '<div class="caas-da" data-ad-slot="inbody-1"><span class="caas-da-label">Advertisement</span>' +
      '<p class="caas-story-continues">Story continues below advertisement</p></div>';
    expect(read(slot)).not.toMatch(/advertisement/);
  });

  it('drops a lone "continues below" notice, and keeps a sentence about advertising', () => {
    expect(read('<p>Article continues below this ad</p>')).not.toContain('continues below');
    const sentence = '<p>The story continues below the harbour wall, where the council has placed an advertisement for new moorings.</p>';
    expect(read(sentence)).toContain('the story continues below the harbour wall');
  });
});
