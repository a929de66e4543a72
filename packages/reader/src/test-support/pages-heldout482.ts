import type { TestPage } from './page-kit.js';
import { HELDOUT482_A } from './pages-heldout482-a.js';
import { HELDOUT482_B } from './pages-heldout482-b.js';
import { HELDOUT482_C } from './pages-heldout482-c.js';
import { HELDOUT482_D } from './pages-heldout482-d.js';
import { HELDOUT482_E } from './pages-heldout482-e.js';
import { HELDOUT482_F } from './pages-heldout482-f.js';

/**
 * Held-out batch 482, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a food bank's winter appeal on
 * WordPress (Astra) with a GiveWP donation form and Complianz cookie banner, a community pantry's volunteer page on Squarespace
 * 7.1 with an announcement bar and form block, a community larder's year-in-numbers impact page on Wix with stat boxes and the
 * free-plan ad bar, a food partnership's donation FAQ on Drupal 10 (Olivero) with a sidebar block, a charity-register entry on
 * a regulator's Liferay DXP portal (GOV.UK-style) with section tabs, key facts and a finance table, an annual impact story on
 * Ghost (Casper) with byline, callout card and read-more cards, a "host a food drive" guide on Webflow with a form and the
 * Webflow badge, a hospice charity shop's "donating goods" page on Shopify (Dawn), a regional food network's impact report on
 * HubSpot CMS with stat modules, a director's letter and the HubSpot cookie banner, a food bank news post on Hugo (Ananke) with
 * cover title, table of contents and related list, a Discourse forum thread (crawler view) among pantry coordinators, and a
 * village charity's Christmas hamper appeal on an old FrontPage table layout with a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 (Ghost, Webflow, HubSpot) is body; stat figures
 * and their labels, written as separate elements (Wix, HubSpot), are separate body entries in page order; a pull quote or
 * testimonial blockquote and a callout card inside the article are body, while button and CTA links inside it ("Find your
 * nearest centre", "Support next summer", "Download the full report (PDF)") are furniture; FAQ group headings (h2) and the
 * questions (h3) are all headings, answers body; a form's title, legends, field labels, checkbox labels, amount buttons and
 * button texts are furniture, its input values, placeholders and select options in no list; messages the platform's own
 * stylesheet keeps hidden (Webflow's w-form-done / w-form-fail, Dawn's closed cart drawer) are in no list, while
 * screen-reader-only texts (visually-hidden labels such as GiveWP's "Donation Amount:", Drupal's "Breadcrumb" and "Main
 * navigation", Dawn's "Cart", Wix's "top of page" / "bottom of page", Liferay's "Navigation") are furniture like skip links;
 * the signature under a director's letter is a byline, as are "Data last updated" and "Site last updated" lines; on the
 * charity-register entry the h1 is the charity name as shown in capitals, "Charity overview" (h2) and the h3s are headings,
 * each key-fact term and value (dt, dd) is its own body entry, each finance table row is one body entry (row header and
 * amount joined by a space) with the column header row in no list, the classification lists (who it helps, where) are body
 * and the section tabs furniture; on the forum thread every post's paragraphs are body, user names and post dates bylines,
 * like counts, the category badge and tags furniture, post position numbers in no list, and the related-topics table's
 * titles, column headers and activity months furniture with its reply and view counts in no list; dates and reading times
 * on related-post cards are furniture, only the article's own author, date and reading time are bylines; the Hugo cover
 * title repeating the h1 and the table of contents repeating the headings are left out by the repeat rule, the "News"
 * section label is furniture; on the table-layout page the bold green paragraph "How you can help" is a heading, the hit
 * counter's number (an image) is in no list and its surrounding words one furniture entry; figure captions are furniture;
 * furniture is filtered by the kit's `outside`, which leaves out texts that occur as whole words in the title, a heading or
 * a body entry, and texts without a word (separators, "£").
 */
export const HELDOUT482_PAGES: readonly TestPage[] = [...HELDOUT482_A, ...HELDOUT482_B, ...HELDOUT482_C, ...HELDOUT482_D, ...HELDOUT482_E, ...HELDOUT482_F];
