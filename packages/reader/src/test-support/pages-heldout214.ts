import type { TestPage } from './page-kit.js';
import { HELDOUT214_A } from './pages-heldout214-a.js';
import { HELDOUT214_B } from './pages-heldout214-b.js';
import { HELDOUT214_C } from './pages-heldout214-c.js';
import { HELDOUT214_D } from './pages-heldout214-d.js';
import { HELDOUT214_E } from './pages-heldout214-e.js';
import { HELDOUT214_F } from './pages-heldout214-f.js';

/**
 * Held-out batch 214, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a MICHELIN Guide restaurant page,
 * a Difford's Guide cocktail recipe, an OpenTable restaurant profile, a Yelp business page with reviews, a Zomato restaurant
 * overview, a wine merchant's tasting-notes post (WordPress, WooCommerce, Flatsome), a craft brewery's news post (Shopify
 * Dawn), a coffee roaster's V60 brew guide (WordPress, Elementor), a newspaper critic's restaurant review (Guardian-style
 * dotcom-rendering template), a food-safety agency's allergy recall notice (GOV.UK Design System), a farmers' market
 * newsletter on Mailchimp's campaign archive page and a restaurant's own story-and-menu page (BentoBox).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on restaurant-listing pages (MICHELIN Guide, OpenTable, Zomato) the article is the
 * descriptive text (the inspector's view, the restaurant's own description) and the data blocks around it (address, price and
 * cuisine, distinctions, tags, facilities, hours, ratings, cost, amenities, generated FAQs) are furniture, and on OpenTable
 * and Zomato the diners' reviews are furniture (comments on a blog-kind page); on the Yelp page (a forum) the owner's "About
 * the Business" text, every review and the owner's reply are body; an ingredient or recipe table row without row headers is
 * one body entry (amount and ingredient together), while a table with row headers (the recall notice) gives its data cells
 * as body; a dek or standfirst, a review's closing address-and-prices line and its scores are body; a newsletter's greeting
 * and closing lines are body, its issue line and signed-off name bylines; on a menu, section headers are headings, dish names
 * and descriptions body, prices and hidden tab panels in neither list; captions under in-text images are furniture; short
 * furniture texts that are also words of a short gold line (a title, heading, short list item) are left out.
 */
export const HELDOUT214_PAGES: readonly TestPage[] = [...HELDOUT214_A, ...HELDOUT214_B, ...HELDOUT214_C, ...HELDOUT214_D, ...HELDOUT214_E, ...HELDOUT214_F];
