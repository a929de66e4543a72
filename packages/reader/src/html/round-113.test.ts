import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { proseChars } from './sentences.js';
import { HELDOUT490_PAGES } from '../test-support/pages-heldout490.js';
import { HELDOUT496_PAGES } from '../test-support/pages-heldout496.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const SENTENCE = 'The new ward opens on Monday with twelve beds for children recovering from surgery.';

describe('rows of one class and the measure of a pick (rounds 113 and 114)', () => {
  it("reads a HubSpot service page's FAQ row, below the row Readability kept", () => {
    const p = pageNamed(HELDOUT496_PAGES, 'heldout496-hubspot-home-care');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Every carer completes the Care Certificate and is supervised in their first month.'));
    expect(text).toContain(norm('Live-in care starts at £1,180 a week.'));
  });

  it('counts a paragraph nested in a paragraph once, as Readability leaves them', () => {
    const doc = parseDocument(`<html><body><div id="box"><p id="outer"></p></div></body></html>`);
    const outer = doc.querySelectorAll('#outer')[0]!;
    const inner = outer.ownerDocument.createElement('p');
    inner.textContent = SENTENCE;
    outer.append(inner);
    expect(proseChars(doc.querySelectorAll('#box')[0]!)).toBe(SENTENCE.length);
  });

  it("reads a volunteer page's numbered steps, which Readability left out of the section it kept", () => {
    const p = pageNamed(HELDOUT490_PAGES, 'heldout490-webflow-volunteer');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('We will invite you to an informal chat with our volunteer team.'));
    expect(text).toContain(norm('Once your checks are back, you will join the next induction day and choose your shift.'));
  });
});
