import type { TestPage } from './page-kit.js';
import { HELDOUT682_A } from './pages-heldout682-a.js';
import { HELDOUT682_B } from './pages-heldout682-b.js';
import { HELDOUT682_C } from './pages-heldout682-c.js';
import { HELDOUT682_D } from './pages-heldout682-d.js';
import { HELDOUT682_E } from './pages-heldout682-e.js';
import { HELDOUT682_F } from './pages-heldout682-f.js';

/**
 * Held-out batch 682, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a recording studio's rates page on
 * Squarespace 7.1 with room lists, a rate table and a newsletter block, a studio equipment list on WordPress with Elementor
 * (Hello theme, icon-list widgets, Complianz cookie banner), a session case study on a Webflow CMS template with a facts and
 * stats strip and a figure, a short rehearsal rooms page built with Wix, a studio journal post about room acoustics on Ghost
 * (Casper) with read-more cards, a rehearsal room etiquette thread on Discourse (crawler view), a local music news article on
 * a rehearsal studio closing on Next.js with a share bar and most-read rail, an online mixing service product page on Shopify
 * (Dawn) with collapsible tabs, a booking FAQ on Hugo (Ananke) with a contents aside, a MediaWiki (Vector legacy) article on a
 * closed studio with infobox and references, a rehearsal rates page on an old hand-built table layout with font tags and a
 * hit counter, and a first-session checklist blog post on HubSpot CMS with a CTA image and cookie banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a table's data rows are body, one
 * entry a row with its cells' texts joined by a space, and header rows are in neither list; list items of rate cards, equipment
 * icon lists and FAQ answers are body, the h3 room names and FAQ questions headings; on the table layout page the big bold
 * font line is the title and the bold font section labels are headings, "Site last updated" a byline and the visitor counter
 * furniture; buttons and calls to action inside or around the article (Check availability, Book a Room, Ask about a piece of
 * gear) are furniture, an image-only CTA in no list; figure captions and photo credits are furniture; the case study's facts
 * strip (Client / Services / Engineer) and stats strip and the wiki infobox are furniture, like a museum label's object facts,
 * while the case study's quoted client testimonial (with its attribution) is one body entry; on the Shopify product page the
 * vendor caption, price, tax note, variant and quantity labels and buy buttons are furniture, and the collapsible tabs'
 * titles are headings and their (collapsed, in the DOM) contents body; a forum thread's posts are body, user names and post
 * times bylines, like counts, post numbers, tags and category furniture, and the related-topic table's titles and counts
 * furniture with its activity months as bylines; dates on read-more cards are bylines, reading time furniture; in the wiki the
 * references list is body, inline citation markers stay in their paragraph's text, [edit] links, "Retrieved from", categories
 * and tool links are furniture, the contents box (repeating the headings) is left out, and "This page was last edited" is a
 * byline; the Dawn theme's CSS-hidden second product title repeats the title and is in no list; furniture and byline texts
 * equal to a run of whole words of the title, a heading or a body entry (case-insensitive) are left out.
 */
export const HELDOUT682_PAGES: readonly TestPage[] = [...HELDOUT682_A, ...HELDOUT682_B, ...HELDOUT682_C, ...HELDOUT682_D, ...HELDOUT682_E, ...HELDOUT682_F];
