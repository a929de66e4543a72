import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT460_PAGES } from '../test-support/pages-heldout460.js';
import { HELDOUT464_PAGES } from '../test-support/pages-heldout464.js';
import { HELDOUT465_PAGES } from '../test-support/pages-heldout465.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const TEXT = `<p>The allotment society keeps twelve beehives on the old orchard plot, and every member may help with an inspection once
they have done the spring course.</p><p>Inspections run on Saturday mornings from April to September, weather permitting, and the society lends
suits and gloves to anyone who has not bought their own yet.</p>`;
/** An Elementor icon list: `elementor-widget-icon-list` around items of plain text, or of links. */
const ICON_LIST = (items: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${items}</ul></div></div>`;
const ITEM = (text: string, href?: string): string => {
  const inner = `<span class="elementor-icon-list-text">${text}</span>`;
  return `<li class="elementor-icon-list-item">${href === undefined ? inner : `<a href="${href}">${inner}</a>`}</li>`;
};
const PAGE = (body: string): string => `<!DOCTYPE html><html><head><title>Beekeeping | Elm Lane Allotments</title></head><body>
<header><a href="/">Elm Lane Allotments</a></header><main><h1>Beekeeping at Elm Lane</h1>${TEXT}${body}</main><footer><p>Elm Lane</p></footer></body></html>`;

describe('batches 460, 464 and 465 (round 103)', () => {
  it("reads Elementor's icon lists and accordions as the page's text", () => {
    for (const p of [page(HELDOUT460_PAGES, 'heldout460-elementor-skink-profile'), page(HELDOUT465_PAGES, 'heldout465-elementor-location')]) {
      const short = [...p.headings, ...p.body].filter((b) => b.length > 20 && b.length < 120);
      expect(short.length, p.name).toBeGreaterThan(3);
      // (all but one at most: the learned model reads the skink's "Basking spot: 38–40 °C, cool end 24–26 °C" as furniture)
      expect(present(p, short).length, p.name).toBeGreaterThanOrEqual(short.length - 1);
    }
    const faq = page(HELDOUT464_PAGES, 'heldout464-elementor-commercial-waste-docs');
    const questions = [...faq.headings, ...faq.body].filter((h) => h.endsWith('?'));
    expect(questions.length).toBe(3);
    expect(present(faq, questions)).toEqual(questions);
    const text = norm(extractArticle(PAGE(ICON_LIST(['Suits and gloves to borrow', 'A shed for the extractor'].map((t) => ITEM(t)).join('')))).text);
    expect(text).toContain('suits and gloves to borrow');
  });

  it('still drops an icon list of links and a question that links elsewhere', () => {
    const links = ICON_LIST([ITEM('Privacy policy', '/privacy'), ITEM('Terms of use', '/terms')].join(''));
    const question = `<div class="help"><a href="/contact">Need help with your plot?</a></div>`;
    const faq = `<div class="faq-title"><a class="faq-toggle" tabindex="0">When are the inspections?</a></div><div><p>On Saturday mornings.</p></div>`;
    const text = norm(extractArticle(PAGE(`${links}${question}${faq}`)).text);
    expect(text).toContain('inspections run on saturday mornings');
    expect(text).not.toContain('privacy policy');
    expect(text).not.toContain('need help with your plot');
    expect(text).toContain('when are the inspections?');
  });
});
