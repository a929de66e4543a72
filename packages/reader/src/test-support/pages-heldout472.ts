import type { TestPage } from './page-kit.js';
import { HELDOUT472_A } from './pages-heldout472-a.js';
import { HELDOUT472_B } from './pages-heldout472-b.js';
import { HELDOUT472_C } from './pages-heldout472-c.js';
import { HELDOUT472_D } from './pages-heldout472-d.js';
import { HELDOUT472_E } from './pages-heldout472-e.js';
import { HELDOUT472_E2 } from './pages-heldout472-e2.js';
import { HELDOUT472_F } from './pages-heldout472-f.js';

/**
 * Held-out batch 472, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a used pickup's vehicle details
 * page on a Dealer.com (DDC) template with quick specs, payment estimate and similar vehicles; a dealer's new-model showroom
 * page on a DealerOn template with a trims table, offers box and cookie bar; a dealer's service department page on WordPress
 * with Elementor (Hello Elementor, Complianz banner) with coupon cards; a credit union's auto loan offer landing page on HubSpot
 * CMS with a rate form; a classic car auction lot on a Next.js auction site with a bid box and comments; a one-make club's
 * for-sale thread on XenForo 2; an EV charging network's station page on Nuxt with a live status chip, map and driver
 * check-ins; a private-seller car advert on an AutoTrader-style React classifieds site (styled-components); a classic car
 * register's for-sale thread on phpBB 3.3 (prosilver); a dealership's long used-EV checklist post on Squarespace 7.1 with a
 * newsletter block, author bio and prev / next links; an EV owners' Discourse thread about a charging station; and a small
 * used-car lot's vehicle page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a vehicle's, lot's or station's label / value facts (quick specs, lot facts, pricing
 * rows, the table layout's spec table) are body, one entry a pair or row, the label and value joined with a space; table data
 * rows are body (cells joined with a space), table header cells in neither list; the listing's own asking price under the
 * h1 is body (also where it is set in an h2, as on the AutoTrader-style advert, where it is not a heading), and so is a dek or
 * subtitle line under the h1 (the showroom dek, the advert's year / body / mileage line, the station's address); payment
 * estimates and finance teasers ("Est. payment", "Or £189/month"), a live availability chip, an auction's bid box (current
 * bid, end time, bid count) and every call-to-action button are furniture; a dealer's site-wide pricing or MSRP disclaimer
 * and a coupon's small print are furniture, while a finance offer page's own APR disclosure (the page is the offer) is body;
 * service coupon cards and showroom offer boxes are furniture, the service hours table inside the service page's content is
 * body; seller / dealer contact panels, address blocks and hours in sidebars and footers are furniture; comments under an
 * auction lot and driver check-ins on a station page are furniture (commenter names and times too), while forum posts
 * (XenForo, phpBB, Discourse) are body with their user names and post dates as bylines and user titles, post counts, join
 * dates, post numbers, reaction / reply / quote buttons, a thread's prefix label ("For Sale"), category badge, tags and topic
 * stats as furniture; phpBB's per-post "Re: ..." subjects are furniture and the topic title (an h2 on phpBB) is the title;
 * the auction's "Listed by ... · date" line is a byline; screen-reader-only texts ("Thread starter", "Post", "Top") are
 * treated as hidden and are in no list; a menu or footer item whose text also occurs in the article (New, Parts, About,
 * Members, Register, Voltway Plus, Financing ...) is left out of furniture.
 */
export const HELDOUT472_PAGES: readonly TestPage[] = [
  ...HELDOUT472_A,
  ...HELDOUT472_B,
  ...HELDOUT472_C,
  ...HELDOUT472_D,
  ...HELDOUT472_E,
  ...HELDOUT472_E2,
  ...HELDOUT472_F,
];
