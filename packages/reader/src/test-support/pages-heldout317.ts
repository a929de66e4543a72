import type { TestPage } from './page-kit.js';
import { HELDOUT317_A } from './pages-heldout317-a.js';
import { HELDOUT317_B } from './pages-heldout317-b.js';
import { HELDOUT317_C } from './pages-heldout317-c.js';
import { HELDOUT317_D } from './pages-heldout317-d.js';
import { HELDOUT317_E } from './pages-heldout317-e.js';
import { HELDOUT317_F } from './pages-heldout317-f.js';

/**
 * Held-out batch 317, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wirecutter "best of" guide with
 * pick cards, price buttons and an affiliate disclosure, a 9to5Toys deals post with a price box, a RetailMeNot store coupon page
 * built with Next.js (offer cards with code buttons and the how-to and FAQ text), a Food & Wine gift guide on the Dotdash
 * Meredith template, a Guardian Black Friday live blog, an REI Co-op Expert Advice buying guide, a PriceRunner product page with
 * its offers list and an editorial explainer, a Rakuten cashback blog post built with Elementor, a subscription box review on a
 * WordPress Genesis blog with comments, a Slickdeals-style deal thread whose posts are the body, a Substack newsletter's weekly
 * deals issue, and a Verge comparison-table article on its Next.js template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the pick and product names shown as h3 over a pick card (Wirecutter, Food & Wine)
 * and the offer titles of coupon cards (RetailMeNot) are headings, while their price buttons, retailer labels, discount badges,
 * "Verified" labels and use counts are furniture; on the coupon page the store's about, how-to and FAQ text is body, the FAQ
 * questions (h3) headings; a dek or standfirst under the h1 is body (Food & Wine, Guardian, Substack, Verge), and so is the
 * summary line under a product h1 (PriceRunner); a comparison or spec table's data cells are body, its header cells in
 * neither list; the list of shops and prices on the price-comparison page, the price history and the product rails are
 * furniture, the editorial "Our take", the key specifications and the "How we compare prices" text are body; live-blog block
 * times, relative times and "Updated at" lines are bylines, block headings are headings and the key-events links furniture; a
 * pull quote inside the article is body; affiliate disclosures, coupon callouts inside a review ("Coupon: Use code ..."), a
 * review's rating line and in-body subscribe widgets are furniture; comments on articles (Genesis, Substack) are furniture
 * and their commenters' names and times bylines; on the deal thread the original poster's deal details, the community notes
 * and every reply are body, user names and post times bylines, the deal box's prices, store, score and reputation lines
 * furniture; a reviewer's bio line under the byline is furniture; texts that also occur in the body (a store name in the deal
 * box, a product name in an "everything we recommend" list) are in neither list.
 */
export const HELDOUT317_PAGES: readonly TestPage[] = [...HELDOUT317_A, ...HELDOUT317_B, ...HELDOUT317_C, ...HELDOUT317_D, ...HELDOUT317_E, ...HELDOUT317_F];
