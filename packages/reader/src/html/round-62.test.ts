import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT192_PAGES } from '../test-support/pages-heldout192.js';
import { HELDOUT194_PAGES } from '../test-support/pages-heldout194.js';
import { extractArticle } from './extract.js';

describe('batches 192 and 194 (round 62)', () => {
  it("reads the page's own summary as its standfirst, not a related story's", () => {
    const sd = page(HELDOUT192_PAGES, 'heldout192-sciencedaily-news');
    const text = extractArticle(sd.html).text;
    expect(score(sd, text).recall).toBe(1);
    expect(
      leaked(
        sd,
        sd.furniture.filter((f) => f.startsWith('A three-year trial')),
      ),
    ).toEqual([]);
  });

  it("drops a press office's credit, a translator's line and a ready-made Vancouver citation, and keeps sentences like them", () => {
    const mx = page(HELDOUT192_PAGES, 'heldout192-medical-xpress-news');
    expect(
      leaked(
        mx,
        mx.bylines.filter((b) => b.startsWith('by ')),
      ),
    ).toEqual([]);
    const granta = page(HELDOUT194_PAGES, 'heldout194-granta-online-piece');
    expect(
      leaked(
        granta,
        granta.bylines.filter((b) => b.startsWith('Translated')),
      ),
    ).toEqual([]);
    const cochrane = page(HELDOUT192_PAGES, 'heldout192-cochrane-plain-language-summary');
    expect(leaked(cochrane, cochrane.bylines)).toEqual([]);
    const kept = read(
      `${STORY}<p>Provided by the council, the new pontoon opened on Friday.</p><p>Translated by volunteers, the signs now read in Welsh too.</p>`,
    );
    expect(kept).toContain('provided by the council, the new pontoon');
    expect(kept).toContain('translated by volunteers, the signs');
  });
});
