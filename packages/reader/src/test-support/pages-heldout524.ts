import type { TestPage } from './page-kit.js';
import { HELDOUT524_A } from './pages-heldout524-a.js';
import { HELDOUT524_A2 } from './pages-heldout524-a2.js';
import { HELDOUT524_B } from './pages-heldout524-b.js';
import { HELDOUT524_C } from './pages-heldout524-c.js';
import { HELDOUT524_D } from './pages-heldout524-d.js';
import { HELDOUT524_E } from './pages-heldout524-e.js';
import { HELDOUT524_F } from './pages-heldout524-f.js';

/**
 * Held-out batch 524, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a community pub's share offer page
 * built with Elementor on WordPress (Hello Elementor, Complianz banner, progress bar and counter widgets), a food co-op's AGM
 * notice on a Squarespace 7.1 blog with prev / next links and a newsletter block, a building society's annual report summary on
 * Drupal 10 (Olivero) with a key figures table and tags, a community shop's short volunteer call built with Wix with a sign-up
 * form and the free-plan ad banner, a community energy co-op's news post on Ghost (Casper) with a callout card and a read-more
 * rail, a community shop's supplier article on Shopify (Dawn) with share button and comment form, a worker co-op's news post on
 * Webflow with a pull quote and a "more from the studio" list, a housing co-op's guide for new members on Hugo (PaperMod) with
 * a table of contents and a definition list, a co-op network wiki page on MediaWiki (Vector 2022) with an infobox, references
 * and categories, a members' forum thread on Discourse (crawler view) with related topics, a mutual insurer's member news on
 * HubSpot CMS with a rates table and related posts, and a village shop association's newsletter on an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Elementor, Ghost, Drupal, Hugo) is body; a
 * list's items are body one an item; a table's data rows are body, one entry a row with its cells joined by spaces, and
 * header rows (th, or a first row of bold td cells as HubSpot writes it) are in no list; a definition list's terms and
 * definitions are separate body entries; a Ghost callout card inside the post is body, its emoji furniture; a pull quote
 * that repeats a sentence of the body is in no list (its text is already body); live widgets in the article (Elementor's
 * "raised of" progress bar and members counter), call-to-action buttons and file download links (share offer PDF, annual
 * report PDF) are furniture; form labels and submit button texts are furniture; a notice's or newsletter's signature line
 * ("Marguerite Ellery, Secretary", "Compiled by ...") is a byline, as are "Page last updated" and MediaWiki's "last edited"
 * footer lines; dates on related-post cards are bylines; reading times ("3 min read", "5 min") are furniture; meeting dates
 * and times inside a notice or diary list are body; a Discourse post's user name, full name in brackets and post time are
 * bylines, its position number and like count furniture, and a thread has no headings; a wiki's infobox (title and
 * label / value rows), table of contents, edit links and categories are furniture, while its reference list is body under
 * the "References" heading and its "See also" items are body; the footnote markers ([1]) stay in the paragraph text;
 * visually hidden labels (other than skip links), the print-only "Retrieved from" line and hidden form messages are in no
 * list; the old table layout's title is its large bold centred line and its h3 lines are headings; furniture and byline
 * texts that are also whole words of the title, a heading or a body entry are left out (the batch kit's `outside`).
 */
export const HELDOUT524_PAGES: readonly TestPage[] = [
  ...HELDOUT524_A,
  ...HELDOUT524_A2,
  ...HELDOUT524_B,
  ...HELDOUT524_C,
  ...HELDOUT524_D,
  ...HELDOUT524_E,
  ...HELDOUT524_F,
];
