import type { TestPage } from './page-kit.js';
import { HELDOUT132_A } from './pages-heldout132-a.js';
import { HELDOUT132_B } from './pages-heldout132-b.js';
import { HELDOUT132_C } from './pages-heldout132-c.js';
import { HELDOUT132_D } from './pages-heldout132-d.js';
import { HELDOUT132_E } from './pages-heldout132-e.js';
import { HELDOUT132_F } from './pages-heldout132-f.js';

/**
 * Held-out batch 132, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Kubernetes documentation task
 * page (Hugo Docsy), a react.dev Hook reference page, a Vue.js guide page (VitePress with @vue/theme), a Next.js
 * documentation guide, a Rust book section (mdBook), a Node.js API documentation page, a PostgreSQL manual section, an Apple
 * Developer documentation article (DocC), an Android Developers guide (DevSite), an Intercom help center article, a
 * knowledge base article on a HubSpot-hosted knowledge base and an Atlassian support knowledge base article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's lead, description or abstract is body; callout, admonition and
 * aside texts (Note, Tip, Warning, Pitfall, Caution, Important, "Good to know", "Please note") are body, and a label that
 * stands in its own element (a "Note" h3, a "TIP" title paragraph, a "Pitfall" or "Deep Dive" heading, a DocC label
 * paragraph, the "Note:" strong of a Docsy callout) is in neither list, while an inline bold label stays in its paragraph;
 * a Deep Dive's own title is a heading; version and status metadata (Docsy feature-state notices, Node.js "Added in"
 * lines, stability indexes and History tables) and code-listing file names are in neither list; table data cells are body,
 * table header cells in neither list; table titles and listing figcaptions are captions (furniture); API parameter and
 * "Returns:" list items are body, a nested list's parent item listed on its own; headings keep their section numbers and
 * code as shown; a page title that is an h2 under a site-title h1 (mdBook, Node.js) is the title; content that CSS hides
 * for the reader's chosen variant (Vue's options-api block under prefer-composition) is in neither list, but texts hidden
 * until a click (a Deep Dive's details) are body; "On this page" and table-of-contents lists and crumbs that repeat the
 * title or headings are left out, as is a short furniture text that is also a word of a short gold line.
 */
export const HELDOUT132_PAGES: readonly TestPage[] = [...HELDOUT132_A, ...HELDOUT132_B, ...HELDOUT132_C, ...HELDOUT132_D, ...HELDOUT132_E, ...HELDOUT132_F];
