import type { TestPage } from './page-kit.js';
import { HELDOUT650_A } from './pages-heldout650-a.js';
import { HELDOUT650_B } from './pages-heldout650-b.js';
import { HELDOUT650_C } from './pages-heldout650-c.js';
import { HELDOUT650_D } from './pages-heldout650-d.js';
import { HELDOUT650_E } from './pages-heldout650-e.js';
import { HELDOUT650_F } from './pages-heldout650-f.js';

/**
 * Held-out batch 650, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an acoustic guitar product page on
 * Shopify (Dawn) with a spec accordion, a guitar setup and repair service page on WordPress with Elementor (Hello theme, price
 * list and testimonial carousel), a short violin bow rehair service page on Squarespace 7.1 (Fluid Engine), a drum kit buying
 * guide on a Wix blog post, a long guide to renting or buying a student violin on Ghost (Casper), a humidity care article on a
 * violin makers' guild site on Drupal 10 (Olivero) with tags and a comment, a custom guitar builder's build-process page on
 * Webflow with numbered steps, a Discourse thread about a buzzing snare with an accepted solution, a ride cymbal product page on
 * BigCommerce (Cornerstone) with reviews, a guitar-string blog post on HubSpot CMS (Growth) with a CTA and cookie banner, a
 * luthier's refret journal entry on Hugo (PaperMod) with a table of contents and a fret table, and a violin shop's repairs page
 * in an old FrontPage table layout with a left menu and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: product and service pages are kind 'docs', guides and journals 'blog'; on product
 * pages the product description, its "what's in the box" list and the specification table are body and the spec accordion's
 * "Specifications" heading a heading, while the vendor or brand label, price, tax note, SKU, variant and quantity labels, cart
 * and buy buttons, the store-wide "Shipping & returns" accordion and its text, reviews (title and text) and related products are
 * furniture; a review's or a comment's "Posted by" line, author name and date are bylines; a dek or standfirst under the h1
 * (Ghost excerpt, Webflow hero paragraph, Hugo description) is body, an eyebrow label over the h1 furniture; a price list entry
 * (Elementor) is two body entries, "title price" and its description; a table data row is one body entry with its cells joined
 * by a space (a row label <th> included), while a table's header row (<thead> cells, or the bold first row of the old layout) is
 * in neither list; decorative step numbers (01-04) are furniture; testimonials, CTA bands and buttons ("Book a check-in", "Book
 * a restring", "Join the waiting list") are furniture; reading times, view, like and comment counts are furniture unless they
 * sit in one meta line with the date and author (Hugo's PaperMod line, kept whole as one byline); on the Discourse thread every
 * post's paragraphs are body, user names and the short dates shown are bylines, the "Solved" and "Solution" labels, like counts,
 * topic-map stats and suggested topics furniture; in the table layout the big bold centred line is the title and the bold
 * coloured lines are headings, the "last updated" line a byline, the hit counter text furniture (its number is an image);
 * screen-reader-only texts (visually-hidden, is-srOnly, footer-title-sr-only) count as visible furniture, while elements with
 * `hidden` or aria-hidden and a duplicate hidden product title are in no list; form input values, placeholders and images are in
 * no list; a furniture or byline text that also occurs inside the title, a heading or a body entry, as whole words in any case, is
 * left out (the batch's `gold()` helper applies this), and each text is listed once.
 */
export const HELDOUT650_PAGES: readonly TestPage[] = [...HELDOUT650_A, ...HELDOUT650_B, ...HELDOUT650_C, ...HELDOUT650_D, ...HELDOUT650_E, ...HELDOUT650_F];
