import type { TestPage } from './page-kit.js';
import { HELDOUT447_A } from './pages-heldout447-a.js';
import { HELDOUT447_B } from './pages-heldout447-b.js';
import { HELDOUT447_C } from './pages-heldout447-c.js';
import { HELDOUT447_D } from './pages-heldout447-d.js';
import { HELDOUT447_E } from './pages-heldout447-e.js';
import { HELDOUT447_F } from './pages-heldout447-f.js';

/**
 * Held-out batch 447, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a football club's player profile
 * on a Next.js club site with a career table, a Basketball-Reference-style player page (Sports Reference template, data page
 * with per-game and totals tables and a transactions list), an ESPNcricinfo-style match report with a batting table, a
 * Transfermarkt-style market-value page with a short assessment, an F1 results-archive driver standings page with notes, a
 * baseball box score with its game story on a BLOX (TownNews) newspaper site, a rugby club's season statistics page built with
 * Elementor, a tennis tour site's player profile, a RotoWire-style fantasy player news update (short main text), a Fandom
 * wiki's league season page, an HLTV-style esports player statistics page and a stage report with results on a Future plc
 * (Cyclingnews-style) site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the data cells of a stats table inside the article are body, one entry per row with
 * the cells joined by spaces; header cells are in neither list; a table's caption, a note under it and a results table's
 * caption are furniture; label / value pairs of a profile's facts list (club profile facts, the Sports Reference meta lines,
 * the tennis personal details, the market-value current / highest boxes, the esports stats rows, the Elementor counters) are
 * body, joined as "label value"; summary stat boxes in a page's hero (Sports Reference's pullout, the esports rating / KAST
 * box, Transfermarkt's header value and "Last update") and a Fandom infobox are in neither list, except that their labels and
 * header details are listed as furniture where they repeat no body text; a standfirst
 * under the h1 (the cricket report's and the cycling report's strapline) is in neither list; the score line that opens the
 * cricket report and the "FENWICK —" dateline that opens the box score story are part of their paragraphs and so body; the
 * fantasy page's "ANALYSIS" label is furniture and its older updates under "More ... news" are related links; the author
 * bio lines at the end of the cricket and box score articles are bylines; the Elementor hero's subtitle line is body; the
 * breadcrumb's last item, when it repeats the h1, is left out of the furniture; the tennis hero's rank boxes are furniture.
 */
export const HELDOUT447_PAGES: readonly TestPage[] = [...HELDOUT447_A, ...HELDOUT447_B, ...HELDOUT447_C, ...HELDOUT447_D, ...HELDOUT447_E, ...HELDOUT447_F];
