import type { TestPage } from './page-kit.js';
import { HELDOUT409_A } from './pages-heldout409-a.js';
import { HELDOUT409_B } from './pages-heldout409-b.js';
import { HELDOUT409_C } from './pages-heldout409-c.js';
import { HELDOUT409_D } from './pages-heldout409-d.js';
import { HELDOUT409_E } from './pages-heldout409-e.js';
import { HELDOUT409_F } from './pages-heldout409-f.js';

/**
 * Held-out batch 409, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Obsidian Publish note with
 * Properties, a callout and backlinks; a Quartz v4 garden page with explorer, breadcrumbs, graph view, table of contents and
 * backlinks; a TiddlyWiki 5 page saved from the browser, with its JSON tiddler store and sidebar tabs; a Notion public page on
 * notion.site in Notion's React block markup; a Roam Research public graph page with nested blocks and Linked References; a
 * Dendron note on the Next.js / Ant Design template with Children and Backlinks; a GitBook personal notes space with hint
 * block, Previous / Next and feedback; a Logseq published graph page with page properties and references; a hand-written
 * static garden note with "planted" / "last tended" dates, footnotes and webmentions; a short Bear Blog post with upvote and
 * email sign-up; a Hugo garden's "Evergreen notes" section listing; and a short Zettelkasten note published with Neuron.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the TiddlyWiki page's title is the open tiddler's h2 (the page's only h1 is the
 * wiki's site title, which is furniture), and its modifier and date subtitle are bylines; outline, table-of-contents and
 * "Open" tab entries that repeat the title or a heading are in neither list, as are table header cells, while table data
 * cells, callouts, hints and code blocks inside the article are body; Notion's and Logseq's text blocks and Roam's outline
 * blocks are body paragraphs, their heading blocks headings; page properties (Obsidian's created / updated values, Notion's
 * Owner and Last edited values) are bylines and their labels furniture, Logseq's tags / type properties are furniture; a
 * GitBook page description under the h1 is body; the garden note's footnotes are body, its growth stage and epistemic status
 * furniture; on the Hugo listing the section intro and each card's summary are body, each card's title a heading and its
 * stage / tended line furniture; the Neuron zettel ID, uplink tree and backlinks are furniture, and a backlink whose title
 * also appears as a link inside the note's text is listed only once in the body text; pages without dates (Roam, Logseq,
 * the listing, the zettel) have no bylines.
 */
export const HELDOUT409_PAGES: readonly TestPage[] = [...HELDOUT409_A, ...HELDOUT409_B, ...HELDOUT409_C, ...HELDOUT409_D, ...HELDOUT409_E, ...HELDOUT409_F];
