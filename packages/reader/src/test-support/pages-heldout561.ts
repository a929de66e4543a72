import type { TestPage } from './page-kit.js';
import { HELDOUT561_A } from './pages-heldout561-a.js';
import { HELDOUT561_A2 } from './pages-heldout561-a2.js';
import { HELDOUT561_B } from './pages-heldout561-b.js';
import { HELDOUT561_B2 } from './pages-heldout561-b2.js';
import { HELDOUT561_C } from './pages-heldout561-c.js';
import { HELDOUT561_C2 } from './pages-heldout561-c2.js';
import { HELDOUT561_D } from './pages-heldout561-d.js';
import { HELDOUT561_E } from './pages-heldout561-e.js';
import { HELDOUT561_E2 } from './pages-heldout561-e2.js';
import { HELDOUT561_F } from './pages-heldout561-f.js';

/**
 * Held-out batch 561, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a certified translation service page
 * built with Elementor on the Hello Elementor theme, a HubSpot CMS blog post on booking a medical interpreter, a languages and
 * rates page with two tables on Squarespace 7.1, a short British Sign Language interpreting page with a booking form on Wix, a
 * long court-interpreting blog post on Ghost (Casper), a city language access page on Drupal 10 (Olivero) with a contact
 * sidebar, an agency news post about a video interpreting hub on Webflow, a driving licence translation how-to on a Shopify
 * store blog (Dawn) with comments, a wiki article on relay interpreting on MediaWiki (Vector 2022) with an infobox and
 * references, a Discourse forum thread on charging for travel time, a supported-languages reference page on Hugo with the
 * Docsy theme, and a Zendesk Guide (Copenhagen) help center article on booking an on-site sign language interpreter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 is body; table data rows are body, one entry a
 * row with its cells joined by a space, and table header cells are in neither list (the wiki infobox's rows are body, label and
 * value joined, its title row repeating the page title left out); headings in the article are headings even when they are
 * numbered step titles (Elementor icon boxes) or a callout title (Docsy's "Minimum charge" alert), while accordion questions
 * that are not h-tags (Elementor) are body entries followed by their answers, which are in the DOM without `hidden` and so body;
 * a quote's attribution line and a quoted earlier post inside a forum reply are body; a "Note:" callout is body; wiki
 * references are body under their "References" heading, citation markers stay inside their paragraph's text, and the cite
 * caret, edit-section brackets and other punctuation-only marks (separators, arrows, close crosses) are in no list; the wiki's
 * "last edited" line, Docsy's "Last modified" line and Zendesk's "Updated" label are bylines; forum user names, full names and
 * post dates are bylines, like counts and other bare numbers in no list, their labels (views, likes, users) furniture, the
 * "Solved by" line furniture; comments under an article are furniture, but their author names and dates are bylines; a
 * reading time ("8 min read"), testimonials, in-page call-to-action bands and buttons, form labels and related-card dates are
 * furniture; visually hidden screen-reader text (skip links, "Comment content", Wix's "top of page") is furniture, while text
 * in `hidden` or aria-hidden or inline-hidden elements, text that the platform's own stylesheet keeps hidden until a click
 * (Vector's TOC numbers and first main-menu heading and print footer, Docsy's feedback responses and version dropdown, Webflow's
 * form success and failure messages, Shopify's share fallback, the mobile menu duplicates) and select options are in no list;
 * code blocks and image alt texts are in no list; a one-word menu, tag or label text that occurs as a word of the body is
 * left out of furniture, as is the site name where it opens a body sentence; the shop's own reply under the Shopify article
 * is signed with the shop name, which stays in furniture only, and the user name in a Discourse quote header ("mreyes:") is not
 * listed again.
 */
export const HELDOUT561_PAGES: readonly TestPage[] = [
  ...HELDOUT561_A,
  ...HELDOUT561_A2,
  ...HELDOUT561_B,
  ...HELDOUT561_B2,
  ...HELDOUT561_C,
  ...HELDOUT561_C2,
  ...HELDOUT561_D,
  ...HELDOUT561_E,
  ...HELDOUT561_E2,
  ...HELDOUT561_F,
];
