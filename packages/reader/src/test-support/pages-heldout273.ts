import type { TestPage } from './page-kit.js';
import { HELDOUT273_A } from './pages-heldout273-a.js';
import { HELDOUT273_B } from './pages-heldout273-b.js';
import { HELDOUT273_C } from './pages-heldout273-c.js';
import { HELDOUT273_D } from './pages-heldout273-d.js';
import { HELDOUT273_E } from './pages-heldout273-e.js';
import { HELDOUT273_F } from './pages-heldout273-f.js';

/**
 * Held-out batch 273, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Docusaurus v3 guide with an
 * announcement bar, version dropdown, admonition and pagination nav; a VitePress guide with the outline aside, a Carbon ad,
 * custom containers and a table; an Astro Starlight guide with tabs, an aside and a custom footer; a Mintlify API reference
 * page whose main text is short (param fields, request / response panels, "Was this page helpful?"); a Nuxt Content page on
 * the Nuxt UI Pro docs template with the Community links and surround cards; a page of the new (2024) GitBook app with hint,
 * table, outline and "Was this helpful?"; a Nextra 3 page with banner, callout and the TOC footer links; a Fumadocs listing
 * page of integration cards under section headings; a Confluence Cloud runbook with panels, a table, reactions, labels and
 * page comments; a Notion help center page published with Super.so, with toggles, a related-articles database view and an
 * injected helpful-widget; an Outline wiki share page (styled-components class names) with a notice block, backlinks and
 * contents; and a Document360 knowledge base article with version picker, category tree, feedback, related articles and a
 * cookie bar.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a page header's description or lead paragraph under the h1 (Nuxt UI Pro, GitBook,
 * Mintlify, Fumadocs) is body; admonition, callout, hint, panel and notice texts are body, their labels ("note", "TIP",
 * "Tip") furniture; table data cells are body, one entry per cell, table header cells in neither list; code blocks and their
 * file-name labels are in neither list except the file-name label on the Nuxt page (furniture), and copy buttons have no
 * text; on the Mintlify page the section titles (Authorizations, Query Parameters, Response) are headings, each parameter's
 * description is body and its name, type and default chips are in neither list, the request and response examples'
 * tab labels furniture; on the Fumadocs listing the section h2s and the card h3s are headings (in page order) and the card
 * descriptions body; toggle questions and answers on the Notion page are body; on Confluence the comments and their
 * authors and dates are furniture, "Owned by", "Last updated ... by" and the reading time bylines, the view count furniture;
 * the Starlight tab panel's text is body and the tab labels furniture; "On this page" / TOC entries repeating the
 * article's headings, and sidebar or breadcrumb entries equal to a heading or the title, are in neither list; bare brand
 * names that the article text also uses are in neither list (the header shows a longer site name that is furniture).
 */
export const HELDOUT273_PAGES: readonly TestPage[] = [...HELDOUT273_A, ...HELDOUT273_B, ...HELDOUT273_C, ...HELDOUT273_D, ...HELDOUT273_E, ...HELDOUT273_F];
