import { describe, expect, it } from 'vitest';
import { norm, present, score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';
import { HELDOUT206_PAGES } from '../test-support/pages-heldout206.js';
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

  it('keeps an "About <Name>" section when the name is the page\'s own subject (Songkick\'s artist biography)', () => {
    const artist = page(HELDOUT206_PAGES, 'heldout206-songkick-artist-page');
    const bio = artist.body.filter((b) => b.length > 120);
    expect(bio.length).toBeGreaterThan(3);
    expect(bio.filter(present(extractArticle(artist.html).text))).toEqual(bio);
    // a release's closing note on its company still goes, and stays when the page is the company's own
    const release = (h1: string) =>
      `<html><body><article><h1>${h1}</h1>${STORY}<p>${'The new timetable starts on Monday and adds an evening crossing on Fridays. '.repeat(3)}</p>` +
      '<h2>About Harbour Ferries</h2><p>Harbour Ferries runs four crossings a day between the two piers and employs forty people.</p></article></body></html>';
    expect(norm(extractArticle(release('Ferries add an evening crossing')).text)).not.toContain('runs four crossings');
    expect(norm(extractArticle(release('Harbour Ferries')).text)).toContain('runs four crossings');
  });
});
