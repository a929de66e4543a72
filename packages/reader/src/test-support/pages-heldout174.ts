import type { TestPage } from './page-kit.js';
import { HELDOUT174_A } from './pages-heldout174-a.js';
import { HELDOUT174_B } from './pages-heldout174-b.js';
import { HELDOUT174_C } from './pages-heldout174-c.js';
import { HELDOUT174_D } from './pages-heldout174-d.js';
import { HELDOUT174_E } from './pages-heldout174-e.js';
import { HELDOUT174_F } from './pages-heldout174-f.js';

/**
 * Held-out batch 174, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Jenkins user-handbook page, a
 * ruby-doc.org class page, a PHP manual function page, a perldoc.perl.org pod page, a HexDocs (ExDoc) module page, an
 * Erlang/OTP system guide page (ExDoc), a Scala 3 Book page on docs.scala-lang.org, a Swift.org DocC article, a Zig language
 * reference section, a Lua reference manual section, a Kotlin Multiplatform guide page and a Dart API class page on
 * api.dart.dev. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's abstract, description or purpose line is body; method and function
 * signatures, call sequences, synopses and typespecs are code (neither list), while each member's description is body;
 * admonition labels ("Note", "Tip") are furniture and their text body, unless the label is part of the paragraph (php.net);
 * "On this page" lists, tables of contents and summary tables that repeat the headings or member descriptions are left out,
 * as is a sidebar entry that is the page's own title; php.net user contributed notes are reader comments (furniture, their
 * names and ages bylines); a pod page's headline is its first head ("NAME"); one-page references (Zig, Lua) are saved at the
 * sections shown, which are the article; the Lua manual's authors line and "Last update" stamp are bylines.
 */
export const HELDOUT174_PAGES: readonly TestPage[] = [...HELDOUT174_A, ...HELDOUT174_B, ...HELDOUT174_C, ...HELDOUT174_D, ...HELDOUT174_E, ...HELDOUT174_F];
