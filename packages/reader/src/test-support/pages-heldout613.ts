import type { TestPage } from './page-kit.js';
import { HELDOUT613_A } from './pages-heldout613-a.js';
import { HELDOUT613_A2 } from './pages-heldout613-a2.js';
import { HELDOUT613_B } from './pages-heldout613-b.js';
import { HELDOUT613_B2 } from './pages-heldout613-b2.js';
import { HELDOUT613_C } from './pages-heldout613-c.js';
import { HELDOUT613_D } from './pages-heldout613-d.js';
import { HELDOUT613_E } from './pages-heldout613-e.js';
import { HELDOUT613_F } from './pages-heldout613-f.js';

/**
 * Held-out batch 613, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cattery's rates and vaccination
 * rules on WordPress with Elementor Pro (Hello Elementor, CookieYes), a pond fish care guide on a Squarespace 7.1 blog with
 * comments and a newsletter block, a pet shop's food delivery page on Shopify (Dawn) with a product grid and a cart drawer, a
 * koi keepers' white spot thread on Discourse (crawler view) with related topics, a bristlenose pleco article on a MediaWiki
 * fishkeeping wiki (Vector 2022) with an infobox and a water table, a cattery's "what to bring" page on Webflow with a Finsweet
 * cookie banner, a pet shop's moving notice on Ghost (Casper) with a read-more rail, an aquatic centre's aquarium cycling post on
 * Wix Blog with recent posts, a cat charity's "choosing a cattery" advice page on Drupal 10 with a sidebar, a pet chain's hamster
 * cage guide on Next.js with product cards inside the article, an aquatic centre's hours and livestock page on an old
 * FrontPage table layout, and a grooming FAQ page on HubSpot CMS with an accordion.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or excerpt under the h1 (Ghost, Drupal, Next.js) is body; table data rows
 * are body, one entry a row with the cells joined by a space, while table header cells are in neither list; FAQ questions (h3 in
 * the accordion) are headings and their answers body, the closed answers included; list items written as lines with <br> and a
 * bullet image (the table-layout page) are body one a line; the "Bank holidays" note under the hours table and a short lead-in
 * line before a list ("Finish the set-up with:", "A summer checklist:") are body; a weekly "Updated ..." line inside the article,
 * a "Last reviewed" field (label and date), a wiki's "This page was last edited" line and the author and date of a post are
 * bylines, while reading times ("2 min read") are furniture; comments under an article are furniture but their authors and dates
 * are bylines, while on the Discourse thread every post is body and the user names and post times are bylines, the like counts,
 * tags and related-topic rows furniture; a wiki infobox (labels, values, image caption), its table of contents, edit tabs and
 * category links are furniture; product cards (names, prices, "Add to basket") inside or after an article are furniture;
 * visually hidden headings and labels (Drupal's "Main navigation", "Breadcrumb", "Footer"; Shopify's "Cart") and text hidden only
 * by the stylesheet (Shopify's closed cart drawer and menu drawer, Wix's "top of page") are furniture, while text inside an
 * aria-hidden duplicate menu repeats furniture already listed; call-to-action buttons inside the content area ("Book a stay",
 * "Book a grooming appointment") and CTA boxes after it are furniture; a site's address, phone and hours in the footer are
 * furniture, but a phone number written into an article's paragraph is body; a marquee banner and a hit counter label are
 * furniture; the product-card image alts and the Discourse tag list commas are in no list; menu items, tags and infobox values
 * that also occur as words of the body (the pond page's "Shop", "koi", "goldfish"; the wiki's "Catfish"; the table page's
 * "Tropical", "Coldwater", "Marine", "Ponds") are left out of furniture.
 */
export const HELDOUT613_PAGES: readonly TestPage[] = [
  ...HELDOUT613_A,
  ...HELDOUT613_A2,
  ...HELDOUT613_B,
  ...HELDOUT613_B2,
  ...HELDOUT613_C,
  ...HELDOUT613_D,
  ...HELDOUT613_E,
  ...HELDOUT613_F,
];
