import type { TestPage } from './page-kit.js';
import { HELDOUT562_A } from './pages-heldout562-a.js';
import { HELDOUT562_B } from './pages-heldout562-b.js';
import { HELDOUT562_C } from './pages-heldout562-c.js';
import { HELDOUT562_D } from './pages-heldout562-d.js';
import { HELDOUT562_E } from './pages-heldout562-e.js';
import { HELDOUT562_F } from './pages-heldout562-f.js';

/**
 * Held-out batch 562, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hole-by-hole guide to a course's
 * front nine on WordPress (Hello Elementor with Elementor header and footer, Complianz banner), a membership fees page with a fee
 * table on Squarespace 7.1, a foursomes competition results post with a table, tags, a comment and a fixtures sidebar on Drupal 10
 * (Olivero), a short driving range prices and hours page built with Wix, a teaching professional's range drills post on Ghost
 * (Casper), a club news story about a new head greenkeeper on Webflow with a CMS list of related news, a golf shop's blog article
 * on range balls on Shopify (Dawn) with a comment form, a Discourse topic (crawler view) about a range's short-game area, a
 * club article on a MediaWiki golf wiki (Vector 2022) with an infobox, a driving range case study on a HubSpot CMS blog, a
 * village club's local rules page in an old FrontPage table layout, and a tee-booking app's help article on an Intercom help
 * centre (Next.js).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or summary under the h1 is body; a table data row is one body entry,
 * its cells joined with a space, and table header cells are in neither list; a hole's "Par · yards · stroke index" line is
 * body; list items in the article (twos, drills checks, priorities, competition years) are body; a pull quote or blockquote
 * in the article is body; a forum topic's posts are body, each poster's name and post date bylines, and the post numbers,
 * like counts and category badge furniture; the related-topics table of the forum (title, counts, activity) is furniture;
 * the wiki's infobox (labels, values, caption), table of contents, tabs, "[edit]" links and categories are furniture, and its
 * "last edited" footer line a byline; dates on related-news cards are bylines; a reading time ("4 min read") is furniture;
 * author names and "Written by" / "Updated" lines are bylines; a comment's user name and date are bylines, its text
 * furniture; the old page's "By order of the Committee. Last updated ..." line is a byline, its marquee notice, hit counter and
 * address bar furniture; the old page's bold rule titles and underlined "Course Etiquette" are headings; emoji reaction buttons
 * are furniture; a form's labels are furniture, its placeholders and submit values in no list; visually hidden texts (Wix's
 * "top of page", screen-reader spans, MediaWiki's print footer) are in no list; a furniture or byline text whose words also
 * occur in a row in the title, a heading or a body entry is left out (the kit's `settle`).
 */
export const HELDOUT562_PAGES: readonly TestPage[] = [...HELDOUT562_A, ...HELDOUT562_B, ...HELDOUT562_C, ...HELDOUT562_D, ...HELDOUT562_E, ...HELDOUT562_F];
