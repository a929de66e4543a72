import type { TestPage } from './page-kit.js';
import { HELDOUT614_A } from './pages-heldout614-a.js';
import { HELDOUT614_A2 } from './pages-heldout614-a2.js';
import { HELDOUT614_B } from './pages-heldout614-b.js';
import { HELDOUT614_C } from './pages-heldout614-c.js';
import { HELDOUT614_D } from './pages-heldout614-d.js';
import { HELDOUT614_E } from './pages-heldout614-e.js';
import { HELDOUT614_F } from './pages-heldout614-f.js';

/**
 * Held-out batch 614, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a framer's price guide on WordPress
 * (Astra, Complianz banner, comments), a conservation framing explainer on a Squarespace 7.1 blog, a hymnal repair case study on
 * Ghost (Casper), a mount-colour article on a Shopify (Dawn) store blog with product cards, a bookbinding workshop diary on a Wix
 * blog, an edition binding service page in Webflow with an FAQ and quote form, a Discourse thread on rebacking adhesives, a
 * MediaWiki (Vector legacy) article on Japanese tissue hinges, a long ledger rebinding write-up on Hugo (PaperMod), a shadow box
 * framing page built with Elementor (Hello theme, CookieYes banner), a framers' guild news post on HubSpot CMS, and a short book
 * care page from an old FrontPage-era table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Squarespace, Ghost, Webflow, Hugo) is body;
 * table data rows are body, one entry a row with the cells joined by one space, and table header rows are in neither list (the
 * price table, the wiki's tissue table; the Discourse suggested-topics table is furniture); FAQ questions set as h3 are headings
 * and their answers body; the wiki's references list is body under its "References" heading, with footnote markers such as
 * "[1]" kept inside the paragraph text, while the table of contents, "edit" links, "From FrameBindWiki", "Retrieved from" and the
 * categories are furniture and "This page was last edited on ..." a byline; reading times ("4 min read", "2 min read") are
 * bylines, and PaperMod's meta line (date · reading time · author) is one byline; comment authors and comment dates under a blog
 * post are bylines, the comment texts furniture; on the forum every post's text is body, user names and post dates bylines, like
 * counts and buttons furniture; a call-to-action box or button inside the article (Ghost's "Have a book that needs help?" card,
 * Astra's "Book a framing consultation" button) is furniture; the Elementor testimonial and its name are furniture; a signature
 * line ("- Harriet Quillet") and a "Last updated" line in an old footer are bylines; tags and category badges are furniture;
 * text hidden by the template's own CSS classes but present in the DOM (Webflow's form success and failure messages, the
 * Elementor mobile dropdown copy of the menu, the aria-hidden PaperMod heading anchors) is in no list, while cookie banners that
 * script shows on load (Complianz, CookieYes, HubSpot, Wix, Squarespace) are furniture; a list of numbered tips written as
 * paragraphs is body one paragraph an entry; form field labels are furniture, submit button values in no list.
 */
export const HELDOUT614_PAGES: readonly TestPage[] = [
  ...HELDOUT614_A,
  ...HELDOUT614_A2,
  ...HELDOUT614_B,
  ...HELDOUT614_C,
  ...HELDOUT614_D,
  ...HELDOUT614_E,
  ...HELDOUT614_F,
];
