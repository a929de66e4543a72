import type { TestPage } from './page-kit.js';
import { HELDOUT151_A } from './pages-heldout151-a.js';
import { HELDOUT151_B } from './pages-heldout151-b.js';
import { HELDOUT151_C } from './pages-heldout151-c.js';
import { HELDOUT151_D } from './pages-heldout151-d.js';
import { HELDOUT151_E } from './pages-heldout151-e.js';
import { HELDOUT151_F } from './pages-heldout151-f.js';

/**
 * Held-out batch 151, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia article on a chemical
 * compound with a chembox, a Wikipedia article on a football league season with tables, a Wikivoyage itinerary, a Fandom
 * wiki article about a novel, a Liquipedia esports team article, a Gentoo Wiki package page, a Wikibooks Cookbook recipe, an
 * OSDev wiki page, a RationalWiki article, a university library LibGuides research guide page, a Mayo Clinic symptoms page
 * and a Cleveland Clinic disease article with an FAQ. Brands, people, places and facts are invented; the markup follows the
 * real templates. Not yet measured.
 * Gold conventions beyond the usual ones: all twelve pages are kind "wiki"; a wiki footer's "last edited/modified" time and a
 * guide's or health article's "last updated/reviewed" time are bylines; citation markers ([1]) stay in their paragraphs
 * (body), while reference and note lists with their headings are furniture; "See also", "External links/resources" sections
 * (headings and link lists) are furniture; infoboxes (chembox, season box, portable infobox, team box, recipe summary) are in
 * neither list except their image captions, notes and section/navigation labels, which are furniture; table data cells of
 * article tables are body one entry a cell, header cells (including row headers and a roster's title row) are in neither
 * list; hatnotes, maintenance message boxes, spoiler notices, rating boxes, site notices and navboxes are furniture; a note
 * or warning box of a docs-like wiki page is body, its label in neither list; command and file boxes are in neither list;
 * Wikivoyage listings are body from their name on, the map marker number in neither list and the "updated" stamp and edit
 * link furniture; a dek-like summary or guide description under the title is body; an epigraph is body, its attribution
 * line in neither list; tables of contents and "On this page" lists that repeat the headings are left out, and a short
 * furniture text whose words all occur in a short gold line is left out (see dropClashes in file a2).
 */
export const HELDOUT151_PAGES: readonly TestPage[] = [...HELDOUT151_A, ...HELDOUT151_B, ...HELDOUT151_C, ...HELDOUT151_D, ...HELDOUT151_E, ...HELDOUT151_F];
