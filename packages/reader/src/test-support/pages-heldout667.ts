import type { TestPage } from './page-kit.js';
import { HELDOUT667_A } from './pages-heldout667-a.js';
import { HELDOUT667_B } from './pages-heldout667-b.js';
import { HELDOUT667_C } from './pages-heldout667-c.js';
import { HELDOUT667_D } from './pages-heldout667-d.js';
import { HELDOUT667_E } from './pages-heldout667-e.js';
import { HELDOUT667_F } from './pages-heldout667-f.js';

/**
 * Held-out batch 667, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a day nursery's inspection report
 * summary on WordPress (Astra, sidebar, one comment), a pre-school's fees page on Squarespace 7.1 (fees table, FAQ accordion,
 * footer newsletter), a childminder's settling-in guide on a Wix blog (free-plan banner, recent posts, empty comments), an
 * after-school club's half-term newsletter on Ghost (Casper, member signup, read-more cards), a childminder's "How it works"
 * FAQ page on Webflow, a childminder's entry in a council family information directory on LocalGov Drupal (labelled fields,
 * sidebar), a parents' forum thread about nursery drop-off on Discourse (crawler view, related topics), a community wiki
 * article on a village playgroup on MediaWiki (Vector 2022, infobox, references), a nursery group's packing-list post on
 * HubSpot CMS (author card, subscribe form, related posts), a nursery chain's funded-hours explainer on Next.js (table,
 * on-page contents, enquiry box), a childminder's policies page on an old FrontPage table layout, and a holiday club's
 * booking page on WordPress with Elementor (icon list, price table, Complianz banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or hero paragraph under the h1 (Ghost excerpt, Webflow hero line, Next.js
 * lead) is body; table data rows are body, one entry a row with its cells joined by spaces, and table header cells are in
 * neither list (those of the Discourse related-topics table, outside the article, are furniture); FAQ questions (Squarespace
 * accordion, Webflow FAQ) are headings and their answers body; the labels of the LocalGov directory fields (Ages, Costs...)
 * are headings and their values body, while the directory's map fallback and disclaimer are furniture; a price table's title
 * is a heading and its price and feature lines body, its button furniture; call-to-action buttons inside the article ("Book
 * holiday club", "Ask about a place", "Book now", "Arrange a visit") are furniture; quoted inspector comments are body; a
 * callout card in a Ghost post is body; comment authors and comment dates under a blog post are bylines and the comment text
 * furniture, while on the forum thread every post is body and the posters' names and post times bylines; reading times
 * ("4 min read") and "Last reviewed" / "Last updated" / "last edited" lines are bylines, including those on related-post cards;
 * like and view counts, related topics' reply counts and activity dates are furniture; text that is only visually hidden
 * (screen-reader-text, visually-hidden, sr-only: "Main Menu", "Breadcrumb", "Search this site", "top of page") is furniture,
 * while text under `hidden` or aria-hidden is in neither list; a MediaWiki infobox (its caption, labels and values) is
 * furniture, its references list body (the "^" back-links furniture) and its "References" heading a heading; the table of
 * contents entries that repeat headings are left out, and "Contents", "(Top)" and "hide" are furniture; an inline citation
 * marker stays in its paragraph's text ("[1]"); the old table layout's left menu, visitor counter and footer are furniture and
 * its "Last updated" date a byline; menu and tag texts equal to a word or phrase of the title or body ("Home", "Parents",
 * "Holiday Club", "settling in") are left out, and a hyphen-only difference ("After School Club" against "after-school club")
 * counts as the same text.
 */
export const HELDOUT667_PAGES: readonly TestPage[] = [...HELDOUT667_A, ...HELDOUT667_B, ...HELDOUT667_C, ...HELDOUT667_D, ...HELDOUT667_E, ...HELDOUT667_F];
