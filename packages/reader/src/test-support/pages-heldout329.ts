import type { TestPage } from './page-kit.js';
import { HELDOUT329_A } from './pages-heldout329-a.js';
import { HELDOUT329_B } from './pages-heldout329-b.js';
import { HELDOUT329_C } from './pages-heldout329-c.js';
import { HELDOUT329_D } from './pages-heldout329-d.js';
import { HELDOUT329_E } from './pages-heldout329-e.js';
import { HELDOUT329_F } from './pages-heldout329-f.js';

/**
 * Held-out batch 329, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UN News-style story on a
 * Drupal theme, a WHO-style fact sheet with its "Key facts" box, a World Bank Blogs-style post with author cards, a table
 * and comments, a European Commission press corner-style release saved from its Angular app, an OECD-style report landing
 * page (a listing: key findings and chapter teasers), a UNHCR-style emergency appeal page whose short main text sits beside
 * a donation widget, an IMF-style end-of-mission country statement, a NATO-style news item on the older CMS template, an
 * ILO-style publication summary, a Council of the EU-style press release with its list of main results, a regional
 * development bank's project page with a data sheet and a financing table (a data page), and an ICJ-style court press
 * release.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body (one entry per cell) and table header cells in neither
 * list; on the project page the data sheet's row labels are furniture and its values body; on the report landing page the
 * abstract, the key findings and the chapter teasers are body and the chapter titles headings; the IMF-style summary
 * bullets under the dateline are body, the "Ending a staff visit" disclaimer box furniture; a quoted minister's attribution
 * line under a blockquote is furniture; a press-release number, reference code and "Unofficial" mark next to the title are
 * bylines on the court page and furniture on the Commission page (where the reference sits at the foot of the release);
 * datelines ("Brussels, 4 March 2026", "THE HAGUE, 6 March 2026.", "Washington, DC:") and the "Last updated" line are
 * bylines, as are author names and reading time; author roles and bios, comments, captions and photo credits, hero call-to-
 * action lines, donation widget texts and impact counters are furniture; "For More Information" links, attached document
 * lists, press contacts and a court's closing "Note" and Registry paragraphs are furniture; the "Key facts" / "Key points"
 * box labels are headings and their items body.
 */
export const HELDOUT329_PAGES: readonly TestPage[] = [...HELDOUT329_A, ...HELDOUT329_B, ...HELDOUT329_C, ...HELDOUT329_D, ...HELDOUT329_E, ...HELDOUT329_F];
