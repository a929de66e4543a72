import type { TestPage } from './page-kit.js';
import { HELDOUT330_A } from './pages-heldout330-a.js';
import { HELDOUT330_B } from './pages-heldout330-b.js';
import { HELDOUT330_C } from './pages-heldout330-c.js';
import { HELDOUT330_D } from './pages-heldout330-d.js';
import { HELDOUT330_E } from './pages-heldout330-e.js';
import { HELDOUT330_F } from './pages-heldout330-f.js';

/**
 * Held-out batch 330, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Eater-style restaurant review
 * on Vox Media's duet templates with its details box, a Michelin Guide-style restaurant entry (a data page with a short
 * inspector's note), a Yelp-style business page whose reviews are the body, a cocktail bar's menu page on Squarespace 7.1,
 * a wine-tasting note on a WooCommerce Storefront shop blog, a brewery's blog post on Shopify's Dawn theme, a Time Out-style
 * nightlife listing on a Next.js front end, a food critic's Substack post, a restaurant group's press page built with Wix, a
 * chef's interview Q&A on a Ghost magazine, an OpenTable-style reservation page with its About text, and a cocktail recipe
 * on WordPress with the WP Recipe Maker card.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle written under the h1 (Eater, Time Out, Substack,
 * Ghost's excerpt) is body; Eater's review details box inside the article body (address, hours, prices) is body, its label
 * "The details" in neither list, while the Michelin data sheet (address, price and cuisine lines under the h1), its hours
 * and facilities and OpenTable's "Additional information" sidebar are furniture; on the Yelp page the reviews are the body,
 * reviewers' names and review dates bylines, their home towns, counts and reactions furniture, while on the OpenTable page,
 * whose article is the About text, the diner reviews and their names and dates are furniture; on the Squarespace menu each
 * drink's name, description and price are body and the menu's section titles are headings; Time Out's numbered entry
 * titles are headings and the "What is it?" / "Why go?" labels stay inside their body paragraphs, the entries' price lines
 * are body and their area and "Recommended" tags furniture; table cells of the brewery post (no header row) are body; on
 * the Wix press page the h1 "Press" is the title, the release title and its "About" sub-heading are headings, the release
 * date a byline, and the "For immediate release" and media-contact lines furniture; Ghost's bold questions are body
 * paragraphs and its section titles headings; the recipe card's repeat of the title as h2 is in neither list, its
 * Equipment / Ingredients / Instructions / Notes labels are headings and their items body, its times, servings, rating
 * and nutrition line furniture; "Posted on" and reading-time lines are bylines; comments on articles are furniture and
 * their authors and dates bylines.
 */
export const HELDOUT330_PAGES: readonly TestPage[] = [...HELDOUT330_A, ...HELDOUT330_B, ...HELDOUT330_C, ...HELDOUT330_D, ...HELDOUT330_E, ...HELDOUT330_F];
