import type { TestPage } from './page-kit.js';
import { HELDOUT500_A } from './pages-heldout500-a.js';
import { HELDOUT500_B } from './pages-heldout500-b.js';
import { HELDOUT500_C } from './pages-heldout500-c.js';
import { HELDOUT500_D } from './pages-heldout500-d.js';
import { HELDOUT500_E } from './pages-heldout500-e.js';
import { HELDOUT500_F } from './pages-heldout500-f.js';

/**
 * Held-out batch 500, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a half marathon's race information
 * page built with Elementor (Hello Elementor, theme builder header and footer, Complianz banner), a 10K results page on an old
 * hand-written table layout with font tags and a left nav cell, a club coach's 16-week marathon plan as a Squarespace 7.1 blog
 * post with a plan table, a free 5K's weekly run report on WordPress (Twenty Twenty-One), a club's winter handicap standings on
 * Wix (Wix Table element, free-site banner), a running news article on Ghost (Source theme) with a "Read more" feed, a first
 * marathon pacing thread on Discourse (crawler view), a race article on MediaWiki (Vector 2022) with an infobox and a records
 * table, a trail race's event page on Webflow with a facts grid and a sponsor strip, a runner's marathon race report on Hugo
 * (PaperMod) with a splits table, a city marathon's race-day guide on Next.js, and a running shop's run club post on Shopify
 * (Dawn) with a comment form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or summary under the h1 is body; a table's data rows are body, one
 * entry a row with its cells joined by a space, and its header cells are in neither list; the labels of a label / value facts
 * grid or list (Webflow's Date / Start / Elevation / Entry cards) are treated like table header cells and are in neither list,
 * their values body, while a facts list whose items carry label and value in one line (the Elementor icon list) is body item
 * by item; a race's "Enter now" buttons, countdowns, "Still have a question?" boxes and app promotions inside the article
 * (the Next.js "Download the app" callout) are furniture, while a callout that carries the article's own information (Ghost's
 * course map callout) is body; a results page's sponsor line and download links are furniture; a run report's volunteer list
 * is body; a wiki infobox (its title, caption, labels and values) is furniture, with texts that repeat the title or body left
 * out, and the wiki's "last edited" line is a byline; text that the real site's stylesheet keeps hidden (MediaWiki's print
 * footer, Webflow's form success and failure messages, Shopify's closed cart drawer, the collapsed PaperMod table of contents'
 * entries) is in no list, while visually-hidden link labels meant for screen readers ("Port Callan Marathon home", "Log in",
 * "Cart") are furniture as in earlier batches, and aria-hidden text is in no list; reading times are furniture, except in
 * PaperMod's one-line post meta (date · reading time · author), which is one byline; dates of other posts in related feeds are
 * furniture; on a forum thread every post is body and the poster names and post times are bylines, "Likes" counts, tags and the
 * related topics table (its header and cells) furniture; a kicker or eyebrow over the h1 ("Trail race · 25 km") is furniture;
 * comment form labels are furniture, placeholders and button values in no list; a results page's "Page last updated" line and
 * a guide's "Last updated" line are bylines.
 */
export const HELDOUT500_PAGES: readonly TestPage[] = [...HELDOUT500_A, ...HELDOUT500_B, ...HELDOUT500_C, ...HELDOUT500_D, ...HELDOUT500_E, ...HELDOUT500_F];
