import type { TestPage } from './page-kit.js';
import { HELDOUT662_A } from './pages-heldout662-a.js';
import { HELDOUT662_B } from './pages-heldout662-b.js';
import { HELDOUT662_B2 } from './pages-heldout662-b2.js';
import { HELDOUT662_C } from './pages-heldout662-c.js';
import { HELDOUT662_D } from './pages-heldout662-d.js';
import { HELDOUT662_E } from './pages-heldout662-e.js';
import { HELDOUT662_F } from './pages-heldout662-f.js';

/**
 * Held-out batch 662, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a coach firm's fleet page built with
 * Elementor Pro on Hello Elementor (vehicle cards in inner sections, CTA box, CookieYes banner), a wedding car page on Wix with a
 * testimonial strip, a chauffeur firm's airport transfer page on Squarespace 7.1 (fluid engine, image caption, quote form), a van
 * hire terms page served as a Shopify policy page on Dawn, an executive chauffeur fleet page on Webflow (CMS collection list,
 * Finsweet cookie banner), a coach operator's news article on Drupal 10 Olivero with tags and comments, a van size guide blog
 * post on Ghost (Casper, image caption, signup box, read-more cards), a corporate chauffeur FAQ page on HubSpot CMS (accordion,
 * HubSpot form and cookie banner), a van rental help-centre article on Zendesk Guide (Copenhagen), a family coach firm's booking
 * conditions on an old FrontPage table layout (marquee, price table, hit counter), a minibus hire article on Joomla 4 Cassiopeia
 * (info block, sidebar modules, pager), and a school trip blog post on WordPress GeneratePress with comments and a sidebar.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a service page's vehicle or package cards are part of the article (each vehicle name
 * is a heading, its sub-line, description and spec list items are body), while each card's button ("Get a Quote", "Book this
 * car") is furniture; an eyebrow label above the h1 ("Chauffeur cars") is furniture, a dek or intro under the h1 is body;
 * testimonials, CTA boxes, quote and comment forms (their titles and field labels) are furniture; FAQ questions are headings and
 * their answers body, also when the accordion item is collapsed; a table data row is one body entry (its cells' texts joined
 * with spaces), header cells in neither list; on the table-layout page the bold coloured "Private hire prices" line is a heading,
 * the bold "1. Quotations." run-in labels stay part of their paragraphs, and "This page was last updated on ..." is a byline
 * while the hit counter line is furniture; an italic note under a price list is body; a Ghost reading time ("• 3 min read")
 * next to the date is a byline, the read-more cards' dates and reading times furniture; Zendesk's agent name, article time and
 * its "Updated" label are bylines, its vote box, follow button and "Articles in this section" list furniture; Joomla's
 * "Written by" and "Published" lines are bylines, its "Details" label, category and hits lines furniture; comments under a
 * news article or blog post are furniture whole (commenter names and comment dates too, not bylines), as are comment counts;
 * texts only for screen readers (visually hidden labels, Wix "top of page", Shopify "Log in" / "Cart", pager "Previous article:"
 * spans, the Elementor screen-only "Menu") are in no list, but skip links and visible mobile "Menu" button labels are furniture;
 * nav, footer and form texts equal to a word or phrase of the title, a heading or a body entry ("Fleet", "Tours", "School
 * Contracts", "Corporate", "Hire Terms", "Private Hire", "Yes", "Email", "Send", "Flight number") are left out of furniture.
 */
export const HELDOUT662_PAGES: readonly TestPage[] = [
  ...HELDOUT662_A,
  ...HELDOUT662_B,
  ...HELDOUT662_B2,
  ...HELDOUT662_C,
  ...HELDOUT662_D,
  ...HELDOUT662_E,
  ...HELDOUT662_F,
];
