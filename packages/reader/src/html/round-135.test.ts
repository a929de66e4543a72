import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT547_PAGES } from '../test-support/pages-heldout547.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'Our instructors run a rotation of three activities through the day: paddleboard relays, a raft build and a kayak treasure hunt.',
  'We finish with awards and a barbecue on the beach, and every crew goes home with a photo of its raft before it sank.',
];
const QUOTE = 'Tell us your dates and group size and we will reply within one working day with a written quote.';
const module = (type: string, inner: string): string =>
  `<div class="span12 widget-span widget-type-custom_widget dnd-module"><div class="hs_cos_wrapper hs_cos_wrapper_widget ` +
  `hs_cos_wrapper_type_module widget-type-${type}">${inner}</div></div>`;
/** A HubSpot drag-and-drop page: rich-text modules in custom-widget cells, and a form module in one. */
const PAGE = `<!DOCTYPE html><html><head><title>Team days | Saltings</title></head><body><main><h1>Team days on the water</h1>
${module('rich_text', `<h2>How a team day works</h2><p>${STORY[0]}</p>`)}${module('rich_text', `<p>${STORY[1]}</p>`)}
${module('form', `<h3>Ask for a quote</h3><p>${QUOTE}</p><form><input name="email"><button>Send</button></form>`)}</main></body></html>`;

describe("HubSpot's custom-widget cells of rich text (round 135)", () => {
  it("reads a watersports centre's team-day sections, each a rich-text module in a custom widget", () => {
    const p = pageNamed(HELDOUT547_PAGES, 'heldout547-hubspot-team-days');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['No experience needed', 'Prices', 'A full team day costs £89 per person and a half day £55, including lunch.']) {
      expect(text).toContain(norm(line));
    }
  });

  it('reads rich-text modules in custom widgets and leaves out a form module in one', () => {
    const text = norm(extractArticle(PAGE).text);
    for (const line of STORY) expect(text).toContain(norm(line));
    expect(text).not.toContain(norm(QUOTE));
  });
});
