import type { TestPage } from './page-kit.js';
import { HELDOUT378_A } from './pages-heldout378-a.js';
import { HELDOUT378_B } from './pages-heldout378-b.js';
import { HELDOUT378_C } from './pages-heldout378-c.js';
import { HELDOUT378_D } from './pages-heldout378-d.js';
import { HELDOUT378_E } from './pages-heldout378-e.js';
import { HELDOUT378_F } from './pages-heldout378-f.js';

/**
 * Held-out batch 378, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a conference's call for papers
 * built with Elementor on WordPress (Astra theme, Complianz banner), the accepted research papers of a track on Conf
 * (researchr), a programme day on a Next.js conference site, a keynote speaker page on Squarespace, a workshop page on a
 * GitHub Pages site with Jekyll's minima theme, an EasyChair-style listing of calls for papers in one area, a WikiCFP-style
 * event entry, a venue and travel page on Wix, a registration fees page on a university's Drupal site (Olivero), a student
 * travel grant page on Hugo with the Wowchemy (Hugo Blox) theme, a learned society's conference news post on Ghost (Casper),
 * and a proceedings volume's landing page on Open Journal Systems.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on listing pages (accepted papers, the CFP listing, the proceedings table of
 * contents, the WikiCFP facts table) each entry's data cells (paper title, authors, pages, acronym, name, place, dates, topics)
 * are body, column headers and row labels ("When", "Submission Deadline") in neither list, and a listing's link and PDF
 * buttons furniture; on the programme page the session titles are headings and each session's time-and-room line and talk
 * titles body; a table's caption is body; a Ghost post's excerpt under the h1 is body; the researchr title is the h1 with its
 * <small> conference name ("Research Papers FORGE 2026"); WikiCFP's event title sits in an h2 (the page has no h1) and is the
 * title; its call text, written as <br>-separated lines, is body line by line; the Wowchemy alert box inside the article is
 * body, its table of contents furniture, and on the Drupal page the "On this page" links, which repeat the headings, are in
 * neither list; on the OJS page the "Published" date is a byline; texts that appear both in the body and in furniture
 * (a nav item "Venue" beside "see the Venue page" in the body, a site name that the body repeats) are left out of furniture.
 */
export const HELDOUT378_PAGES: readonly TestPage[] = [...HELDOUT378_A, ...HELDOUT378_B, ...HELDOUT378_C, ...HELDOUT378_D, ...HELDOUT378_E, ...HELDOUT378_F];
