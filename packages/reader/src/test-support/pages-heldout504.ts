import type { TestPage } from './page-kit.js';
import { HELDOUT504_A } from './pages-heldout504-a.js';
import { HELDOUT504_B } from './pages-heldout504-b.js';
import { HELDOUT504_C } from './pages-heldout504-c.js';
import { HELDOUT504_D } from './pages-heldout504-d.js';
import { HELDOUT504_E } from './pages-heldout504-e.js';
import { HELDOUT504_F } from './pages-heldout504-f.js';

/**
 * Held-out batch 504, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a grooming salon's price list on
 * Squarespace 7.1, a boarding kennel's vaccination policy on WordPress (Astra with Elementor sections and a policies sidebar),
 * a dog walker's service area page built with Wix (free-plan ad banner, testimonial strip), a walking company's new-client form
 * page on Webflow, a groomer's blog post on Ghost (Casper, with members signup and read-more cards), a grooming shop's blog
 * article on Shopify (Dawn, with share button and comment form), a pet resort's boarding FAQ on HubSpot CMS (accordion, cookie
 * banner, chat widget), a country kennel's rates and rules page in an old FrontPage table layout, a dog walkers' trade forum
 * thread on Discourse, a pet-care marketplace's tipping guide on Next.js (table of contents rail, promo box, related guides), a
 * dog walker's client policies page on Weebly, and a grooming wiki article on MediaWiki (Vector legacy skin).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price list written as lines under h3 headings ("Small (up to 20 lb) — $68") gives
 * one body entry a line, its h3s are headings; a table data row is one body entry with its cells' texts joined by spaces, and
 * header cells of a body table are in neither list (header cells of a table outside the article, like Discourse's suggested
 * topics, are furniture); a small-print note under a body table is body; on a form page the intro, the "what happens next"
 * list and the privacy note under the form are body and the form's group titles (h3) are headings, while field labels,
 * checkbox labels and button texts are furniture, and Webflow's success / failure messages (hidden by webflow.css) are in no
 * list; a FAQ accordion's questions are headings and its answers body; a dek or excerpt under the h1 is body; where the page
 * title is not an h1 (Weebly's h2 wsite-content-title, the table layout's font tag) it is still the title; testimonials, a CTA
 * band or promo box inside or below the article ("Ready to book?", "Find a 5-star groomer near you"), the walker photo caption
 * and the "Questions?" box are furniture; dates and author names on read-more cards are bylines, their titles and reading times
 * furniture; the Ghost "• 5 min read" is furniture; on the forum thread every post is body (the thread has no headings), the
 * usernames and the post dates as shown (relative "Oct 3") are bylines, the category and tags furniture; the wiki infobox,
 * table of contents ("Contents"; its entries repeat the headings and are left out), edit links, categories and navigation
 * panels are furniture, MediaWiki's "last edited" line a byline; the table layout's "Last updated" line is a byline and its
 * hit counter label furniture (the count is an image); Wix's visually hidden "top of page" anchor is furniture like a skip link;
 * single-word menu items that occur as a word of the body or title (Prices, Home, Boarding, Daycare, FAQ, Policies, About,
 * Accept) are left out of furniture.
 */
export const HELDOUT504_PAGES: readonly TestPage[] = [...HELDOUT504_A, ...HELDOUT504_B, ...HELDOUT504_C, ...HELDOUT504_D, ...HELDOUT504_E, ...HELDOUT504_F];
