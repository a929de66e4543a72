import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT407_PAGES } from '../test-support/pages-heldout407.js';
import { HELDOUT409_PAGES } from '../test-support/pages-heldout409.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const TEXT = `<p>The allotment society keeps twelve beehives on the old orchard plot, and every member may help with an inspection once
they have done the spring course.</p><p>Inspections run on Saturday mornings from April to September, weather permitting, and the society lends
suits and gloves to anyone who has not bought their own yet.</p><p>Honey from the hives is shared out at the harvest supper in October.</p>`;
const OLIVERO = (grid: string): string => `<!DOCTYPE html><html><head><title>Beekeeping | Elm Lane Allotments</title></head><body>
<header><nav><a href="/">Home</a><a href="/plots">Plots</a></nav></header><h1>Beekeeping</h1><div class="${grid} grid-full">
<main role="main" class="site-main"><article class="node"><div class="text-content">${TEXT}</div></article></main>
<aside class="region region--sidebar"><h2>Plot waiting list</h2><p>Twenty-six names.</p></aside></div></body></html>`;

describe('batches 407 and 409 (round 96)', () => {
  it("reads a page inside Drupal Olivero's sidebar-grid and Logseq's sidebar-main-content", () => {
    const foster = page(HELDOUT407_PAGES, 'heldout407-drupal-olivero-foster-programme');
    const notes = page(HELDOUT409_PAGES, 'heldout409-logseq-publish-wiki');
    for (const p of [foster, notes]) {
      const prose = p.body.filter((b) => b.length > 60);
      expect(prose.length).toBeGreaterThan(3);
      expect(present(p, prose)).toEqual(prose);
    }
    expect(norm(extractArticle(OLIVERO('sidebar-grid')).text)).toContain('inspections run on saturday mornings');
  });

  it('still drops a box named as a sidebar', () => {
    expect(norm(extractArticle(OLIVERO('sidebar-box')).text)).not.toContain('inspections run on saturday mornings');
  });
});
