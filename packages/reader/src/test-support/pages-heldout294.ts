import type { TestPage } from './page-kit.js';
import { HELDOUT294_A } from './pages-heldout294-a.js';
import { HELDOUT294_B } from './pages-heldout294-b.js';
import { HELDOUT294_C } from './pages-heldout294-c.js';
import { HELDOUT294_D } from './pages-heldout294-d.js';
import { HELDOUT294_E } from './pages-heldout294-e.js';
import { HELDOUT294_F } from './pages-heldout294-f.js';

/**
 * Held-out batch 294, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an IndieWeb blog post with h-entry
 * microformats and webmention likes, reposts and replies, a hand-written Neocities page with a marquee, a hit counter and a
 * webring, a tilde.club user page with an ASCII-art banner and the tilde ring, a digital-garden note on Obsidian Publish with
 * properties, file tree, graph, outline and backlinks, a Quartz v4 garden note with explorer, breadcrumbs, table of contents and
 * backlinks, a Bear Blog post with its toast button, a Write.as collection post with the fediverse follow box, a titled
 * Micro.blog post whose main text is short with its Micro.blog conversation, a Mataroa blog post with comments, a TiddlyWiki 5
 * page saved from the browser (rendered story river, sidebar, JSON tiddler store), an Emacs org-mode HTML export with its
 * table of contents and postamble, and a hand-written 2000s essay laid out with nested tables.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the platform puts the site name in the page's h1 and the post's title in an h2
 * (Write.as' h2#title, TiddlyWiki's h2.tc-title), the title is the post's own title and the site name is furniture; replies
 * (webmentions, the Micro.blog conversation, Mataroa comments) are furniture with their authors and dates; org-mode's
 * section numbers stay in the headings ("2.1. Accounts we use") and the table of contents, which repeats them, is in neither
 * list; code blocks' lines, table data cells and an org table's caption text are body, table header cells and the org
 * "Table 1:" label are not body; Obsidian's properties block (planted / tended dates) gives bylines for the dates and
 * furniture for the labels and tags; TiddlyWiki's subtitle (modifier and modified date) is byline; a file-tree or
 * outline entry that repeats the title or a link in the body is not listed; a Neocities "currently reading" box, a
 * tilde's "last touched" line and a 2000s "Last updated" line are furniture, bylines and bylines respectively; a
 * Quartz note's wiki-link targets and Obsidian's [[links]] are body as their link text.
 */
export const HELDOUT294_PAGES: readonly TestPage[] = [...HELDOUT294_A, ...HELDOUT294_B, ...HELDOUT294_C, ...HELDOUT294_D, ...HELDOUT294_E, ...HELDOUT294_F];
