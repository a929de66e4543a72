import type { TestPage } from './page-kit.js';
import { HELDOUT367_A } from './pages-heldout367-a.js';
import { HELDOUT367_B } from './pages-heldout367-b.js';
import { HELDOUT367_C } from './pages-heldout367-c.js';
import { HELDOUT367_D } from './pages-heldout367-d.js';
import { HELDOUT367_E } from './pages-heldout367-e.js';
import { HELDOUT367_F } from './pages-heldout367-f.js';

/**
 * Held-out batch 367, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an AllTrails-style trail page
 * built with Next.js (stats tiles, reviews, nearby trails), a Komoot-style tour page rendered by its React app (tour stats,
 * highlights with community tips, waytypes), a national trail's official route section page on Drupal (facts list, distances
 * table, sidebar downloads), a cycling route guide on a regional tourism board's site (hero credit, fact box, pull quote,
 * accommodation cards), a hiking blog's trip report on WordPress with GeneratePress and Jetpack (share, likes, related posts,
 * comments, widgets), a mountain hut's page built with Elementor (counters, price table, testimonial), a bikepacking route
 * on a Ghost blog with the Casper theme (Koenig callout, bookmark and file cards, members CTA), a Wikiloc-style route page
 * (stats grid, waypoints, reviews), a trail conditions thread on Discourse (five posts, a quote, topic map, suggested topics),
 * a Wikivoyage-style itinerary on MediaWiki Vector 2022 (status box, listings, categories), a county parks department's trail
 * closure notice in a CivicPlus News Flash module (short text), and a gear-list post on Squarespace 7.1 (blocks, weight
 * table, newsletter block, comments).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the data pages (AllTrails, Komoot, Wikiloc, the national trail's facts list, the
 * tourism site's "At a glance" box, the hut's counters) the stats tiles' labels and values are in neither list, while the
 * written description under its section label ("Description", "Tour overview", "Waypoints") is body and the label a heading;
 * user reviews, community tips on highlights and blog comments are furniture, but on the Discourse thread every post is body
 * and a quote of an earlier post inside a reply is in neither list (its "name:" title is furniture); Wikiloc waypoint notes
 * are body and their names in neither list; a table's data cells are body and its header cells in neither list, its caption
 * body; a pull quote in the article is body and its attribution furniture; Ghost's excerpt under the title and its callout
 * card are body; an affiliate disclosure is furniture; image captions and credits are furniture; "Updated", "Page last
 * updated", "Post Date" values, Wikivoyage's "last edited" line, Wikiloc's uploader and upload date, and Discourse usernames
 * with their relative dates are bylines; a label that repeats a body text exactly (a banner name equal to the title, a
 * category label contained in a body paragraph, table-of-contents entries equal to headings) is left out of both lists.
 */
export const HELDOUT367_PAGES: readonly TestPage[] = [...HELDOUT367_A, ...HELDOUT367_B, ...HELDOUT367_C, ...HELDOUT367_D, ...HELDOUT367_E, ...HELDOUT367_F];
