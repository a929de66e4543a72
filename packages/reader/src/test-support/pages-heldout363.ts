import type { TestPage } from './page-kit.js';
import { HELDOUT363_A } from './pages-heldout363-a.js';
import { HELDOUT363_B } from './pages-heldout363-b.js';
import { HELDOUT363_C } from './pages-heldout363-c.js';
import { HELDOUT363_D } from './pages-heldout363-d.js';
import { HELDOUT363_E } from './pages-heldout363-e.js';
import { HELDOUT363_F } from './pages-heldout363-f.js';

/**
 * Held-out batch 363, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a winery's 2025 vintage notes page
 * built with the Divi page builder on WordPress, a wine critic's review with its score box on a Drupal 10 magazine, a brewery's
 * blog post on Squarespace 7.1, an Untappd-style beer page (a data page whose main text is the short beer description), a
 * cocktail recipe post on WordPress (Kadence theme) with a WP Recipe Maker card, a distillery's tour page built on Wix, a wine
 * club's newsletter as a Mailchimp campaign archive page, a homebrewing forum thread on phpBB (prosilver), a beer style guide
 * page on Material for MkDocs, a wine shop's product page on the Shopify Dawn theme, a drinks trade news story on the Newspack
 * theme, and a pub's events listing built with Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a review's score box (score, price, region, grape, drinking window, case count) and
 * its labels are furniture, the pull quote inside the review body is body; comments on articles and their authors and dates
 * are furniture, while on the forum thread every post is body and each poster's name and post time are bylines (profile
 * ranks, post counts, join dates, signatures, "Re:" subjects and the quote header are furniture; a quoted excerpt repeating
 * an earlier post is in neither list); on phpBB the h1 is the board name, so the title is the topic title in its h2; the
 * maker's line on a product or beer page (the Shopify vendor, the Untappd brewery) is a byline, as are the beer's "Added"
 * date and the style guide's "Last update" date; the Untappd description's truncated teaser is in neither list, the full
 * description is body and the check-ins are furniture; a page-builder's number counters and their labels are furniture; a
 * recipe card's name and its Ingredients / Instructions / Notes headers are headings, its ingredients, steps and note body,
 * its meta (prep time, servings, author, rating) furniture; a product page's description and the Tasting notes and Food
 * pairing tabs are body with the tab titles as headings, the Delivery & returns tab furniture; a docs table's data cells are
 * body, its header cells furniture; the table-of-contents entries that repeat the headings, and Shopify's hidden duplicate
 * product title, are in neither list; a news subtitle (dek) is body; a newsletter's preheader is furniture and its sign-off
 * name a byline; on the events listing each event's name is a heading and its date-and-price line and description body,
 * the booking buttons furniture.
 */
export const HELDOUT363_PAGES: readonly TestPage[] = [...HELDOUT363_A, ...HELDOUT363_B, ...HELDOUT363_C, ...HELDOUT363_D, ...HELDOUT363_E, ...HELDOUT363_F];
