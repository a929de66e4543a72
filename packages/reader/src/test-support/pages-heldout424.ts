import type { TestPage } from './page-kit.js';
import { HELDOUT424_A } from './pages-heldout424-a.js';
import { HELDOUT424_B } from './pages-heldout424-b.js';
import { HELDOUT424_C } from './pages-heldout424-c.js';
import { HELDOUT424_D } from './pages-heldout424-d.js';
import { HELDOUT424_E } from './pages-heldout424-e.js';
import { HELDOUT424_F } from './pages-heldout424-f.js';

/**
 * Held-out batch 424, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tackle shop's weekly fishing
 * report on WordPress (GeneratePress) with comments, an angling magazine's news article on a Future-style "Vanilla" template
 * with a gear box and price widgets, a state wildlife agency's fall turkey and small game regulations summary on Drupal 10
 * with a season table, a fly-fishing guide service's blog post on Squarespace 7.1 with comments, an equestrian federation's
 * championship report with two results tables on Umbraco / Bootstrap 5, a horse feed brand's senior-horse care article on a
 * Shopify blog (Dawn) with a comment, a tide and bite-times data page on a Next.js site with two tables and short prose, a
 * hunting forum thread on XenForo 2 (the posts are the body), a riding school's lesson programme page built with Elementor,
 * a fishing-lake venue page with a rules list on Wix, an archery club's news post on Joomla 4 (Cassiopeia), and a
 * boat-fishing charter's trip listing on Webflow with a FareHarbor booking widget.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: data cells of tables inside the article (season dates, results, tide and bite
 * times) are body, one entry per cell, a table's caption is body, and header cells are in neither list; a standfirst or
 * strapline and a pull quote written for the article are body, the quote's attribution line furniture; a gear box the
 * author wrote inside the article is body (its title a heading), its price widgets and "View Deal" buttons furniture; an
 * inline "Read more:" promo is furniture; an author's one-line bio under the body is furniture; on the Elementor page the
 * hero subtitle is body, while price tables, testimonials and the enquiry form are furniture; on the charter listing each
 * trip's name is a heading and its description and facts list (duration, price, ages) are body, the "Book now" buttons and
 * the booking calendar section furniture; on the tide page the date strip, moon and sun card and the datum note are
 * furniture, the "Updated" line a byline; on the forum thread the quoted excerpt inside a reply repeats the first post and
 * is in neither list, the "said:" attribution, user titles, join dates, message counts, signatures and post actions are
 * furniture, the posters' names and post dates bylines; on the Joomla article the "Written by:" and "Published:" lines are
 * bylines while category and hits are furniture; the Drupal page's "Last updated:" label and date are bylines, its
 * "Did you know?" callout text body and the callout label furniture; comments on articles are furniture, except that the
 * article author's name is listed once, as a byline, where they also reply in the comments.
 */
export const HELDOUT424_PAGES: readonly TestPage[] = [...HELDOUT424_A, ...HELDOUT424_B, ...HELDOUT424_C, ...HELDOUT424_D, ...HELDOUT424_E, ...HELDOUT424_F];
