import type { TestPage } from './page-kit.js';
import { HELDOUT490_A } from './pages-heldout490-a.js';
import { HELDOUT490_B } from './pages-heldout490-b.js';
import { HELDOUT490_B2 } from './pages-heldout490-b2.js';
import { HELDOUT490_C } from './pages-heldout490-c.js';
import { HELDOUT490_D } from './pages-heldout490-d.js';
import { HELDOUT490_E } from './pages-heldout490-e.js';
import { HELDOUT490_F } from './pages-heldout490-f.js';

/**
 * Held-out batch 490, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an NHS trust's cardiology
 * department page on Drupal 10 with the NHS.UK frontend theme, a private hospital's visiting hours page built with Elementor
 * on WordPress, a urology patient information leaflet on Umbraco 13 (block grid, PDF link, Umbraco Forms feedback), a live
 * emergency and planned-care waiting-times page on Next.js with a table, a US physician profile on Sitecore SXA with ratings
 * and patient comments, a community hospital's news post on Squarespace 7.1, a birth centre page built with Wix, a dietitian's
 * blog post on HubSpot CMS, a children's hospital volunteering page on Webflow with an application form, a patient community
 * thread about radiotherapy parking on Discourse (crawler view), a staff sedation guideline on MediaWiki (Vector 2022) with a
 * guideline box and a wikitable, and a cottage hospital's outpatient clinics page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a lede, dek or summary under the h1 (NHS lede, leaflet summary, profile specialty
 * line, Webflow hero text) is body; a table's data rows are body, one entry a row with its cells joined by spaces, and its
 * header row (th cells, or the bold white first row of the old table layout) is in neither list; headings of cards inside the
 * article (waiting-time sites, volunteer roles) are headings and the cards' lines body, their "Get directions" links
 * furniture; an NHS inset "call 999" box inside the article is body; a leaflet's own "Contact us" section is body, while the
 * page's "Other formats" box, PDF download link, leaflet number and feedback form are furniture; the leaflet's "Produced by",
 * "Published" and "Review date" labels and values, NHS "Page last reviewed" / "Next review due" lines, the waiting-times
 * "Last updated" line, the table layout's "Last updated" line, the wiki's "last edited" footer line and the guideline box's
 * owner, approved and review-due rows are bylines (the box's version row is furniture); a physician profile's sections
 * (about, conditions, training, certification, languages, locations) are body, its booking box, ratings and patient comments
 * furniture; on the forum thread every post is body, user names and post times bylines, like counts, category and tags
 * furniture; a wiki's "See also" section (heading and links), edit links, TOC, page tabs and categories are furniture; form
 * labels, radio labels and button texts outside the article are furniture, while option texts, placeholders and input values
 * are in no list; text for screen readers only (visually-hidden labels such as "Back to", "Information:", Wix's "top of page")
 * and text the platform hides until the user acts (Webflow's form success and error messages, the collapsed Vector main menu,
 * Elementor's aria-hidden mobile menu) are in no list, but skip links are furniture; bare reply and view counts in the
 * forum's related-topics table are in no list, its titles, column labels and dates furniture; a site-wide alert banner and
 * a marquee are furniture; a visitor counter's label is furniture, its digits (an image) in no list.
 */
export const HELDOUT490_PAGES: readonly TestPage[] = [
  ...HELDOUT490_A,
  ...HELDOUT490_B,
  ...HELDOUT490_B2,
  ...HELDOUT490_C,
  ...HELDOUT490_D,
  ...HELDOUT490_E,
  ...HELDOUT490_F,
];
