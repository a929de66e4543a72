import { splitSentences } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const answer = 'Moorings on the north wall move to the visitor pontoon while the dredger works, at no extra charge to holders.';
/** A GOV.UK-style accordion section: the question is a button in a heading, the answer a hidden panel. */
const accordion = (panel: string, attrs = 'hidden') =>
  `<div class="govuk-accordion__section"><h2 class="govuk-accordion__section-heading"><button type="button" aria-controls="acc-1" ` +
  `aria-expanded="false"><span class="govuk-accordion__section-heading-text">Where do moored boats go?</span><span aria-hidden="true">+</span>` +
  `</button></h2><div id="acc-1" class="govuk-accordion__section-content" ${attrs}>${panel}</div></div>`;

describe('disclosure widgets that hold the article (disclosures.ts, round 8)', () => {
  it("reads an accordion's hidden answer and keeps its question as a heading", () => {
    for (const attrs of ['hidden', 'aria-hidden="true"', 'style="display:none"']) {
      const text = extractArticle(harbourStory(accordion(`<p>${answer}</p>`, attrs))).text;
      expect(norm(text)).toContain(norm(answer));
      expect(splitSentences(text).find((s) => s.text === 'Where do moored boats go?')).toMatchObject({ heading: true });
    }
  });

  it('leaves a hidden panel of links hidden (a menu, not an answer)', () => {
    const menu = '<ul><li><a href="/moorings">Moorings and berths</a></li><li><a href="/fees">Harbour fees</a></li></ul>';
    expect(extractArticle(harbourStory(accordion(menu))).text).not.toContain('Harbour fees');
  });

  it('makes the summary of a <details> answer a heading one level below the heading before it, not a sentence', () => {
    const details = `<h2>Moorings</h2><details><summary>Where do moored boats go?</summary><div><p>${answer}</p></div></details>`;
    const text = extractArticle(harbourStory(details)).text;
    expect(text).toContain('### Where do moored boats go?');
    expect(norm(text)).toContain(norm(answer));
  });

  it('leaves a <details> of links alone: no heading made of its summary', () => {
    const details = '<details><summary>Harbour links</summary><ul><li><a href="/a">Tide tables</a></li><li><a href="/b">Fees</a></li></ul></details>';
    expect(extractArticle(harbourStory(details)).text).not.toMatch(/^#+ Harbour links$/m);
  });

  it("reads an expander's hidden prose panel right after its aria-expanded button (Confluence), not a hidden menu", () => {
    const expander = (panel: string) =>
      `<div class="expand-container"><button aria-expanded="false" class="expand-control"><span>Where do moored boats go?</span></button>` +
      `<div class="expand-content" hidden>${panel}</div></div>`;
    const text = extractArticle(harbourStory(expander(`<p>${answer}</p>`))).text;
    expect(norm(text)).toContain(norm(answer));
    expect(norm(text)).toContain('where do moored boats go?');
    const menu = '<ul><li><a href="/moorings">Moorings and berths</a></li><li><a href="/fees">Harbour fees</a></li></ul>';
    expect(extractArticle(harbourStory(expander(menu))).text).not.toContain('Harbour fees');
  });

  it('round 31: reads a heading that is its own expander button (Google Help’s zippy) and a hidden tab panel of steps', () => {
    const zippy =
      '<div class="zippy-container"><h3 class="zippy" role="button" aria-expanded="false">Your location does not show</h3>' +
      `<div class="zippy-content" aria-hidden="true"><p>${answer}</p></div></div>`;
    const text = norm(extractArticle(harbourStory(zippy)).text);
    expect(text).toContain('### your location does not show');
    expect(text).toContain('moorings on the north wall');
    const tabs =
      '<div role="tabpanel" id="android"><ol><li>Open the app and find the area you want to keep offline.</li></ol></div>' +
      '<div role="tabpanel" id="ios" hidden><ol><li>On your iPhone, open the app and tap your profile picture first.</li></ol></div>';
    expect(norm(extractArticle(harbourStory(tabs)).text)).toContain('on your iphone, open the app');
    // a hidden panel of links stays hidden, as the accordion's does
    const menu = '<div role="tabpanel" hidden><ul><li><a href="/a">Archive</a></li><li><a href="/b">Boats</a></li></ul></div>';
    expect(norm(extractArticle(harbourStory(menu)).text)).not.toContain('archive');
  });
});
