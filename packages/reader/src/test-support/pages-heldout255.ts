import type { TestPage } from './page-kit.js';
import { HELDOUT255_A } from './pages-heldout255-a.js';
import { HELDOUT255_B } from './pages-heldout255-b.js';
import { HELDOUT255_C } from './pages-heldout255-c.js';
import { HELDOUT255_D } from './pages-heldout255-d.js';
import { HELDOUT255_E } from './pages-heldout255-e.js';
import { HELDOUT255_F } from './pages-heldout255-f.js';

/**
 * Held-out batch 255, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a project's release news post
 * on a Hugo site with the Docsy theme, a software foundation's blog post built with the Elementor page builder, a GitHub
 * Discussions Q&A thread, a Read the Docs tutorial on the Sphinx RTD theme, a governance RFC on a MkDocs Material site, a
 * mailing-list message in a HyperKitty (Mailman 3) archive, a Codeberg (Forgejo) repository page with its README, an Open
 * Collective project page (Next.js markup) with its budget and expenses, a maintainer's Jekyll (Minima) blog post with
 * webmentions, a project's security policy page on Docusaurus (a short main text), a Zulip-style public chat archive page,
 * and a package page on an ArchWiki-style MediaWiki (Vector 2022) wiki.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the forum-like pages (GitHub Discussions, HyperKitty, Zulip archive) every post
 * or message is body, including greetings, sign-offs and a quoted paragraph inside the mail, while a mail signature below
 * "-- " is furniture; sender names, timestamps and the archive's "Last updated" line are bylines. Docsy's lead paragraph is
 * body. Code blocks (pre) are in neither list; a note admonition's text is body and its label ("Note", "Note:", "Summary")
 * is furniture or in neither list; table data cells are body and header cells in neither list, except the RFC's
 * metadata table, whose labels and status are furniture and whose author and date cells are bylines. The Codeberg page's
 * README is the article: its h1 is the title, and the repository header, description, topics, file table and commit
 * line are furniture (the last commit's time is the byline). The Open Collective page's article is the About text
 * under the collective's h1 name; the section headings of the collective page (Contribute, Budget, About, Our team...),
 * tiers, contributors, budget totals and the expense and contribution rows are furniture. Webmention replies under the
 * Jekyll post are comments, so furniture. A wiki's "See also" list items are body; its related-articles box, edit-section
 * links and categories are furniture. Table-of-contents entries that repeat the headings are in neither list.
 */
export const HELDOUT255_PAGES: readonly TestPage[] = [...HELDOUT255_A, ...HELDOUT255_B, ...HELDOUT255_C, ...HELDOUT255_D, ...HELDOUT255_E, ...HELDOUT255_F];
