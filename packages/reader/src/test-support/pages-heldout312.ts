import type { TestPage } from './page-kit.js';
import { HELDOUT312_A } from './pages-heldout312-a.js';
import { HELDOUT312_B } from './pages-heldout312-b.js';
import { HELDOUT312_C } from './pages-heldout312-c.js';
import { HELDOUT312_D } from './pages-heldout312-d.js';
import { HELDOUT312_E } from './pages-heldout312-e.js';
import { HELDOUT312_F } from './pages-heldout312-f.js';

/**
 * Held-out batch 312, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional newspaper's data story
 * on Arc XP with a Datawrapper map and a Flourish chart, an Our World in Data-style article with grapher figures and endnotes,
 * a statistics office's bulletin on the ONS design system with main points and a table, a city's housing dashboard built
 * with Next.js (short main text), a county's special-election results page on Drupal 10 with Views results tables, a poll
 * tracker built with SvelteKit, a sports analytics post on Substack with comments, a town budget explainer built with
 * Elementor (page builder), a census press release on an Adobe Experience Manager template, a weekly respiratory
 * surveillance report on a CDC-style template, a Tableau Public-style viz story page (React app, short main text) and a
 * Quarto data blog post with folded code cells and plots.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a data table's caption and data cells are body, its header cells in neither list;
 * KPI tiles and counters (label and value), party legend tiles and headline-figure widgets are in neither list; a dek or
 * subtitle under the h1 (Arc subheadline, OWID subtitle, Substack subtitle, the bulletin's summary line) is in neither list;
 * chart titles, captions, source and credit lines, "Download" links and chart toggles are furniture; endnotes, citation and
 * reuse blocks are furniture; a pull quote set in a testimonial widget is body and its attribution in neither list; an
 * "At a glance" / "Main points" / "Highlights" summary and a callout inside the article are body; a dateline that opens the
 * first paragraph (census release) stays in that paragraph's body text; a dashboard's "About this data" notes are body;
 * the Tableau page's "Description" label is furniture and its description the body, with no headings; folded code cells
 * and a BibTeX block are in neither list; Substack comments are furniture; sidebar, breadcrumb and table-of-contents items
 * that repeat a heading or body text are not listed again as furniture.
 */
export const HELDOUT312_PAGES: readonly TestPage[] = [...HELDOUT312_A, ...HELDOUT312_B, ...HELDOUT312_C, ...HELDOUT312_D, ...HELDOUT312_E, ...HELDOUT312_F];
