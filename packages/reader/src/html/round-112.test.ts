import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT501_PAGES } from '../test-support/pages-heldout501.js';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { HARBOUR_STORY, pageNamed } from '../test-support/round-kit.js';

const ANSWER = 'Moorings are let for a year from the first of April, and the fee is paid in two halves, in April and in October.';
const STYLE = '<style>.faq__panel { display: none; } .menu__dropdown { display: none; }</style>';
const ACCORDION =
  '<h2>Questions</h2><div class="faq"><h3 class="faq__heading"><button class="faq__trigger" aria-expanded="false" ' +
  `aria-controls="faq-1">How long is a mooring let for?</button></h3><div id="faq-1" class="faq__panel"><p>${ANSWER}</p></div></div>`;
const MENU =
  '<div class="menu"><button aria-expanded="false" aria-controls="m-1">Moorings</button><div id="m-1" class="menu__dropdown">' +
  '<p>Our moorings team answers the phone on weekdays from nine until five, except on bank holidays.</p></div></div>';

describe('accordion panels a stylesheet hides (round 112)', () => {
  it("reads a donor eligibility page's answers, which its stylesheet folds away", () => {
    const p = pageNamed(HELDOUT501_PAGES, 'heldout501-blood-eligibility-drupal');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Wait until you have been free of symptoms for seven days.'));
    expect(text).toContain(norm('### I have had a tattoo or piercing'));
  });

  it("reads the answer of an accordion hidden by its class, and leaves a menu's hidden dropdown out", () => {
    const html = harbourStory(`${HARBOUR_STORY}${ACCORDION}`, { head: STYLE });
    const text = norm(extractArticle(html).text);
    expect(text).toContain(norm(ANSWER));
    expect(text).toContain(norm('### How long is a mooring let for?'));
    const withMenu = norm(extractArticle(harbourStory(`${HARBOUR_STORY}${MENU}`, { head: STYLE })).text);
    expect(withMenu).not.toContain('moorings team');
  });
});
