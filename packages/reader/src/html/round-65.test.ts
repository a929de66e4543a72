import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';
import { HELDOUT207_PAGES } from '../test-support/pages-heldout207.js';
import { extractArticle } from './extract.js';

describe('round 65', () => {
  it('keeps a short reply in a widget that shows one message (Khoros), not the widgets around it', () => {
    for (const name of ['heldout207-samsung-community-thread', 'heldout207-hp-support-community-thread']) {
      const thread = page(HELDOUT207_PAGES, name);
      expect(score(thread, extractArticle(thread.html).text).recall, name).toBe(1);
      // and the kudos buttons, ranks and post times around each reply stay out
      expect(leaked(thread, [...thread.furniture, ...thread.bylines]), name).toEqual([]);
    }
  });
});
