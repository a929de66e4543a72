import type { TestPage } from './page-kit.js';
import { HELDOUT433_A } from './pages-heldout433-a.js';
import { HELDOUT433_B } from './pages-heldout433-b.js';
import { HELDOUT433_C } from './pages-heldout433-c.js';
import { HELDOUT433_D } from './pages-heldout433-d.js';
import { HELDOUT433_E } from './pages-heldout433-e.js';
import { HELDOUT433_F } from './pages-heldout433-f.js';

/**
 * Held-out batch 433, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a theme park's ride page with
 * height restrictions on Drupal 10, a show cave's visitor guide built with Elementor on WordPress, an aquarium's what's-on
 * page on Squarespace 7.1, a castle's visit page on a heritage trust's Next.js site (styled-components classes), a water
 * park's safety rules on a free-plan Wix site, an attraction listing with reviews on a Tripadvisor-style review site, a
 * theme-park fan blog's trip report on Blogger, a park news site's article about a new dive coaster on tagDiv's Newspaper
 * theme, a family days-out listicle on a Reach plc-style regional news site, an escape room's booking page on Webflow, a
 * cinema-and-bowling complex's offers page on Nuxt (Vue) and a fan forum thread about queue times on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the data cells of a table inside the article (rider requirements, admission
 * prices, coaster statistics) are body, one entry a cell, and its header cells are in neither list; a news standfirst is
 * body; the facts panels and badges beside a page's text (thrill level, players, duration, opening hours) are furniture;
 * on the Blogger page the title is the post's h3.post-title (the blog name in the h1 is furniture), and on phpBB it is the
 * topic's h2.topic-title (the board name in the h1 and the "Re:" post subjects are furniture); on the review listing the
 * About text, each review's title and text and the manager's response are body, while reviewer names, trip dates,
 * "Written" dates and the response header are bylines and home towns, contribution counts, bubble ratings and the
 * review disclaimers are furniture; on the forum thread a quoted passage inside a reply is body and its "wrote:" cite a
 * byline; offer-card titles on the offers page are headings under their h2 groups, with the "T&Cs apply" and "Book now"
 * labels furniture; comments under the blog post are furniture (their names and dates too); a Reach job title under the
 * author's name is a byline, and the lone "Updated" label as well; a nav or breadcrumb label that also occurs inside a
 * body text (a place name, "Offers") is left out of the furniture list rather than listed twice.
 */
export const HELDOUT433_PAGES: readonly TestPage[] = [...HELDOUT433_A, ...HELDOUT433_B, ...HELDOUT433_C, ...HELDOUT433_D, ...HELDOUT433_E, ...HELDOUT433_F];
