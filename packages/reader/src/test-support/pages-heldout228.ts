import type { TestPage } from './page-kit.js';
import { HELDOUT228_A } from './pages-heldout228-a.js';
import { HELDOUT228_B } from './pages-heldout228-b.js';
import { HELDOUT228_C } from './pages-heldout228-c.js';
import { HELDOUT228_D } from './pages-heldout228-d.js';
import { HELDOUT228_E } from './pages-heldout228-e.js';
import { HELDOUT228_F } from './pages-heldout228-f.js';

/**
 * Held-out batch 228, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Patagonia-style "Stories" article
 * on Salesforce Commerce Cloud, an Everlane-style journal post on Next.js, a Glossier-style editorial post on Shopify, a
 * Waterstones-style staff-picks blog post, a supermarket recipe hub page (Tesco Real Food shape), a furniture retailer's buying
 * guide (John Lewis / IKEA shape), a bike shop's maintenance guide on Shopify, a tea company's Shopify blog post, an electronics
 * retailer's buying guide (Currys shape), a Lush-style product page, a mattress brand's sleep guide (Emma / Simba shape) and a
 * camera maker's photography tips article (Canon / Nikon shape).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, intro or standfirst is body; a pull quote set inside the text is body; headings
 * inside list items (numbered steps) are headings; product tiles, "shop the story" blocks, prices and add-to-bag buttons inside
 * the article are furniture; a staff pick's "Chosen by" line is a byline; a recipe hub's recipe cards (titles, times, ratings)
 * are furniture; a product page's description, ingredients text and how-to-use text are the body, its price, size, ratings,
 * reviews and buttons furniture; a guide's sources list is in neither list; an author's job title and a blog's reader comments
 * (with the commenter's name and date) are furniture; a short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT228_PAGES: readonly TestPage[] = [...HELDOUT228_A, ...HELDOUT228_B, ...HELDOUT228_C, ...HELDOUT228_D, ...HELDOUT228_E, ...HELDOUT228_F];
