import type { TestPage } from './page-kit.js';
import { HELDOUT292_A } from './pages-heldout292-a.js';
import { HELDOUT292_B } from './pages-heldout292-b.js';
import { HELDOUT292_C } from './pages-heldout292-c.js';
import { HELDOUT292_D } from './pages-heldout292-d.js';
import { HELDOUT292_E } from './pages-heldout292-e.js';
import { HELDOUT292_F } from './pages-heldout292-f.js';

/**
 * Held-out batch 292, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional tourism board's
 * destination guide on Drupal 10, a Lonely Planet-style "best time to visit" article built with Next.js, a WordPress
 * (GeneratePress) travel blog itinerary with an affiliate disclosure, a table of contents and affiliate product boxes, a
 * Tripadvisor-style travel forum thread, a Rick Steves-style guidebook walk, a national park's visitor page on the park service's
 * template (short main text with an hours table), an airline's inflight-magazine feature on Ghost, a rail-pass explainer on a
 * Nuxt (Vue) shop page with a fare table and pass cards, a city visitor bureau's "free things to do" listicle built with
 * Squarespace 7.1 blocks, a hostel chain's blog post on HubSpot CMS, a Wikivoyage-style itinerary on MediaWiki (Vector 2022)
 * and a cruise line's port guide on Adobe Experience Manager core components.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or dek under the title (Ghost's excerpt, the Nuxt hero's subtitle) is
 * furniture; reading times are furniture, authors, dates and "Updated" / "Page last reviewed" / "Last updated" / "last edited"
 * values are bylines (the labels themselves furniture when separate); table-of-contents entries that repeat the article's headings
 * are in neither list (their other entries, such as "(Top)", are furniture); affiliate boxes, booking call-outs ("Fly there"),
 * CTA buttons, "Read more" / "Read next" promos, tour promos and the guidebook's "adapted from" note are furniture; on the forum
 * thread every post is body, usernames and post dates are bylines, and per-post "Re:" titles, locations, post counts and expert
 * badges are furniture; table data cells inside the article (park hours, pass prices, route sections) are body, header cells in
 * neither list; on the listicle each numbered item's title is a heading and its text body; shore-excursion cards and pass cards
 * with prices next to the article are furniture; comments on articles and author boxes are furniture; the guidebook's byline
 * has no date.
 */
export const HELDOUT292_PAGES: readonly TestPage[] = [...HELDOUT292_A, ...HELDOUT292_B, ...HELDOUT292_C, ...HELDOUT292_D, ...HELDOUT292_E, ...HELDOUT292_F];
