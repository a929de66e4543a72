import type { TestPage } from './page-kit.js';
import { HELDOUT196_A } from './pages-heldout196-a.js';
import { HELDOUT196_B } from './pages-heldout196-b.js';
import { HELDOUT196_C } from './pages-heldout196-c.js';
import { HELDOUT196_D } from './pages-heldout196-d.js';
import { HELDOUT196_E } from './pages-heldout196-e.js';
import { HELDOUT196_F } from './pages-heldout196-f.js';

/**
 * Held-out batch 196, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Doxygen class template
 * reference page, a pkgdown article page for an R package, a TypeDoc class page, a JSDoc module page, a Redoc / Redocly
 * API reference page, a saved Swagger UI page with operation descriptions, a Nextra docs page, an Astro Starlight docs
 * page, an Antora docs page, a Mintlify docs page, a Sphinx user-guide page in the PyData theme and a Material for MkDocs
 * blog post. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on generated API pages, member and operation titles (Doxygen member titles,
 * TypeDoc member names, JSDoc member names, Redoc and Swagger operation summaries) are headings, and descriptions in table
 * data cells or parameter lists (parameters, returns, schema fields, responses) are body, while signatures, names, types,
 * status codes, generator labels ("Parameters", "Returns:", "Responses", "Type Parameters") and column header cells are
 * in neither list; admonition, callout and aside texts are body, their titles furniture; a docs page's description is
 * body; Mintlify step titles are body; listing, table and code-frame titles are captions (furniture); "Last updated"
 * lines are bylines; nav, breadcrumb and TOC entries that repeat the title or a heading, wordless texts ("#", "¶") and a
 * short furniture text that is also a word of a short gold line are left out.
 */
export const HELDOUT196_PAGES: readonly TestPage[] = [...HELDOUT196_A, ...HELDOUT196_B, ...HELDOUT196_C, ...HELDOUT196_D, ...HELDOUT196_E, ...HELDOUT196_F];
