import type { TestPage } from './page-kit.js';
import { HELDOUT365_A } from './pages-heldout365-a.js';
import { HELDOUT365_B } from './pages-heldout365-b.js';
import { HELDOUT365_C } from './pages-heldout365-c.js';
import { HELDOUT365_D } from './pages-heldout365-d.js';
import { HELDOUT365_E } from './pages-heldout365-e.js';
import { HELDOUT365_F } from './pages-heldout365-f.js';

/**
 * Held-out batch 365, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Contracts Finder tender notice
 * on the GOV.UK design system, a SAM.gov contract opportunity in its Angular markup, a TED contract notice in the Europa
 * Component Library, a council's procurement news story on LocalGov Drupal, a supplier guidance page built with Elementor, a
 * regional tender portal's opportunity listing in Bootstrap 5, a CanadaBuys-style award notice on the Canada.ca (GCWeb)
 * template, a federal procurement policy page on the U.S. Web Design System, a framework agreement page of a central
 * purchasing body built with Next.js, a tender's clarification log on an ASP.NET WebForms e-tendering portal, a research
 * council's funding call on a UKRI-style WordPress theme, and a trade press story on a contract award on the tagDiv Newspaper
 * theme with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on notice pages (Contracts Finder, SAM.gov, TED, CanadaBuys) the free-text
 * description is the body and the labelled data fields around it (summary lists, key facts, general information, buyer
 * details, attachments, history) are furniture, except the CanadaBuys "Award details" list, which sits under its own h2 in the
 * article and is body; on TED the numbered eForms section headings that hold a description are headings, the others
 * furniture; the publication / dispatch dates and "Date modified" / "Last updated" / "Page updated" / "Last reviewed" lines are
 * bylines; a buyer's name shown as a caption over the title is in neither list where it also occurs in the body; on the
 * listing each opportunity's title is a heading and its summary body, with its buyer, reference, value and closing date
 * furniture; on the Next.js agreement page the lot names are headings and their descriptions body, and the lot cards' links
 * and supplier counts furniture; FAQ toggles inside a guidance page are body (question and answer), their h2 a heading; the
 * clarification log's questions and answers are the body and their "Raised" / "Answered" dates bylines; a policy page's
 * summary box items and a table's caption and data cells (row headers included) are body, the summary box label and column
 * headers in neither list; the funding call's key-dates table data cells are body, its in-page contents list is in neither list
 * (it repeats the headings); a pull quote inside the trade story is body; comments on the trade story are furniture.
 */
export const HELDOUT365_PAGES: readonly TestPage[] = [...HELDOUT365_A, ...HELDOUT365_B, ...HELDOUT365_C, ...HELDOUT365_D, ...HELDOUT365_E, ...HELDOUT365_F];
