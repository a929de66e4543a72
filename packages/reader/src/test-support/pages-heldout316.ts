import type { TestPage } from './page-kit.js';
import { HELDOUT316_A } from './pages-heldout316-a.js';
import { HELDOUT316_B } from './pages-heldout316-b.js';
import { HELDOUT316_C } from './pages-heldout316-c.js';
import { HELDOUT316_D } from './pages-heldout316-d.js';
import { HELDOUT316_E } from './pages-heldout316-e.js';
import { HELDOUT316_F } from './pages-heldout316-f.js';

/**
 * Held-out batch 316, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a children's news story on a
 * Newsround-style public broadcaster's template, a kids' science explainer on a WordPress news-for-students theme, a teen
 * advice column on a Squarespace 7.1 blog, a scout group's camp report on WordPress's Twenty Twenty-Four block theme, a
 * homework-help thread on a Discourse forum with the Solved plugin, a school's student newspaper article on an SNO Sites
 * theme, a youth football club's match report on a Wix site with the Wix Blog app, a public library's summer reading
 * challenge page on Drupal's Olivero theme, an educational game's guide for parents in a Zendesk Guide help centre, a
 * children's charity's story built with Elementor, a summer camp's programme page rendered by a Next.js app, and a
 * children's TV programme's page on a Fandom wiki.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Discourse thread every post, the asker's thanks included, is body, and
 * the Solved panel, like counts and topic map are furniture; the advice column's reader letter (in a blockquote) and the
 * columnist's sign-off are body, the helplines box beside the answer is furniture; a pull quote or blockquote inside the
 * story is body and its attribution line furniture; a science explainer's glossary box ("Power Words") is part of the
 * article: its label a heading, its entries body; a table's caption and data cells are body, its header cells in neither
 * list (a dash-only cell is left out); the camp page's FAQ questions are headings and their answers body, its price badge,
 * tagline, eyebrow, parents' reviews carousel and sticky booking bar furniture, and it has no byline; the wiki's portable
 * infobox, table of contents and edit links are furniture, its episode table body (episode numbers skipped as too
 * short); a deck or standfirst under the headline is furniture; a library page's "Last updated" line is a byline; Wix's
 * "3 min read" and a Zendesk "Updated 2 months ago" line are bylines; image captions, credits and comment texts are furniture.
 */
export const HELDOUT316_PAGES: readonly TestPage[] = [...HELDOUT316_A, ...HELDOUT316_B, ...HELDOUT316_C, ...HELDOUT316_D, ...HELDOUT316_E, ...HELDOUT316_F];
