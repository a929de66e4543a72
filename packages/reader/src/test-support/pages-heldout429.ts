import type { TestPage } from './page-kit.js';
import { HELDOUT429_A } from './pages-heldout429-a.js';
import { HELDOUT429_B } from './pages-heldout429-b.js';
import { HELDOUT429_C } from './pages-heldout429-c.js';
import { HELDOUT429_D } from './pages-heldout429-d.js';
import { HELDOUT429_E } from './pages-heldout429-e.js';
import { HELDOUT429_F } from './pages-heldout429-f.js';

/**
 * Held-out batch 429, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a payroll company's data-incident
 * notice with an FAQ accordion built in Webflow, a state attorney general's breach notification listing (a Drupal Views table
 * with short prose), a mailed breach letter published as HTML saved from Microsoft Word, a privacy regulator's enforcement press
 * release on a GOV.UK-style template, a security news site's breach report on WordPress with the tagDiv Newspaper theme, a
 * hospital's notice of a cyber incident on Sitecore SXA, a school district's data-incident page with dated updates on Finalsite,
 * a haveibeenpwned-style breach entry page, a credit-monitoring enrolment page with steps built with Next.js, a class-action
 * settlement website on ASP.NET Web Forms with a deadlines table, a company's apology post on Medium, and a customer-support
 * forum thread about the breach on a Khoros (Lithium) community.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the questions of an FAQ accordion (h3 toggles) are headings and their answers body,
 * and the section heading over the accordion is a heading; on the listing and on the settlement page, table data cells are body
 * and table header cells in neither list; on the breach entry, the values of the facts list are body and its labels ("Breach
 * date:") in neither list, while the "Compromised data" and "What should I do?" headings are headings; the school district's
 * dated update headings ("Update: February 27, 2026") are headings, not bylines, and its "Posted ... · Last updated ..." line a
 * byline; the Word letter's date, signer name and title are bylines, its salutation and the enclosed reference sheet (with its
 * heading and the bureau list) are body, the return address, mail ID, recipient address lines, closing ("Sincerely,") and print
 * code furniture; the regulator's lead paragraph and "Notes to editors" items are body, and the issuing body in the "From:"
 * metadata and both publication date lines are bylines; the hospital's "last reviewed" line is a byline; Medium's subtitle is
 * body, its closing signature line a byline, and its pull quote (which repeats a body sentence) in neither list; the enrolment
 * page's stepper labels, code form and help drawer are furniture; every post of the forum thread is body, including the
 * asker's closing reply, with user names, post dates and times as bylines and ranks, kudos and the solution badge as furniture;
 * a breadcrumb item or menu item with the same text as the title or a heading is listed in neither list.
 */
export const HELDOUT429_PAGES: readonly TestPage[] = [...HELDOUT429_A, ...HELDOUT429_B, ...HELDOUT429_C, ...HELDOUT429_D, ...HELDOUT429_E, ...HELDOUT429_F];
