import type { TestPage } from './page-kit.js';
import { HELDOUT83_A } from './pages-heldout83-a.js';
import { HELDOUT83_B } from './pages-heldout83-b.js';
import { HELDOUT83_C } from './pages-heldout83-c.js';
import { HELDOUT83_D } from './pages-heldout83-d.js';
import { HELDOUT83_E } from './pages-heldout83-e.js';
import { HELDOUT83_F } from './pages-heldout83-f.js';

/**
 * Held-out batch 83, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a local TV station's news story
 * on a Hearst Television site, a long magazine feature on a Condé Nast (Wired-shape) site, a basketball game story on an
 * ESPN-shape sports site, a personal astrophotography blog post on Ghost with the Casper theme, a developer's incident
 * write-up on a Hashnode blog, a webhooks guide on a ReadMe.com developer hub, a migration guide on a GitHub repository wiki,
 * a deployment page of an open-source project's Docusaurus docs, a Wikipedia article on a historical fire in the Vector 2022
 * skin, a game fan wiki page on a Miraheze MediaWiki (legacy Vector), a Lemmy thread with nested comments and a GitHub
 * Discussions Q&A thread with an accepted answer and replies.
 * Brands, people, places and facts are invented; the markup follows the real templates. Held out: measured once, on the rules
 * of the end of round 43 (its last lines included), as a set only: 98.6 % / 99.8 %, 1 / 40 bylines, 12 / 676 furniture, 1 / 12
 * summaries with any.
 * Gold conventions beyond the usual ones: a dek, subtitle, custom excerpt or docs excerpt is body; a dateline opening the
 * first paragraph is body, a wire contribution note at the end of a story a byline; callout, alert and admonition texts are
 * body and their labels ("Note", "warning", "tip") furniture; table data cells are body (header cells in neither list);
 * Wikipedia reference markers stay in their paragraphs, the "References" heading is a heading and the reference list and
 * infoboxes are in neither list; a video's hidden transcript, link-preview (bookmark) cards and in-body recirculation boxes
 * ("Most Popular", "Editor's Picks", "RELATED") are furniture; a wiki's "edited this page" and a discussion's "asked this
 * question in" and "edited" are bylines; Lemmy's visually-hidden svg icon titles are furniture; tables of contents,
 * "On this page" lists, sidebar entries and breadcrumbs that repeat the title or the headings are left out of the lists.
 */
export const HELDOUT83_PAGES: readonly TestPage[] = [...HELDOUT83_A, ...HELDOUT83_B, ...HELDOUT83_C, ...HELDOUT83_D, ...HELDOUT83_E, ...HELDOUT83_F];
