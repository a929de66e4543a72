import type { TestPage } from './page-kit.js';
import { HELDOUT169_A } from './pages-heldout169-a.js';
import { HELDOUT169_B } from './pages-heldout169-b.js';
import { HELDOUT169_C } from './pages-heldout169-c.js';
import { HELDOUT169_D } from './pages-heldout169-d.js';
import { HELDOUT169_E } from './pages-heldout169-e.js';
import { HELDOUT169_F } from './pages-heldout169-f.js';

/**
 * Held-out batch 169, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikiversity lesson page, a
 * Wikidata item page, an Appropedia project article, a Rosetta Code task page, an Esolang wiki language article, a NixOS Wiki
 * service page, a PCGamingWiki game page, an Old School RuneScape Wiki quest page, a wiki.gg game wiki item article, a
 * Stardew Valley Wiki villager page, a Wikiquote page about a novelist and a Wikipedia article on a siege with many footnotes.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body (header cells in neither list); infoboxes, navboxes,
 * hatnotes, maintenance boxes, sister-project boxes and the MediaWiki "edit" section links are furniture, and the "This page
 * was last edited on ..." footer line is a byline; the sidebar or in-page table of contents, which repeats the headings, is
 * left out (only "Contents" and "(Top)" are furniture); footnote markers ([1], [a], [citation needed]) stay in their
 * paragraphs as texts() gives them, while the Notes and References sections (headings and entries) are in neither list;
 * "See also" and "External links" lists are body; note boxes that are part of the text ("Note: ...") and the reaction
 * quotes on the villager page are body; on the Wikidata item the description, aliases and statement values are body, the
 * property labels, qualifiers and sitelink entries are in neither list and the h2 section titles are the headings; on the
 * Rosetta Code task the language h2s are the headings, code and "Output:" blocks in neither list; quest details cells are
 * body; Wikiquote quotes and their source lines (nested list items) are body; a short furniture text equal to a gold text
 * is left out of the furniture.
 */
export const HELDOUT169_PAGES: readonly TestPage[] = [...HELDOUT169_A, ...HELDOUT169_B, ...HELDOUT169_C, ...HELDOUT169_D, ...HELDOUT169_E, ...HELDOUT169_F];
