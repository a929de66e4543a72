import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT502_PAGES } from '../test-support/pages-heldout502.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const INTRO = [
  'Our shop sends parcels every weekday from the workshop in the old mill, and most arrive within two working days.',
  'Gift wrapping is free on every order, and you can add a handwritten card with your own message at the checkout.',
];
const ANSWER = 'Most parcels leave the workshop on the day you order, as long as the order reaches us before two in the afternoon.';
/** A button before a panel of another kind (a share menu): a control, whatever its panel holds. */
const PAGE = `<!DOCTYPE html><html><head><title>Delivery | Mill Crafts</title></head><body>
<main><article><h1>Delivery and returns</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}
<div class="share-wrap"><button class="share-toggle" type="button">Share this page</button><div class="share-panel">
<p>Copy the link to this page and send it to a friend who would like to know how delivery works for them.</p></div></div>
<div class="faq-accordion"><div class="faq-accordion-header"><button class="faq-accordion-button" type="button">When will my parcel leave?</button></div>
<div class="faq-accordion-panel faq-accordion-panel-hidden"><p>${ANSWER}</p></div></div>
</article></main></body></html>`;

describe('accordions named by their classes only (round 117)', () => {
  it("reads a Kadence FAQ's questions and its answers, the ones the stylesheet folds too", () => {
    const p = pageNamed(HELDOUT502_PAGES, 'heldout502-generatepress-delivery-faq');
    const text = norm(extractArticle(p.html).text);
    const [question, answer] = ['Can I choose a delivery time?', 'We deliver between 10am and 6pm and cannot promise an exact time.'].map((s) =>
      text.indexOf(norm(s)),
    );
    expect(question).toBeGreaterThanOrEqual(0);
    expect(answer).toBeGreaterThan(question!);
  });

  it("keeps a question whose button opens an accordion's panel, and drops a button that opens a share panel", () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm('When will my parcel leave?'));
    expect(text).toContain(norm(ANSWER));
    expect(text).not.toContain(norm('Share this page'));
  });
});
