import type { TestPage } from './page-kit.js';
import { HELDOUT420_A } from './pages-heldout420-a.js';
import { HELDOUT420_B } from './pages-heldout420-b.js';
import { HELDOUT420_C } from './pages-heldout420-c.js';
import { HELDOUT420_D } from './pages-heldout420-d.js';
import { HELDOUT420_E } from './pages-heldout420-e.js';
import { HELDOUT420_F } from './pages-heldout420-f.js';

/**
 * Held-out batch 420, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ICO-style enforcement notice
 * page, an FCA-style final notice press release on Drupal, an SEC-style litigation release on the U.S. Web Design System
 * (short main text), an FTC-style press release on a settlement, a CMA-style case page on GOV.UK with its timeline (a data
 * page), an Ofcom-style broadcast bulletin finding, a data protection authority's fine decision in English on a Next.js site
 * (a JavaScript framework's markup), an ASA-style advertising ruling, a food safety regulator's prosecution notice built with
 * Elementor (a page builder), a charity regulator's inquiry report on a GovCMS site with the Australian Government Design
 * System, an FDA-style warning letter page and an Ofgem-style penalty decision.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: dates shown as "Published", "First published", "Last updated", "Content current as
 * of", "Last Reviewed or Updated", a reading time, a "By ..." author line, the SEC release number line and the FDA MARCS-CMS
 * line are bylines; a case's or decision's facts list (ICO Type / Sector, CMA case facts, FDA Delivery Method / Recipient /
 * Issuing Office, ASA ruling details, Ofgem information types) is furniture, except that fact values which repeat body or
 * title words (Ofgem's "Decision", "Enforcement" and licensee name) are in neither list; the SEC case caption line is
 * furniture; the FTC subtitle (dek) is in neither list; a contents list that repeats the headings (GOV.UK) is in neither
 * list; the CMA timeline's dated items are body; a summary callout's value (the charity's "Inquiry outcome") is body and its
 * label in neither list; table data cells are body and header cells (the DPA's row headers, Ofgem's column headers) in
 * neither list; a quoted broadcast in a blockquote is body; a press release's "Notes to editors" section and a warning
 * letter's "WARNING LETTER" label, salutation, "Sincerely," and signature line are body; a nav or breadcrumb item whose text
 * also occurs inside a body text is left out of the furniture list.
 */
export const HELDOUT420_PAGES: readonly TestPage[] = [...HELDOUT420_A, ...HELDOUT420_B, ...HELDOUT420_C, ...HELDOUT420_D, ...HELDOUT420_E, ...HELDOUT420_F];
