import type { TestPage } from './page-kit.js';
import { HELDOUT373_A } from './pages-heldout373-a.js';
import { HELDOUT373_B } from './pages-heldout373-b.js';
import { HELDOUT373_C } from './pages-heldout373-c.js';
import { HELDOUT373_D } from './pages-heldout373-d.js';
import { HELDOUT373_E } from './pages-heldout373-e.js';
import { HELDOUT373_F } from './pages-heldout373-f.js';

/**
 * Held-out batch 373, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a W3C Recommendation rendered
 * by ReSpec, a WHATWG living standard rendered by Bikeshed, an RFC in rfc-editor.org's xml2rfc v3 HTML, an IETF datatracker
 * page for an individual Internet-Draft (a data page with short text), one clause of an ECMA-262-style specification
 * rendered by ecmarkup, a Python PEP on peps.python.org, a Rust RFC book page built with mdBook, a TC39 proposal README on
 * GitHub, an OpenAPI reference rendered by Redoc (styled-components markup), the specification listing page of a JSON
 * Schema-style Next.js site (short text), an ISO-style standard's product page with its abstract preview (a product page
 * with short text) and a Unicode Technical Report.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: every introductory or numbered section of a specification is body with its
 * heading, including Abstract, Status of This Document / Status of This Memo, an RFC's Copyright Notice, a PEP's Copyright
 * section and a UTR's Summary and Status with its boilerplate quote; the table of contents, references appendix,
 * Authors' Addresses, acknowledgments, IPR lines and a UTR's Modifications log are furniture; headings keep their section
 * numbers as shown ("2. Pattern model", "21.3.1 DeferredValue ( thunk )"); algorithm steps, notes and examples are body
 * and their "Note" labels furniture; pilcrow and self-link anchors are in neither list; table data cells are body, header
 * cells and table captions furniture or neither; editors, authors, publication and "Last Updated" dates and version date
 * lines are bylines, their organisations and the metadata labels furniture; a table-of-contents or menu entry whose words
 * equal a heading or the title (and metadata values that repeat words of the body, such as the RFC's stream and category)
 * are listed in neither list; the mdBook RFC page has no title h1 of its own, so its first content h1, "Summary", is the
 * title and the later h1s and h2s its headings; a TC39 README's Status list (champions, stage) is body; on the Redoc page
 * the operation and parameter descriptions are body, while HTTP verbs, parameter names, types, "required" marks, status
 * codes and the JSON samples are in neither list, the paths and sample-panel labels furniture.
 */
export const HELDOUT373_PAGES: readonly TestPage[] = [...HELDOUT373_A, ...HELDOUT373_B, ...HELDOUT373_C, ...HELDOUT373_D, ...HELDOUT373_E, ...HELDOUT373_F];
