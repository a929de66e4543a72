import type { TestPage } from './page-kit.js';
import { HELDOUT257_A } from './pages-heldout257-a.js';
import { HELDOUT257_B } from './pages-heldout257-b.js';
import { HELDOUT257_C } from './pages-heldout257-c.js';
import { HELDOUT257_D } from './pages-heldout257-d.js';
import { HELDOUT257_E } from './pages-heldout257-e.js';
import { HELDOUT257_F } from './pages-heldout257-f.js';

/**
 * Held-out batch 257, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia article on MediaWiki's Vector 2022
 * skin with infobox, wikitable, references, navbox and fundraising banner, a Fandom character page with portable infobox, ad
 * slots and article comments, a makerspace's DokuWiki page, a public Confluence Data Center page with info macro and comments, a
 * design studio's public Notion page (framework markup: div blocks, no <p>), a Wiki.js 2 page (Vuetify markup, title in a
 * div.headline, no h1), a food co-op's BookStack page with comments, a short GitHub repository wiki page, an XWiki page on the
 * Flamingo skin with comments, an Outline shared document (styled-components and ProseMirror markup), a TiddlyWiki 5 tiddler saved
 * with its JSON tiddler store (tiddler title an h2, site title the only h1) and a MoinMoin 1.9 page on the modernist theme
 * (location line h1 above the content h1).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the article's own heading even where it is not the page's h1 (Wiki.js's
 * div.headline, TiddlyWiki's h2.tc-title, MoinMoin's content h1 rather than the location line, XWiki's document title rather than
 * its h1 panel titles); a short description under the title written by the page's author (Wiki.js) is body; infoboxes (Wikipedia,
 * Fandom), the reference list, navbox and categories are furniture, and the Wikipedia "References" heading with them; a
 * table's data cells are body and its header cells in neither list; callouts, notice and info boxes and a quote with its
 * author's note inside the article are body; a code block is body; inline citation markers stay in the body text as shown;
 * table-of-contents entries that repeat a heading are in neither list, their "Contents" label furniture; comments on the page
 * (Fandom, Confluence, BookStack, XWiki) are furniture with their authors and dates; page "last modified / created / owner /
 * updated by" lines and property labels are bylines, a revision count furniture; site-tree and breadcrumb items that repeat the
 * title are in neither list.
 */
export const HELDOUT257_PAGES: readonly TestPage[] = [...HELDOUT257_A, ...HELDOUT257_B, ...HELDOUT257_C, ...HELDOUT257_D, ...HELDOUT257_E, ...HELDOUT257_F];
