import type { TestPage } from './page-kit.js';
import { HELDOUT411_A } from './pages-heldout411-a.js';
import { HELDOUT411_B } from './pages-heldout411-b.js';
import { HELDOUT411_C } from './pages-heldout411-c.js';
import { HELDOUT411_D } from './pages-heldout411-d.js';
import { HELDOUT411_E } from './pages-heldout411-e.js';
import { HELDOUT411_F } from './pages-heldout411-f.js';

/**
 * Held-out batch 411, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a CPSC-style recall notice
 * (summary block, Recall Details fields, gallery), an FDA-style company announcement with its Summary list and the company's
 * statement, an NHTSA-style vehicle recall detail page rendered by a React app (a data page), a UK OPSS product safety report
 * on GOV.UK, an EU Safety Gate-style alert in an Angular app with Europa Component Library markup (short main text), a Food
 * Standards Agency allergy alert, a home and hardware retailer's recalls listing on Salesforce Commerce Cloud (a listing),
 * a camping stove maker's voluntary recall on WordPress with the Astra theme, a recall story on a local newspaper's BLOX CMS
 * site, a toy recall on a consumer group's Next.js site, a drug recall notice on a pharmacy chain's Adobe Experience Manager
 * site (short main text) and an Australian product safety recall page on GovCMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on recall notices and alerts the values of the summary or data fields (hazard,
 * remedy, units, brand, model, barcode, lot, affected vehicles, table data cells) are body, and their labels (dt, th, "Name
 * of Product:", "Product:") are in neither list, except labels written as h2 / h3 field headings, which are headings; a
 * standfirst or subhead under the h1 is body; dates of the notice ("Recall Date:", "Report Receipt Date", "Published on",
 * "Last updated:", "Content current as of" values) and their labels are bylines, as are GOV.UK's From / Published lines; a
 * dateline written inside a company statement's first paragraph ("FOR IMMEDIATE RELEASE – ...") stays body; the agency
 * boilerplate repeated on every notice (CPSC's "About U.S. CPSC" and Commissioners note, FSA's "About allergy alerts", the
 * FDA disclaimer, Safety Gate's disclaimer) is furniture with its heading; campaign, alert and reference numbers shown as a
 * label line above the title are furniture, but a number written as a field of the notice (CPSC's Recall number, FSA's
 * reference number) is body; on the retailer's listing each recall's name is a heading, its "Posted" date a byline and its
 * Product / Issue / What to do lines body; a pull quote's attribution is body; an author bio under the article, inline
 * "Read more" / "Related" promos, members' promos and image captions and credits are furniture.
 */
export const HELDOUT411_PAGES: readonly TestPage[] = [...HELDOUT411_A, ...HELDOUT411_B, ...HELDOUT411_C, ...HELDOUT411_D, ...HELDOUT411_E, ...HELDOUT411_F];
