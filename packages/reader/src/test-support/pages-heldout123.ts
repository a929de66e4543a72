import type { TestPage } from './page-kit.js';
import { HELDOUT123_A } from './pages-heldout123-a.js';
import { HELDOUT123_B } from './pages-heldout123-b.js';
import { HELDOUT123_C } from './pages-heldout123-c.js';
import { HELDOUT123_D } from './pages-heldout123-d.js';
import { HELDOUT123_E } from './pages-heldout123-e.js';
import { HELDOUT123_F } from './pages-heldout123-f.js';

/**
 * Held-out batch 123, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Apple Developer documentation
 * article (DocC), an Android Developers guide page (DevSite), a PostgreSQL manual page (DocBook on postgresql.org), a Node.js
 * API docs page, a docs.rs crate page (rustdoc inside the docs.rs top bar), a Kotlin docs page (Writerside help app), a Home
 * Assistant community topic (Discourse, with the Solved plugin), an Arch Linux forum thread (FluxBB), a Steam Community
 * discussion thread, a Tom's Guide forum thread (XenForo question thread), a Spiceworks Community topic (Discourse with
 * reactions) and a Unix & Linux Stack Exchange question with answers and comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's abstract or lead and its callouts (Important, Note, Tip, Caution
 * asides and boxes) are body, the callouts' separate labels in neither list; table data cells are body; a docs page's
 * version and status metadata (Node.js stability boxes, "Source Code:" lines and "Added in:" lines, PostgreSQL example
 * titles) is in neither list; rustdoc's item tables ("Modules", "Structs", ... with their one-line summaries) and their
 * sidebar links are in neither list; "On this page" / "In this article" / table-of-contents lists that repeat the headings
 * are left out; a docs page's "Last updated" / "Last modified" line is a byline; a forum thread's title is the topic subject
 * wherever the platform shows it (FluxBB has no topic h1, Steam shows it in a div), without a prefix label such as XenForo's
 * "Solved!" (furniture); posts split by <br> give one body entry per paragraph; on Stack Exchange comments are body; an
 * accepted-answer or solution excerpt that the platform copies under the first post is in neither list, as are quotes; a
 * short furniture text that is also a word of a short gold line (a crate name in a "Crate ..." title) is left out.
 * Non-ASCII characters in the page texts are written as \u escapes, so that every line stays within 160 bytes.
 */
export const HELDOUT123_PAGES: readonly TestPage[] = [...HELDOUT123_A, ...HELDOUT123_B, ...HELDOUT123_C, ...HELDOUT123_D, ...HELDOUT123_E, ...HELDOUT123_F];
