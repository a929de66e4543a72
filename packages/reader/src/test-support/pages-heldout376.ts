import type { TestPage } from './page-kit.js';
import { HELDOUT376_A } from './pages-heldout376-a.js';
import { HELDOUT376_B } from './pages-heldout376-b.js';
import { HELDOUT376_C } from './pages-heldout376-c.js';
import { HELDOUT376_D } from './pages-heldout376-d.js';
import { HELDOUT376_E } from './pages-heldout376-e.js';
import { HELDOUT376_F } from './pages-heldout376-f.js';

/**
 * Held-out batch 376, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GameFAQs-style plain-text
 * FAQ/walkthrough in a `<pre>`, an IGN-style guide wiki page in Next.js markup with its table of contents, a Fandom wiki boss
 * page with a portable infobox, a Fextralife-style wiki weapon page with an upgrade table and page comments, a speedrun.com-style
 * route guide with a short body, a Steam community guide with `<br>`-broken sections and comments, a Game8-style tier list
 * (a listing whose table is the body), a Polygon-style guide article on the Chorus template, a Reddit tips thread in shreddit
 * markup, a Prima-style chapter strategy page built with Elementor, a Nexus Mods-style mod description page with BBCode
 * `<br>` text, and a patch-aware build guide on a Ghost blog with a patch callout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: in the plain-text FAQ the section name lines between `=` rules are headings and
 * the rules themselves in neither list; a table of contents or guide index whose entries repeat the article's headings (and
 * a sidebar entry repeating the title) is in neither list, its other entries furniture; infobox labels and values
 * (Fandom, Fextralife) are furniture, while the data cells of an article's own table (tier table, upgrade table, fish table,
 * stat table) are body and header cells in neither list; a dek or excerpt under the h1 (Polygon, Ghost) is in neither list;
 * the Steam guide's top description, Nexus's "About this mod" summary, a patch callout and a "Strategy tip" box inside the
 * post content, and a quoted item flavour text or patch-note quote are body; on Reddit the post and the comments are body,
 * the usernames and ages bylines, the subreddit name, flair and scores furniture; comments on wiki, guide and tier-list
 * pages (Fextralife, Steam, Game8) are furniture; Steam's and Nexus's "Posted" / "Updated" / "Last updated" / "Created by"
 * labels and their values are bylines; a breadcrumb or nav entry whose text also occurs inside a body paragraph (a game's
 * name) is left out of the furniture list; an h2 over a related-links table inside the article (Game8's "Related Guides") is
 * furniture, not a heading.
 */
export const HELDOUT376_PAGES: readonly TestPage[] = [...HELDOUT376_A, ...HELDOUT376_B, ...HELDOUT376_C, ...HELDOUT376_D, ...HELDOUT376_E, ...HELDOUT376_F];
