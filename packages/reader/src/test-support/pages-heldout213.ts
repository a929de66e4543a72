import type { TestPage } from './page-kit.js';
import { HELDOUT213_A } from './pages-heldout213-a.js';
import { HELDOUT213_B } from './pages-heldout213-b.js';
import { HELDOUT213_C } from './pages-heldout213-c.js';
import { HELDOUT213_D } from './pages-heldout213-d.js';
import { HELDOUT213_E } from './pages-heldout213-e.js';
import { HELDOUT213_F } from './pages-heldout213-f.js';

/**
 * Held-out batch 213, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UNICEF story (Drupal), an
 * Amnesty International news page (WordPress "humanity" theme), a Greenpeace International press release (Planet 4), a WWF
 * story on worldwildlife.org, an Oxfam International blog post (Drupal), a Médecins Sans Frontières field story (Drupal), a
 * Change.org petition page, a JustGiving fundraising page, a Wikimedia Foundation Diff blog post, a local food bank's news
 * post on the network WordPress template, a charity's annual impact report web page, and a volunteer-run campaign group's
 * update on WordPress.com.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, intro or lead paragraph is body; a pull or highlighted quote
 * inside the story is body and its attribution furniture; promos, callouts and donation boxes inside the story column
 * (a "Take action" box, a "Read the report" callout, a "Read more" link card, a legal-fund notice at the top of a post)
 * are furniture; a press release's dateline stays in its first paragraph (body), "ENDS" and its notes are body and its
 * contacts block is in neither list; a petition's text is the article and "Why this petition matters" its label
 * (furniture), the starter's name and "Started by" line bylines; a fundraising page's story is the article, the owner's
 * "is fundraising for" line the byline, totals, supporters' messages and charity boxes furniture; in the impact report the
 * headline figures are list items (body), table data cells are body, table header cells and the table caption in neither
 * list, and the "In this report" contents list (which repeats the headings) is left out; a signed-off name or sign-off
 * line at the end of a post is a byline; texts only in attributes (input values, alt text) are in neither list.
 */
export const HELDOUT213_PAGES: readonly TestPage[] = [...HELDOUT213_A, ...HELDOUT213_B, ...HELDOUT213_C, ...HELDOUT213_D, ...HELDOUT213_E, ...HELDOUT213_F];
