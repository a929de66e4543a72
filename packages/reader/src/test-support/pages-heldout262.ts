import type { TestPage } from './page-kit.js';
import { HELDOUT262_A } from './pages-heldout262-a.js';
import { HELDOUT262_B } from './pages-heldout262-b.js';
import { HELDOUT262_C } from './pages-heldout262-c.js';
import { HELDOUT262_D } from './pages-heldout262-d.js';
import { HELDOUT262_E } from './pages-heldout262-e.js';
import { HELDOUT262_F } from './pages-heldout262-f.js';

/**
 * Held-out batch 262, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Irish Times-style article on
 * Arc XP, a Sydney Morning Herald-style article on Nine's React template, a Globe and Mail-style article with its audio
 * player and editorial-error box, a South China Morning Post-style article saved from its Next.js / Emotion app, a Straits
 * Times-style data page (COE bidding results with a results table), an NDTV-style short news article from a syndicated
 * feed, a Japan Times-style article on its WordPress theme, a Haaretz English-style article with reader comments, a
 * Hindu-style article, a Mail & Guardian-style article built with the tagDiv Newspaper page builder, an NZ Herald-style
 * live-updates page (a listing of timestamped posts) and a Kyiv Independent-style article on Ghost.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst / dek / subtitle written under the h1 (Irish Times, Globe and Mail,
 * Haaretz, The Hindu) is body, and so are SCMP's editor-written key points under the h1; NDTV's AI-generated "Quick Read"
 * summary box is furniture, as are its syndicated-feed note and Kyiv Independent's "Editor's note" callout about the
 * story; an author's job title in the byline ("Western Correspondent", "Staff writer") and the dateline place are bylines,
 * as are "Published" / "Updated" labels that stand alone; a pull quote set as a blockquote in the running text is body;
 * on the Straits Times data page the table's caption and data cells are body, the header cells in neither list; on the
 * NZ Herald live page the intro, every post's paragraphs and list items are body, each post's title is a heading, and
 * the post times and authors are bylines, while the "Latest" key-event list is furniture; reader comments are
 * furniture; a text repeated on the page (a byline also used as a photo credit, a "Published" line shown twice) is
 * listed once. Short furniture texts (menu items such as "Hong Kong" or "Pune Metro") may occur inside long body
 * paragraphs: "no furniture text inside a body text" was checked as the scorer's `present` looks for snippets (three
 * words or fewer only on short lines, longer ones anywhere, case-insensitive).
 */
export const HELDOUT262_PAGES: readonly TestPage[] = [...HELDOUT262_A, ...HELDOUT262_B, ...HELDOUT262_C, ...HELDOUT262_D, ...HELDOUT262_E, ...HELDOUT262_F];
