import type { TestPage } from './page-kit.js';
import { HELDOUT545_A } from './pages-heldout545-a.js';
import { HELDOUT545_B } from './pages-heldout545-b.js';
import { HELDOUT545_C } from './pages-heldout545-c.js';
import { HELDOUT545_D } from './pages-heldout545-d.js';
import { HELDOUT545_E } from './pages-heldout545-e.js';
import { HELDOUT545_F } from './pages-heldout545-f.js';

/**
 * Held-out batch 545, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bingo hall's opening times and
 * prices on WordPress (Astra with Elementor sections and a CookieYes banner), an amusement arcade's house rules on Squarespace 7.1
 * (fluid engine blocks, announcement bar, newsletter footer), a pier's history article on a MediaWiki heritage wiki (Vector 2022,
 * infobox, references, categories), a short pier visit page with times and prices built with Wix, a Discourse forum thread about
 * an arcade going card-only (quote, topic map, suggested topics), a council's pier history page on LocalGov Drupal (summary,
 * blockquote, figure, key-dates list, service sidebar, Civic cookie banner), an arcade's tokens and prices page on Shopify (Dawn,
 * gift card collection), a pier trust's restoration post on Ghost (Casper, callout card, read-more cards), a bingo chain's house
 * rules on Webflow (hero, FAQ accordion, CTA card, Finsweet cookie banner), a pier's opening times and admission on a 2009
 * table-layout site (font tags, marquee, hit counter), a local news story on an arcade reopening on Next.js (OneTrust, share bar,
 * ad slots, most-read rail) and a personal history post about a bingo hall on Hugo (PaperMod).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary or excerpt under the h1 (Ghost's excerpt, Hugo's description,
 * the Drupal summary, the Webflow hero paragraph, the news standfirst) is body; a table's data rows are body, one entry a row with
 * its cells joined by a space, and its header row (th cells, or the coloured td header row of the table-layout page) is in no
 * list; a definition list's term and definition make one body entry, joined by a space; list items of price and time lists are
 * body; FAQ questions marked up as h3 in an accordion are headings and their answers body; a quoted post in a forum reply is a
 * body entry, and the quote's "user:" header a byline; forum user names and post dates are bylines, like counts, topic-map
 * stats and timeline positions furniture (bare numbers such as like counts and TOC numbers are in no list); wiki reference
 * texts are body under the "References" heading, while citation markers ([1]) and backlink carets are in no list, and the
 * infobox (its caption, labels and values) is furniture except values already in the body; the "This page was last edited" line,
 * "Last updated" / "Page last updated" lines, Ghost's author name, date and reading time and Hugo's meta line are bylines;
 * on the table-layout page, the big bold font title is the title and the bold font lines over the sections are headings;
 * a callout box inside the post body (Ghost) is body, while in-article buttons (Join for free, Book a guided walk) and the
 * news story's inline "Read more:" link are furniture; captions and credits, card lists of other posts (with their dates and
 * reading times), product cards, CTA cards and newsletter boxes are furniture; screen-reader-only text (visually-hidden labels,
 * "Cart", Wix's "top of page") other than skip links is in no list, and so is text in closed `<details>` (the Hugo TOC entries),
 * `display:none` preference panels; the marquee text, hit counter and "Best viewed" line are
 * furniture; navigation texts that are also part of the title or a body entry (Bingo, Games, Visit, Gift Cards, Volunteer,
 * Opening Times, Shorecliff, Cinemas, the pier name in the council sidebar) are left out of furniture.
 */
export const HELDOUT545_PAGES: readonly TestPage[] = [...HELDOUT545_A, ...HELDOUT545_B, ...HELDOUT545_C, ...HELDOUT545_D, ...HELDOUT545_E, ...HELDOUT545_F];
