import type { TestPage } from './page-kit.js';
import { HELDOUT310_A } from './pages-heldout310-a.js';
import { HELDOUT310_B } from './pages-heldout310-b.js';
import { HELDOUT310_C } from './pages-heldout310-c.js';
import { HELDOUT310_D } from './pages-heldout310-d.js';
import { HELDOUT310_E } from './pages-heldout310-e.js';
import { HELDOUT310_F } from './pages-heldout310-f.js';

/**
 * Held-out batch 310, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a literary magazine's short story
 * on a Drupal theme, a Royal Road web-novel chapter with its author's note and comments, a Project Gutenberg HTML book, a
 * Wattpad story part in its React reader markup, a flash-fiction blog on a WordPress block theme (a short main text), a
 * publisher's book page with an excerpt (a product page), a Wikisource novel chapter in Vector 2022, a writing contest's
 * winning entry built with Elementor (a page builder), a Medium short story, a literary translation with the translator's
 * note on a Ghost publication, an author's Substack serial instalment, and a Standard Ebooks chapter read online.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the story text is the body and its titled parts are headings; Royal Road's author's
 * note, in its own portlet after the chapter (schedule, patrons, typos), is furniture, while a translator's note inside the
 * article under its own h2 is body with that h2 a heading; Royal Road's hidden anti-theft line is furniture; a Wattpad
 * paragraph's inline comment count sits inside its <p> but is not in the body text; the Gutenberg book's h1 on its title
 * page is the title, its chapter h2s are headings, its pg-header / pg-footer boilerplate and title-page imprint are
 * furniture, its "Author:" and "Release date:" lines and the title page's author name are bylines, and its contents list,
 * which repeats the chapter headings, is in neither list; on the publisher's page the blurb ("About ...") and the excerpt are
 * body, the author bio, format prices, details table and excerpt copyright line furniture; Wikisource's h1 with the chapter
 * path is the title, and the header template's book title and section name, which repeat it, are in neither list, its
 * author line and "last edited" line bylines; the contest judge's quoted comment and the prize badge are furniture; the
 * Substack series note in italics ("This is part six ... Start from the beginning here.") is furniture; "Translated from
 * the Galician by ..." is a byline; reading times are bylines; the Standard Ebooks chapter page has no h1 and its chapter
 * h2 is the title; comments on stories, with their names and dates, are furniture.
 */
export const HELDOUT310_PAGES: readonly TestPage[] = [...HELDOUT310_A, ...HELDOUT310_B, ...HELDOUT310_C, ...HELDOUT310_D, ...HELDOUT310_E, ...HELDOUT310_F];
