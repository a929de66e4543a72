import type { TestPage } from './page-kit.js';
import { HELDOUT263_A } from './pages-heldout263-a.js';
import { HELDOUT263_B } from './pages-heldout263-b.js';
import { HELDOUT263_C } from './pages-heldout263-c.js';
import { HELDOUT263_D } from './pages-heldout263-d.js';
import { HELDOUT263_E } from './pages-heldout263-e.js';
import { HELDOUT263_F } from './pages-heldout263-f.js';

/**
 * Held-out batch 263, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Gannett local paper (USA TODAY
 * Network) story, a McClatchy paper story, a Lee Enterprises paper on TownNews BLOX, a Sinclair local TV station story on
 * hashed CSS-module (Next.js) markup, a Nexstar local TV station story whose main text is short, an Axios Local "smart
 * brevity" story on Next.js markup (short), a Politico Europe-style story, a Hill-style story, a Business Insider-style story
 * with a data table, a HuffPost-style listing of seven numbered items, a Vice-style story on Next.js markup, and a Texas
 * Tribune-style nonprofit data story with a regional table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek (standfirst) under the h1 is body; a key-points summary list at the top of
 * the body is body; table data cells are body, table header cells in neither list; Axios's bold lead-ins ("Why it matters:")
 * stay inside their paragraphs as body, but its "Go deeper:" link line is furniture; in-body promo lines ("More:", "Read
 * next:"), the reporter's contact tagline, the Nexstar copyright line, the "Video above" note, chart and data source lines,
 * the nonprofit disclosure and newsletter boxes are furniture even where they sit inside the body container; a pull quote
 * that repeats no paragraph is body; "Contributing:" notes and a Business Insider author's title ("Contributor") are
 * bylines; the section kicker and breadcrumb texts are furniture; article comments are furniture; where a site name or place
 * name also occurs inside the body (KWBR, Carver Falls) it is left out of the furniture list.
 */
export const HELDOUT263_PAGES: readonly TestPage[] = [...HELDOUT263_A, ...HELDOUT263_B, ...HELDOUT263_C, ...HELDOUT263_D, ...HELDOUT263_E, ...HELDOUT263_F];
