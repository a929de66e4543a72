import type { TestPage } from './page-kit.js';
import { HELDOUT187_A } from './pages-heldout187-a.js';
import { HELDOUT187_B } from './pages-heldout187-b.js';
import { HELDOUT187_C } from './pages-heldout187-c.js';
import { HELDOUT187_D } from './pages-heldout187-d.js';
import { HELDOUT187_E } from './pages-heldout187-e.js';
import { HELDOUT187_F } from './pages-heldout187-f.js';

/**
 * Held-out batch 187, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cppreference.com standard
 * library function page (MediaWiki), a DevDocs page showing a Python module, an RFC in the IETF datatracker HTML view, a
 * WHATWG HTML Standard multipage section, a TC39 proposal README on its GitHub repository page, a metacpan module page, a
 * RubyDoc.info (YARD) class page, an Erlang/OTP module page built with ExDoc, a Julia package manual page built by
 * Documenter.jl, a CRAN package vignette (rmarkdown html_vignette), a Dart SDK class page on api.dart.dev (dartdoc) and a
 * Swift Package Index package page with its README.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: all twelve are docs pages; a page's description or summary line (the NAME line of
 * pod, a GitHub or package summary) is body; declaration and signature blocks, spec and IDL blocks, member names and
 * signature terms, example output, reference-list entries and admonition labels are in neither list; table data cells are
 * body (a kable table one entry a row), header cells in neither; summary descriptions that repeat a docstring's first
 * sentence are body both times; section numbers stay in headings as the page shows them (RFC, WHATWG); an RFC's Status of
 * This Memo and Copyright Notice boilerplate, the table of contents and pilcrows are furniture; "last modified",
 * "Last Updated" and "Generated on" lines are bylines, as are a README's "Champions" and "Authors" items and a pod's AUTHOR
 * paragraph; "On this page" or contents lists that repeat the headings are left out, and a short furniture text that is
 * also a word or the whole of a gold line (a sidebar entry naming the current page, a "Status" footer link) is left out.
 */
export const HELDOUT187_PAGES: readonly TestPage[] = [...HELDOUT187_A, ...HELDOUT187_B, ...HELDOUT187_C, ...HELDOUT187_D, ...HELDOUT187_E, ...HELDOUT187_F];
