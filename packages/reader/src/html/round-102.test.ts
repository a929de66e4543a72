import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT47_PAGES } from '../test-support/pages-heldout47.js';
import { HELDOUT443_PAGES } from '../test-support/pages-heldout443.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const TEXT = `<p>The allotment society keeps twelve beehives on the old orchard plot, and every member may help with an inspection once
they have done the spring course.</p><p>Inspections run on Saturday mornings from April to September, weather permitting, and the society lends
suits and gloves to anyone who has not bought their own yet.</p><p>Honey from the hives is shared out at the harvest supper in October, one
jar for every member who helped at least twice.</p>`;
const CONSENT = `<div role="dialog" aria-modal="true" class="consent"><p>We use cookies to keep you signed in and to count visits, and
with your consent to show you offers from our partners.</p><button>Accept all</button></div>`;
const PAGE = (body: string): string => `<!DOCTYPE html><html><head><title>Beekeeping | Elm Lane Allotments</title></head><body>
<header><a href="/">Elm Lane Allotments</a></header><h1>Beekeeping at Elm Lane</h1>${body}<footer><p>Elm Lane</p></footer></body></html>`;

describe('batches 47 and 443 (round 102)', () => {
  it('reads the open card of a board, a dialog holding most of the prose', () => {
    for (const p of [page(HELDOUT443_PAGES, 'heldout443-trello-public-card-wiki'), page(HELDOUT47_PAGES, 'heldout47-trello-card')]) {
      const prose = p.body.filter((b) => b.length > 60);
      expect(prose.length, p.name).toBeGreaterThan(1);
      expect(present(p, prose), p.name).toEqual(prose);
    }
    expect(norm(extractArticle(PAGE(`<div class="board">Plots</div><div role="dialog" aria-modal="true">${TEXT}</div>`)).text)).toContain(
      'inspections run on saturday mornings',
    );
  });

  it('still drops a consent dialog beside the text', () => {
    const text = norm(extractArticle(PAGE(`<main>${TEXT}</main>${CONSENT}`)).text);
    expect(text).toContain('inspections run on saturday mornings');
    expect(text).not.toContain('we use cookies');
  });
});
