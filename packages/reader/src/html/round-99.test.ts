import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT410_PAGES } from '../test-support/pages-heldout410.js';
import { HELDOUT425_PAGES } from '../test-support/pages-heldout425.js';
import { HELDOUT426_PAGES } from '../test-support/pages-heldout426.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const TEXT = `<p>The allotment society keeps twelve beehives on the old orchard plot, and every member may help with an inspection once
they have done the spring course.</p><p>Inspections run on Saturday mornings from April to September, weather permitting, and the society lends
suits and gloves to anyone who has not bought their own yet.</p><p>Honey from the hives is shared out at the harvest supper in October, one
jar for every member who helped at least twice.</p>`;
const SIDE = '<p>Plot fees for next year are due by the end of January, and the committee meets on the first Monday of the month.</p>';
const PAGE = (main: string, side: string): string => `<!DOCTYPE html><html><head><title>Beekeeping | Elm Lane Allotments</title></head><body>
<header><a href="/">Elm Lane Allotments</a></header><h1>Beekeeping at Elm Lane</h1><main>${main}</main>
<aside class="sidebar">${side}</aside><footer><p>Elm Lane Allotment Society</p></footer></body></html>`;
const CHART = `<svg viewBox="0 0 200 100"><text x="10" y="20">Jars of honey per year, 2020 to 2025.</text><text x="10" y="90">Source: society
records, kept by the treasurer since the society began.</text></svg>`;

describe('batches 410, 425 and 426 (round 99)', () => {
  it('reads the page whose text sits in a side pane, a list of caption cues or slides inside SVG', () => {
    const felt = page(HELDOUT410_PAGES, 'heldout410-felt-shared-map-blog');
    const panopto = page(HELDOUT425_PAGES, 'heldout425-panopto-lecture-docs');
    const marp = page(HELDOUT426_PAGES, 'heldout426-marp-html-deck-docs');
    const slides = page(HELDOUT426_PAGES, 'heldout426-google-slides-pub-docs');
    const dailymotion = page(HELDOUT425_PAGES, 'heldout425-dailymotion-video-news');
    // (the lecture's description, in the viewer's Details tab, is still lost: the cues read as a timeline)
    for (const p of [felt, { ...panopto, body: panopto.body.slice(1) }, marp, slides, dailymotion]) {
      const prose = p.body.filter((b) => b.length > 100);
      expect(prose.length, p.name).toBeGreaterThan(1);
      expect(present(p, prose), p.name).toEqual(prose);
    }
  });

  it('still drops a sidebar that holds less than most of the prose, and a chart whose text is SVG text', () => {
    const text = norm(extractArticle(PAGE(TEXT + CHART, SIDE)).text);
    expect(text).toContain('inspections run on saturday mornings');
    expect(text).not.toContain('plot fees for next year');
    expect(text).not.toContain('jars of honey per year');
    expect(norm(extractArticle(PAGE('<p>Photos of the hives.</p>', TEXT)).text)).toContain('inspections run on saturday mornings');
  });
});
