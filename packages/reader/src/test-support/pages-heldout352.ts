import type { TestPage } from './page-kit.js';
import { HELDOUT352_A } from './pages-heldout352-a.js';
import { HELDOUT352_B } from './pages-heldout352-b.js';
import { HELDOUT352_C } from './pages-heldout352-c.js';
import { HELDOUT352_D } from './pages-heldout352-d.js';
import { HELDOUT352_E } from './pages-heldout352-e.js';
import { HELDOUT352_F } from './pages-heldout352-f.js';

/**
 * Held-out batch 352, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ONS-style statistical bulletin
 * on the ONS Design System with main points, numbered sections and "Figure 1" charts with download links, a BLS-style news
 * release whose text and text table sit in one `<pre>`, a Eurostat-style news item on the Europa Component Library in a
 * Liferay portal, a national statistics office's methodology page in the Stats NZ style with a definitions table, a census
 * results explainer in the style of the U.S. Census Bureau's America Counts stories (Adobe Experience Manager), a central
 * bank's statistical release in the ECB press-release style with a data table, a release in the style of Statistics Canada's
 * The Daily on the Canada.ca Web Experience Toolkit, a short ABS-style media release on Drupal, a state labour-market monthly
 * summary built with the Elementor page builder, a statistics agency's blog post on a WordPress block theme with comments, a
 * statistical release with a corrections notice rendered by Next.js, and a regional statistics dashboard's narrative page
 * rendered by Angular.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or summary line under the h1 (ONS, America Counts) is furniture; chart
 * and figure titles ("Figure 1: ...", "Chart 1 ...") are furniture with their notes, sources and download links, even when
 * written as h3 inside the article; numbered section headings keep their numbers ("1. Main points"); ONS "Main points" items,
 * the ECB's summary bullets and a release's "Notes" / "Note to readers" items are body; release metadata (release date,
 * contact name, next release, "Released:", "Date modified:", "Last updated", "Updated") are bylines, and the blog author's
 * job title and reading time too; the BLS `<pre>` text's paragraphs are body and its two bare section headings are headings,
 * while its embargo lines, contacts and text table are not body (the table in neither list, as are the ECB table's header and
 * data cells); the methodology page's definitions-table cells are body (its header cells in neither list); a
 * corrections notice's text is body (it states the corrected figure), its "Correction notice" heading furniture; headline
 * number tiles, KPI cards and dashboard embeds are furniture; a closing "Further details can be found in ..." or "For more
 * information" pointer, contact paragraphs and "Available tables" sections are furniture; a quotation from an agency
 * spokesperson inside the article is body; comments under the blog post, with their authors and dates, are furniture.
 */
export const HELDOUT352_PAGES: readonly TestPage[] = [...HELDOUT352_A, ...HELDOUT352_B, ...HELDOUT352_C, ...HELDOUT352_D, ...HELDOUT352_E, ...HELDOUT352_F];
