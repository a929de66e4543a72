import type { TestPage } from './page-kit.js';
import { HELDOUT338_A } from './pages-heldout338-a.js';
import { HELDOUT338_B } from './pages-heldout338-b.js';
import { HELDOUT338_C } from './pages-heldout338-c.js';
import { HELDOUT338_D } from './pages-heldout338-d.js';
import { HELDOUT338_E } from './pages-heldout338-e.js';
import { HELDOUT338_F } from './pages-heldout338-f.js';

/**
 * Held-out batch 338, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a semiconductor maker's product
 * folder page in the TI.com style (features, description, parameters table, documents, ordering table), an ISO.org-style
 * standard page of an invented standards body (abstract, general information, buy box, life cycle), an Omni Calculator-style
 * beam deflection calculator built with Next.js (calculator widget, explanatory text, FAQ accordion), a CAD vendor's Khoros
 * (Lithium) community thread with an accepted solution, a chip maker's application note in the Analog Devices AEM style, an
 * engineering firm's case study built with Elementor, a metals supplier's technical article on Drupal 10, an automation
 * vendor's knowledge-base article on a Zendesk Help Center, a mechanical engineering blog post on Hugo with PaperMod, an
 * Engineering Toolbox-style reference page with a data table, a heat-pump recall analysis on an Informa Tech-style trade
 * site, and a university engineering department news story on a TerminalFour-built site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product, standard and reference pages the data tables' data cells are body
 * (one entry per cell) and their header cells in neither list, a table's caption is body; the product page's subtitle under
 * the part number, its features, description and its list of technical document titles are body, while badges, tabs, the
 * "View all" link and the document type labels are furniture; on the standard page the abstract and the "General
 * information" items are body, the publication date line is a byline, and the life cycle timeline and buy box are
 * furniture; on the calculator page the widget's input labels and buttons are furniture, the FAQ questions (h3 in the
 * accordion) are headings and their answers body; forum posts are body, including the asker's closing thanks, and user
 * names and post dates are bylines, ranks and kudos furniture; a case study's client quote (testimonial widget) is body, the
 * name and job of the person quoted furniture, and the stats counters furniture; a trade article's summary (dek) is body,
 * its author's role and read time are bylines, the author bio furniture; a code block is one body entry; a pull quote is
 * body and its attribution furniture; an article's "Read more:" line is furniture.
 */
export const HELDOUT338_PAGES: readonly TestPage[] = [...HELDOUT338_A, ...HELDOUT338_B, ...HELDOUT338_C, ...HELDOUT338_D, ...HELDOUT338_E, ...HELDOUT338_F];
