import type { TestPage } from './page-kit.js';
import { HELDOUT401_A } from './pages-heldout401-a.js';
import { HELDOUT401_B } from './pages-heldout401-b.js';
import { HELDOUT401_C } from './pages-heldout401-c.js';
import { HELDOUT401_D } from './pages-heldout401-d.js';
import { HELDOUT401_E } from './pages-heldout401-e.js';
import { HELDOUT401_F } from './pages-heldout401-f.js';

/**
 * Held-out batch 401, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK mainstream service start
 * page with its "Start now" button, a USCIS-style form page on Drupal with the U.S. Web Design System (edition date alert,
 * filing-fee table, downloads box), a DVLA-style vehicle service page on the GOV.UK service template (phase banner, back link,
 * registration-number form), a Canada.ca passport renewal page on GCWeb, the first page of a state benefits eligibility
 * checker built with Next.js, an IRS-style form instructions page, a state court's self-help form guide on Sitefinity, a
 * Mass.gov (Mayflower) vehicle registration how-to page, a public library's card sign-up page built with Elementor on Astra,
 * a city building permit start page on CivicPlus CivicEngage, a Queensland Government fishing licence renewal page, and a
 * consulate's visa form page on Joomla 4 (Cassiopeia).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Hard kinds in the batch: pages whose main text is short (the GOV.UK start page, the DVLA service page), a JavaScript
 * framework's markup (the Next.js checker) and a page-builder page (Elementor).
 * Gold conventions beyond the usual ones: on a form page the form's own widgets (label, hint, details toggle, "Continue" and
 * "Start now" / "Apply Online" / "Start the checker" buttons) are furniture, while the service's explanatory text around them
 * is body; a form's subtitle printed under the h1 (the IRS "Credit for ..." line) is body; a table's data cells are body, one
 * entry per cell, and its header cells and caption are furniture; info callouts and tips that are not part of the running
 * text (Canada.ca's photo alert, the checker's "Tip" box) are furniture, while a blockquote inside the text is body; a
 * "Takes about 10 minutes" time estimate is furniture, not a byline; "From: ...", "Written by: ...", "Published: ...",
 * "Revised: ...", "Last updated", "Date modified" and "Last Reviewed/Updated" lines are bylines, and "Offered by", category
 * and hits lines furniture; an "On this page" / table of contents list whose items repeat the section headings is in
 * neither list; a menu, breadcrumb or sidebar text that also occurs inside a body text (such as a breadcrumb naming the
 * form) is left out of the furniture, so that no furniture entry is part of the body; texts of one or two letters are left
 * out.
 */
export const HELDOUT401_PAGES: readonly TestPage[] = [...HELDOUT401_A, ...HELDOUT401_B, ...HELDOUT401_C, ...HELDOUT401_D, ...HELDOUT401_E, ...HELDOUT401_F];
