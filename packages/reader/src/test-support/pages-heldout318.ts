import type { TestPage } from './page-kit.js';
import { HELDOUT318_A } from './pages-heldout318-a.js';
import { HELDOUT318_B } from './pages-heldout318-b.js';
import { HELDOUT318_C } from './pages-heldout318-c.js';
import { HELDOUT318_D } from './pages-heldout318-d.js';
import { HELDOUT318_E } from './pages-heldout318-e.js';
import { HELDOUT318_F } from './pages-heldout318-f.js';

/**
 * Held-out batch 318, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: API references generated from
 * code, a Doxygen class template page, a Javadoc class page (JDK 17 doclet), a Sphinx autodoc module page in the Read the
 * Docs theme with an EthicalAds placement, a Swagger UI page with one operation expanded, a GraphQL schema reference built
 * by SpectaQL, a Postman public documentation page with a cookie banner, a TypeDoc class page, a JSDoc class page in the
 * default template, a MetaCPAN POD page, a Ruby RDoc class page (Darkfish), a Dokka (Kotlin) class page and an Elixir
 * module page on HexDocs. The hard kinds are the Swagger UI and Postman pages (markup rendered by a JavaScript framework,
 * short texts scattered over many small elements) and the SpectaQL page (a data page listing queries, mutations and types).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the prose of the reference (descriptions, parameter, field, return, raise and
 * note texts, the one-line briefs of Dokka's member tables, the summaries of operations and tags in Swagger UI, collapsed
 * ones included) is body; code signatures, specs, example code, type names and the generated labels in front of the
 * prose (Parameters, Returns, Throws, Description, Arguments, Response, Fields, Example, Note, Warning, table header cells)
 * are in neither list; a member's name is a heading only where the template puts it in a heading element (Doxygen's
 * memtitle, Javadoc's h3, TypeDoc's h3, JSDoc's h4, SpectaQL's h2, ExDoc's signature h1, POD's head2), not where it is a
 * span or a table cell (RDoc's call-seq, Dokka's rows); the generated summary / index blocks that repeat the members'
 * first sentences (Doxygen's member declaration tables, Javadoc's summary tables, TypeDoc's index, ExDoc's Summary) are in
 * neither list, their group headers included; Doxygen has no h1, so its div.title is the title, and MetaCPAN has none
 * but the POD's own head1s, so the first, NAME, is the title; Swagger UI's h2.title is the title; the POD's AUTHOR
 * paragraph, Javadoc's Author note, the release author and date on MetaCPAN, Sphinx's "Last updated" and the dated
 * generator lines of Doxygen and JSDoc are bylines; the POD's copyright paragraphs are body; sidebars, module trees,
 * version pickers, "View Source" links, copy / clipboard labels, the Try it out / Authorize buttons, schema lists and
 * footers are furniture, and a sidebar link that repeats the title or a heading is listed in neither.
 */
export const HELDOUT318_PAGES: readonly TestPage[] = [...HELDOUT318_A, ...HELDOUT318_B, ...HELDOUT318_C, ...HELDOUT318_D, ...HELDOUT318_E, ...HELDOUT318_F];
