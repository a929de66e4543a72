import type { TestPage } from './page-kit.js';
import { HELDOUT481_A } from './pages-heldout481-a.js';
import { HELDOUT481_B } from './pages-heldout481-b.js';
import { HELDOUT481_C } from './pages-heldout481-c.js';
import { HELDOUT481_D } from './pages-heldout481-d.js';
import { HELDOUT481_E } from './pages-heldout481-e.js';
import { HELDOUT481_F } from './pages-heldout481-f.js';

/**
 * Held-out batch 481, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an HOA pool notice on WordPress
 * (Astra) with a sidebar and two comments, a tenants' association's meeting minutes on Drupal 10 (Olivero) with a treasurer's
 * table, a residents' association newsletter on Squarespace 7.1 with an announcement bar and newsletter block, a condominium
 * association's bylaws on Wix with the free-plan ad banner, a community portal road-work post on Webflow (CMS template) with a
 * related grid, a neighborhood association bulletin on Ghost (Casper) with a signup box, a condo owners' forum thread on
 * Discourse (crawler view), a housing co-op wiki page on MediaWiki (Vector 2022) with a table, a water shut-off announcement
 * in a community-management SaaS app on Next.js with a sidebar and cookie banner, a tenants' union statement on Hugo (PaperMod)
 * with a table of contents, an annual meeting notice on an old FrontPage table layout, and architectural guidelines on
 * WordPress with Elementor (Hello theme) with a help column and popup.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary or description under the h1 is body; a notice's sign-off (the board's
 * name, "By order of the Board of Directors," and the secretary's name, "Warm wishes," excepted as it is the letter's text) and
 * minutes' "Submitted by ... Recording Secretary" line are bylines, as are "Adopted ... Last amended ..." and "Updated by the
 * ARC ..." lines, wiki "last edited" lines, site "Last updated" lines and the author or post date on related cards; the
 * closing "Warm wishes," and "See you at the pool!" lines are body; table data rows are body, one entry a row with the cells
 * joined by spaces, table header cells in neither list; motions in minutes are body; headings written as bold-less
 * paragraphs in a table layout are not headings (the old notice's all-caps title is the title); bylaws' article titles are
 * headings and their "Section n." paragraphs body; forum posts are body and their user names and post times bylines, like
 * counts, tags, category badge and the related-topics table (titles, counts, dates) furniture; a site or org name that is
 * also the byline (Hugo's site title and author) is listed once, in bylines; attachment and download links (PDF links,
 * "Download", "Download PDF"), call-to-action buttons, portal status lines ("Seen by ...", "Urgent", "Sent to: ...") and
 * reading times are furniture; comments under a post (and their authors' names and times, which go in bylines) are
 * furniture; table-of-contents entries equal to headings are left out, and TOC numbers, edit-section brackets, separators
 * such as "/" and image alt texts are in no list; visually hidden screen-reader texts that real templates print as page
 * text (Wix's "top of page", skip links, "View notifications") are furniture.
 */
export const HELDOUT481_PAGES: readonly TestPage[] = [...HELDOUT481_A, ...HELDOUT481_B, ...HELDOUT481_C, ...HELDOUT481_D, ...HELDOUT481_E, ...HELDOUT481_F];
