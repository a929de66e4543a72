import type { TestPage } from './page-kit.js';
import { HELDOUT113_A } from './pages-heldout113-a.js';
import { HELDOUT113_B } from './pages-heldout113-b.js';
import { HELDOUT113_C } from './pages-heldout113-c.js';
import { HELDOUT113_D } from './pages-heldout113-d.js';
import { HELDOUT113_E } from './pages-heldout113-e.js';
import { HELDOUT113_F } from './pages-heldout113-f.js';

/**
 * Held-out batch 113, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Guardian UK news story, a New
 * York Times science story, a Reuters business story, a McClatchy local paper story, an NPR story with its audio module, a
 * The Conversation article, a Substack newsletter post, a Ghost blog post in the Casper theme, an MDN Web Docs guide page, a
 * Sphinx page on Read the Docs, a Wikipedia article in the Vector 2022 skin and a Discourse help topic with replies.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the rules of the end of round 44 (lines of batches 88 to 115): 98.3 % / 99.5 %, 1 / 37 bylines, 7 / 579
 * furniture, 2 / 12 summaries with any; not tuned on (held out; its pages were never looked at).
 * Gold conventions beyond the usual ones: a standfirst, dek, subhead or excerpt is body; a news dateline that opens the first
 * paragraph ("BERLIN, Oct 7 (Reuters) -") stays part of that paragraph (body), and a sign-off with reporting and editing
 * credits is a byline; "Read more:" and "Read Next" link paragraphs inside a story are furniture; a blog's callout card is
 * body, its signup card furniture; an author's role line on The Conversation is a byline; table data cells are body;
 * docs admonition titles ("Note") and table header cells are in neither list, a version-warning banner is furniture;
 * Wikipedia citation markers stay inside their paragraphs, the "References" heading is a heading but the reference list and
 * the infobox are in neither list; in the Discourse topic quoted text and topic-map numbers are in neither list and the
 * "edited" indicator is a byline; "In this article" / table-of-contents lists that repeat the headings are left out, and a
 * short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT113_PAGES: readonly TestPage[] = [...HELDOUT113_A, ...HELDOUT113_B, ...HELDOUT113_C, ...HELDOUT113_D, ...HELDOUT113_E, ...HELDOUT113_F];
