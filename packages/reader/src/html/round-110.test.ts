import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT297_PAGES } from '../test-support/pages-heldout297.js';
import { HELDOUT350_PAGES } from '../test-support/pages-heldout350.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const INTRO =
  'Our allotment society has looked after the Brook Lane site since 1952, and every plot holder is a member with a vote at the ' + 'annual meeting.';
const PLOTS = 'Full plots are 250 square metres and half plots 125; most new members start with a half plot and move up after a season.';
const RULES = 'Bonfires are allowed only from November to February, after 4pm, and never when the wind blows towards the houses on Brook Lane.';
const SECTION = (cls: string, inner: string): string => `<section class="section ${cls}"><div class="container w-container">${inner}</div></section>`;
/** A Webflow page of sibling sections, each a container of its own, no <article>: the text runs over three of them. */
const PAGE = (extra: string): string => `<!DOCTYPE html><html><head><title>About | Brook Lane Allotments</title></head><body>
<div class="navbar w-nav" role="banner"><nav class="nav-menu"><a href="/">Home</a><a href="/plots">Plots</a></nav></div>${extra}
${SECTION('hero', `<h1>About the society</h1><p class="lead">${INTRO}</p>`)}
${SECTION('plots', `<h2>Plot sizes</h2><div class="w-richtext"><p>${PLOTS}</p></div>`)}
${SECTION('rules', `<div class="grid"><div><h2>Site rules</h2><div class="w-richtext"><p>${RULES}</p></div></div></div>`)}
${SECTION('signup', '<h2>Join the waiting list</h2><div class="w-form"><form><label for="e">Email</label><input id="e" type="email"></form></div>')}
<footer class="footer"><p>Brook Lane Allotment Society, registered 1952.</p></footer></body></html>`;

describe('pages of sibling sections (round 110)', () => {
  it("reads a Webflow volunteer page's role cards and steps, not only the column Readability kept", () => {
    const p = pageNamed(HELDOUT297_PAGES, 'heldout297-webflow-volunteer-listing');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Check, sort and date donated food at our Canal Street warehouse so that it is ready to pack.'));
    expect(text).toContain(norm('Greet people arriving at our advice hub'));
    expect(text).toContain(norm('Book your induction and your first shift.'));
  });

  it("reads a trial's FAQ sections and leaves out a section left with its heading alone", () => {
    const p = pageNamed(HELDOUT350_PAGES, 'heldout350-webflow-trial-recruitment');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('You will receive a £20 shopping voucher after each questionnaire you complete'));
    expect(text).not.toContain(norm('Register your interest'));
  });

  it('reads the sections of a page without an <article> whole, in order, without the form section', () => {
    const text = norm(extractArticle(PAGE('')).text);
    const at = [INTRO, PLOTS, RULES].map((s) => text.indexOf(norm(s)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('join the waiting list');
  });

  it("keeps Readability's pick when it holds most of the sections' prose: a call to act in a section of its own stays out", () => {
    const history = [
      'The site was a market garden until the council bought it in 1951, and the old glasshouse footings still run along the north fence.',
      'Members planted the orchard in 1977 with apple and pear varieties from the county, and it is pruned every winter by volunteers.',
      'A new water main reached the top plots in 2019, which ended the long walk with cans that older members still talk about.',
    ];
    const more = SECTION('history', `<h2>Our history</h2><div class="w-richtext">${history.map((t) => `<p>${t}</p>`).join('')}</div>`);
    const cta = SECTION('cta', '<p>Get an email from us whenever a new plot comes up.</p>');
    const page = PAGE('').replace('<footer', `${more}${cta}<footer`);
    const text = norm(extractArticle(page).text);
    expect(text).toContain(norm(history[2]!));
    expect(text).not.toContain('get an email from us');
  });
});
