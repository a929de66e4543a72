import type { TestPage } from './page-kit.js';
import { HELDOUT607_A } from './pages-heldout607-a.js';
import { HELDOUT607_B } from './pages-heldout607-b.js';
import { HELDOUT607_C } from './pages-heldout607-c.js';
import { HELDOUT607_D } from './pages-heldout607-d.js';
import { HELDOUT607_E } from './pages-heldout607-e.js';
import { HELDOUT607_F } from './pages-heldout607-f.js';

/**
 * Held-out batch 607, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Open Water course page of a dive
 * centre on WordPress (Astra, Gutenberg blocks, sidebar widgets, CookieYes), a dive site guide with depths on Squarespace 7.1
 * (announcement bar, image and text blocks, newsletter footer), a kit rental price list built with Wix (rich text elements,
 * free-plan Wix banner, consent banner), a dive shop's mask-buying guide on Shopify (Dawn, share button, comment form), a
 * Rescue Diver course page on Webflow (facts list, FAQ, price card, newsletter form), a sub-aqua club's trip report on Drupal 10
 * (Olivero, tags, comments), an instructor's night diving post on Ghost (Casper, callout card, read-more cards), a Discourse
 * thread (crawler view) about equalising, a quarry dive site article on MediaWiki (Vector 2022, infobox, depth table,
 * categories), a nitrox FAQ post on HubSpot CMS (image CTA, subscribe form, HubSpot cookie banner), an old FrontPage
 * table-layout page of boat dive times and prices (font tags, left menu, hit counter), and a pre-dive checklist post on Hugo
 * (PaperMod, closed table of contents, prev / next links).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data rows (schedule, depth and price tables, the infobox) are body, one entry a
 * row with its cells joined by a space, and table header cells are in neither list; the infobox's head cell repeating the title
 * is left out and its image caption is furniture; price list items and course fact lines inside the article (Webflow's facts
 * list, a dive site's "Depth: ... · Level: ... · Current: ..." line) are body, while the same kind of facts in a sidebar widget
 * or a price card beside the article (Astra's "Quick facts", Webflow's "Course price") are furniture; a dek or excerpt under the
 * h1 (Webflow, Ghost, Hugo) is body; FAQ questions are headings and their answers body; a callout card and a blockquote in the
 * article are body; a "See also" list at the end of a wiki article and a file link with its size at the end of a post are body;
 * visually hidden texts (screen-reader-only labels such as Shopify's "Log in" and "Cart", Drupal's "Main navigation") are
 * furniture, while text the platform keeps out of view until the reader acts (Webflow's w-form-done / w-form-fail messages,
 * the contents of closed <details> such as Shopify's share fallback and Hugo's table of contents, Vector's main menu
 * dropdown, MediaWiki's print-only "Retrieved from" line) is in no list, as are SVG <title> texts and form field values;
 * comments under an article (Drupal) are furniture with their author names and times, while on the Discourse thread every
 * post is body and each poster's user name, full name and post time are bylines, the like counts furniture; a Ghost or
 * HubSpot author name and date and a Hugo post-meta author and date are bylines, the reading time ("5 min read", "3 min")
 * furniture; the dates of related posts on read-more cards are furniture; the old page's "Last updated" date is a byline
 * and its copyright line furniture; the old page's title is the bold heading in the content cell; menu items and tags that
 * occur in the title or body ("Dive Sites", "Rental", "Boat Dives", "Wrecks", "Night diving", "equalising") are left out
 * of furniture.
 */
export const HELDOUT607_PAGES: readonly TestPage[] = [...HELDOUT607_A, ...HELDOUT607_B, ...HELDOUT607_C, ...HELDOUT607_D, ...HELDOUT607_E, ...HELDOUT607_F];
