import type { TestPage } from './page-kit.js';
import { HELDOUT552_A } from './pages-heldout552-a.js';
import { HELDOUT552_B } from './pages-heldout552-b.js';
import { HELDOUT552_B2 } from './pages-heldout552-b2.js';
import { HELDOUT552_C } from './pages-heldout552-c.js';
import { HELDOUT552_D } from './pages-heldout552-d.js';
import { HELDOUT552_E } from './pages-heldout552-e.js';
import { HELDOUT552_F } from './pages-heldout552-f.js';

/**
 * Held-out batch 552, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a snooker hall's membership and
 * table rates page built with Wix, a darts league's winter fixtures page on WordPress (GeneratePress with TablePress tables and
 * a right sidebar), a pool league's long rules page on Squarespace 7.1, a league results report on Ghost (Casper) with results
 * and standings tables and read-more cards, a snooker club's closure notice on Drupal 10 (Olivero) with comments and a sidebar,
 * a pool rules thread on Discourse (crawler view) with related topics, a community wiki article on a snooker hall on MediaWiki
 * (Vector 2022) with an infobox, a darts league's "join the league" page on Webflow with an enquiry form, a cue shop's blog
 * post about its pool room league on Shopify (Dawn), a darts league's weekly results page made in FrontPage with a table
 * layout, a snooker academy's coaching page on WordPress with Hello Elementor and Elementor Pro, and a pool league's AGM
 * report on Hugo (PaperMod).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined with single spaces
 * (fixtures, results, standings), and table header rows are in neither list; an infobox (label and value rows, its caption)
 * is furniture, like the related-topics table of the forum; a dek, standfirst or hero paragraph under the h1 (Wix, Ghost,
 * Webflow, Hugo) is body; rate and price lines written as paragraphs or list items are body; a bold line that stands as a
 * section title on the old FrontPage layout counts as a heading; a form's heading, field labels and button texts are furniture,
 * while submit buttons written as `<input value>` are form values in no list; screen-reader-only text (visually-hidden,
 * screen-reader-text, elementor-screen-only) is furniture, but text hidden by an attribute (hidden, aria-hidden) or by a class
 * whose only job is hiding (Squarespace and Shopify `hidden`, Webflow's w-form-done / w-form-fail messages, MediaWiki's
 * printfooter) is in no list; a collapsed dropdown or TOC whose texts repeat the menu or the headings is left to the rule on
 * repeated texts, and the TOC's section numbers are furniture; comments under an article are furniture with their authors
 * and times; forum posts are body, one entry a paragraph or blockquote, their user names and post times bylines, their like
 * counts and post numbers furniture; the author, date and "Updated" / "Last revised" / "Page last updated" / "last edited"
 * lines are bylines, and so is the FrontPage page's "Premier Division, Wednesday 19th November" dateline, while its "Results
 * to Dave..." contact note is furniture; Hugo's post-meta line (date, reading time, author) is one byline, while Ghost's
 * separate reading time is furniture; read-more and related cards (titles, excerpts, dates, reading times) are furniture;
 * testimonials and figure captions are furniture; a furniture or byline text whose words also stand, in a row, in the title,
 * a heading or a body entry is left out (the kit's `tidy`), so menu words such as "Results" or "Tables" that occur in the
 * article are in no list.
 */
export const HELDOUT552_PAGES: readonly TestPage[] = [
  ...HELDOUT552_A,
  ...HELDOUT552_B,
  ...HELDOUT552_B2,
  ...HELDOUT552_C,
  ...HELDOUT552_D,
  ...HELDOUT552_E,
  ...HELDOUT552_F,
];
