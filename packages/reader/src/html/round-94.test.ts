import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT375_PAGES } from '../test-support/pages-heldout375.js';
import { HELDOUT376_PAGES } from '../test-support/pages-heldout376.js';
import { HELDOUT378_PAGES } from '../test-support/pages-heldout378.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const RULE = '='.repeat(60);
const framed = (title: string, rule = RULE): string => `${rule}\n${title}\n${rule}`;
const FAQ = `<!DOCTYPE html><html><head><title>Mossgate Farm: FAQ/Walkthrough</title></head><body><div class="wrapper">
<h1>Mossgate Farm: FAQ/Walkthrough</h1><div id="faqtext"><pre id="faqspan-1">${framed('1. THE FIRST SPRING')}

Plant turnips on the first three days. They grow in four days and sell for twice their seed price, so by the end of the first week
you can afford the watering can upgrade from the blacksmith.

Talk to the mayor on the second Sunday. He gives you the key to the old greenhouse, which you should clear before summer.

${framed('2. THE SUMMER FESTIVAL')}

The fishing contest opens at nine in the morning. Bring the bamboo rod, not the fibreglass one, because the contest fish bite on a
slow line and the bamboo rod reels more slowly.
</pre></div></div></body></html>`;

const section = (inner: string): string => `<div class="section page-centered">${inner}</div>`;
const POSTING = `<!DOCTYPE html><html><head><title>Fennick Foods - Night Baker</title></head><body><div class="content-wrapper posting-page">
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">
<div>Fennick Foods bakes bread for forty cafes across Bristol, from sourdough and rye to the soft rolls our sandwich kitchens use, and
every loaf is made overnight in one bakery by the river and leaves it by six in the morning, in three vans, on three routes.</div>
<div>The night baker runs the bread ovens four nights a week, from ten at night to six in the morning, with a team of five mixers and
shapers, and reports to the head baker, who plans the night's orders with the cafes the afternoon before.</div>
<div>Nobody needs a degree for this job, but you do need to have baked bread at scale before, in a bakery, a hotel or a supermarket.</div></div>
${section("<h3>What you'll do</h3><ul><li>Mix, shape and bake around nine hundred loaves a night</li><li>Keep the oven logs and temperature records</li></ul>")}
${section('<h3>What we offer</h3><ul><li>A night allowance on top of the hourly rate</li><li>Free bread and a staff discount in every cafe</li></ul>')}
<div class="section page-centered" data-qa="closing-description"><div>We read every application and answer each one within two weeks.</div></div>
</div></div></body></html>`;

describe('batch 376 (round 94)', () => {
  it("reads a plain-text walkthrough in a <pre> whose sections open between two rules of '='", () => {
    const guide = page(HELDOUT376_PAGES, 'heldout376-gamefaqs-walkthrough-docs');
    expect(present(guide, [...guide.body, ...guide.headings])).toEqual([...guide.body, ...guide.headings]);
    const text = extractArticle(FAQ).text;
    expect(text).toContain('## 1. THE FIRST SPRING');
    expect(text).toContain('## 2. THE SUMMER FESTIVAL');
    expect(norm(text)).toContain('bring the bamboo rod, not the fibreglass one');
    expect(text).not.toContain('=====');
  });

  it('frames a heading only between two equal rules', () => {
    const uneven = FAQ.replace(framed('2. THE SUMMER FESTIVAL'), framed('2. THE SUMMER FESTIVAL', '='.repeat(61)).replace(/^=+/, RULE));
    const text = extractArticle(uneven).text;
    expect(text).not.toContain('## 2. THE SUMMER FESTIVAL');
    expect(text).toContain('\n\n2. THE SUMMER FESTIVAL\n\n');
    expect(text).not.toContain('=====');
  });
});

describe('batch 375 (round 94)', () => {
  it("reads a job posting's sections of a heading and a list, each in a box beside the description's box (Lever)", () => {
    const posting = page(HELDOUT375_PAGES, 'heldout375-lever-posting');
    expect(posting.body.length).toBeGreaterThan(12);
    expect(present(posting, [...posting.body, ...posting.headings])).toEqual([...posting.body, ...posting.headings]);
    const text = extractArticle(POSTING).text;
    expect(text).toContain("### What you'll do");
    expect(norm(text)).toContain('free bread and a staff discount in every cafe');
    expect(norm(text)).toContain('the night baker runs the bread ovens four nights a week');
  });

  it('leaves the boxes as they are when a box of another class beside them holds a heading', () => {
    const aside = POSTING.replace('</div></div></body>', '<div class="posting-note"><h3>Nights</h3><ul><li>Ten to six</li></ul></div></div></div></body>');
    expect(norm(extractArticle(aside).text)).not.toContain('free bread and a staff discount');
  });
});

const ISSUE = (box: string): string => `<!DOCTYPE html><html><head><title>Vol. 4 (2026) | Harbour Papers</title></head><body>
<nav class="pkp_site_nav_menu"><ul><li><a href="/current">Current</a></li><li><a href="/archives">Archives</a></li></ul></nav>
<div class="pkp_structure_main"><div class="page page_issue"><h1>Vol. 4 (2026): Coastal Archaeology</h1><div class="${box}">
<div class="description"><p>This issue gathers eleven papers from the spring meeting of the coastal archaeology group, held in the harbour town of
Wrenmouth, where the tide had exposed the timbers of a medieval jetty for the first time in forty years.</p>
<p>The papers range from the dating of the jetty's oak piles to surveys of salt-working mounds along the estuary, and two of them report on
volunteers' finds logged through the group's shoreline recording scheme over the last three winters.</p></div>
<div class="sections"><h2>Articles</h2><ul><li><a href="/a/1">Dating the Wrenmouth Jetty</a></li><li><a href="/a/2">Salt Mounds of the Estuary</a></li></ul>
</div></div></div></div></body></html>`;

describe('batch 378 (round 94)', () => {
  it("reads an issue's description in a table of contents box (OJS's obj_issue_toc)", () => {
    const volume = page(HELDOUT378_PAGES, 'heldout378-ojs-proceedings-landing');
    const prose = volume.body.filter((b) => b.length > 200);
    expect(prose).toHaveLength(2);
    expect(present(volume, prose)).toEqual(prose);
    expect(norm(extractArticle(ISSUE('obj_issue_toc')).text)).toContain('the tide had exposed the timbers of a medieval jetty');
  });

  it('still drops a table of contents box that is a table of contents, or a box named as other furniture too', () => {
    const list = ISSUE('obj_issue_toc').replace(/<div class="description">[\s\S]*?<\/div>/, '<div class="description"><p>Eleven papers.</p></div>');
    expect(norm(extractArticle(list).text)).not.toContain('salt mounds of the estuary');
    expect(norm(extractArticle(ISSUE('sidebar toc')).text)).not.toContain('the tide had exposed the timbers');
  });
});
