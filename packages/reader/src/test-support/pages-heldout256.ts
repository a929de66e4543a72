import type { TestPage } from './page-kit.js';
import { HELDOUT256_A } from './pages-heldout256-a.js';
import { HELDOUT256_B } from './pages-heldout256-b.js';
import { HELDOUT256_C } from './pages-heldout256-c.js';
import { HELDOUT256_D } from './pages-heldout256-d.js';
import { HELDOUT256_E } from './pages-heldout256-e.js';
import { HELDOUT256_F } from './pages-heldout256-f.js';

/**
 * Held-out batch 256, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: a Docusaurus guide page, a MkDocs Material how-to,
 * a Sphinx reference page in the Furo theme (autodoc entries), a GitBook help-center page, a Mintlify API guide saved from its Next.js
 * markup, a VitePress guide (Vue markup), an Antora manual page (AsciiDoc markup), a Rustdoc crate page with its README-like overview
 * and item tables, a Javadoc class page whose description is short, a Hugo Book theme handbook page, a Redocly (Redoc) API reference
 * operation page, a data page with little prose, and a Starlight (Astro) tutorial page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's lead or description paragraph under the h1 (GitBook, Mintlify, Starlight) is
 * body; admonition, callout, hint and aside texts are body and their labels ("tip", "Warning", "Note", "Caution", "Tip") are in
 * neither list; code blocks, API signatures (Sphinx dt, Javadoc member signatures) and table header cells are in neither list, while
 * table data cells that are prose are body (cells that are bare codes or setting names are in neither); Sphinx autodoc entries are not
 * headings (they are dt signatures), so that page has no headings; the Rustdoc item tables (Modules, Structs, Functions) are body,
 * one entry per item as "name description", and their h2 labels are headings; on the Javadoc page the summary-table descriptions
 * repeat the detail blocks and are in neither list, the detail blocks are body, and the h2 section labels (Constructor Summary, Method
 * Summary, Constructor Details, Method Details) are headings while the h3 member names are not; on the Redocly page the operation's
 * h1 is the title, its description, parameter descriptions and response descriptions are body, and parameter names, types,
 * "required", status codes and the sample panels are furniture or in neither; "Last updated" and git revision dates (MkDocs Material's
 * created and last-update facts, Hugo Book's last-modified date) are bylines, while contributor avatars without visible text are in
 * neither; sidebar, toc and pager entries that repeat the page title or a heading are in neither list.
 */
export const HELDOUT256_PAGES: readonly TestPage[] = [...HELDOUT256_A, ...HELDOUT256_B, ...HELDOUT256_C, ...HELDOUT256_D, ...HELDOUT256_E, ...HELDOUT256_F];
