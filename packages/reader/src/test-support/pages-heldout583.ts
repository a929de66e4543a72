import type { TestPage } from './page-kit.js';
import { HELDOUT583_A } from './pages-heldout583-a.js';
import { HELDOUT583_A2 } from './pages-heldout583-a2.js';
import { HELDOUT583_B } from './pages-heldout583-b.js';
import { HELDOUT583_C } from './pages-heldout583-c.js';
import { HELDOUT583_D } from './pages-heldout583-d.js';
import { HELDOUT583_E } from './pages-heldout583-e.js';
import { HELDOUT583_F } from './pages-heldout583-f.js';

/**
 * Held-out batch 583, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a piano tuning service page on
 * Squarespace 7.1 with a price table, a pipe organ restoration case study on WordPress (Astra with Elementor) with a sidebar and
 * comment form, a piano care guide on a Wix blog, an organ builder's news item on Drupal 10 (Olivero) with comments, a violin
 * repair note on Ghost (Casper), a piano technicians' forum thread on Discourse (crawler view), an encyclopedia article on the
 * tremulant in a MediaWiki organ wiki (Vector 2022), a guitar repair FAQ on Shopify (Dawn), a harpsichord regulation guide on
 * Hugo (Docsy), an accordion repairer's about page on Webflow, a piano tuner's winter article on an old table layout, and a
 * piano rebuilding cost post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lead under the h1 is body; a table data row is one body entry, its
 * cells joined with a space, and table header cells are in no list (the Squarespace price table and the Elementor specification
 * table are body); a list's lead-in line ("Other problems we recorded:") is body; FAQ questions are headings and answers body;
 * a note or alert box inside the article is body, its "Note" label furniture; call-to-action buttons inside or after the article
 * ("Check available dates", "Book a repair", "Request a rebuild estimate") and a site builder's call-to-action band after the
 * text (its heading, line and button) are furniture; reading times, view and comment counts and like counts are furniture; a
 * blog author name shown alone and the post date are bylines, as are MediaWiki's "last edited" line and Docsy's "Last modified"
 * line with its commit message; on the forum thread each post's user name with its full name ("hbrandt (Hal Brandt)") and its
 * date are bylines and the posts are body, while the category badge, tags and related-topics table are furniture; comments
 * under a news item (authors, times, texts, Permalink / Reply) are furniture; a MediaWiki contents box, edit links, site notice,
 * "From Organ Wiki", the printfooter "Retrieved from" line and categories are furniture, and text in the `hidden` Tools portlet
 * is in no list; texts shown only to screen readers (skip links, "Search", "Log in", "Cart", "Main navigation", comment form
 * labels) are furniture like other visible chrome; a furniture or byline text that occurs as whole words in the title, a heading
 * or a body entry (a menu item "Tuning", a tag "Humidity", a breadcrumb repeating the title) is left out, by the kit's `finish`.
 */
export const HELDOUT583_PAGES: readonly TestPage[] = [
  ...HELDOUT583_A,
  ...HELDOUT583_A2,
  ...HELDOUT583_B,
  ...HELDOUT583_C,
  ...HELDOUT583_D,
  ...HELDOUT583_E,
  ...HELDOUT583_F,
];
