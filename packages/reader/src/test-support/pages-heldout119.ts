import type { TestPage } from './page-kit.js';
import { HELDOUT119_A } from './pages-heldout119-a.js';
import { HELDOUT119_B } from './pages-heldout119-b.js';
import { HELDOUT119_C } from './pages-heldout119-c.js';
import { HELDOUT119_D } from './pages-heldout119-d.js';
import { HELDOUT119_E } from './pages-heldout119-e.js';
import { HELDOUT119_F } from './pages-heldout119-f.js';

/**
 * Held-out batch 119, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an English Wikipedia science
 * article (Vector 2022), a Fandom character page with a portable infobox, a wikiHow how-to article in parts, a new Reddit
 * (shreddit) thread with nested comments, a Stack Overflow question with answers and comments, a Discourse topic solved with
 * the Solved plugin, a GitHub Discussions Q&A thread with a marked answer, a Quora question page with three answers, a
 * XenForo 2.3 forum thread, a vBulletin 4.2.5 forum thread, a Microsoft Q&A question on the Learn platform and an Ask Ubuntu
 * question with answers. Brands, people, places and facts are invented; the markup follows the real templates. Not yet
 * measured.
 * Gold conventions beyond the usual ones: on wiki pages the hatnote, infobox (title, caption, labels, values), navbox,
 * categories, "[edit]" links, See also entries and reference citations are furniture, the "See also" and "References"
 * headings are in neither list, and tables of contents that repeat the headings are left out; a Fandom character quote that
 * opens the article is body, its attribution line in neither list; wikiHow's Things You Should Know, parts, Expert Q&A
 * (question and answer), Tips, Warnings and Things You'll Need are the article, step numbers and "Part n" blocks in neither
 * list, the expert's name and title in the byline are bylines, reader success stories furniture; in threads, text that only
 * repeats a post (the Discourse "Solved by" quote, GitHub's "Answered by" excerpt, vBulletin's first-post h2) is in neither
 * list; a comment minimized behind "Show comment" is furniture; vBulletin's postcontent blockquote is the post itself, not a
 * quotation; Quora answer credentials and forum user titles are furniture; Stack Exchange's Asked / Modified / Viewed row is
 * in neither list; a short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT119_PAGES: readonly TestPage[] = [...HELDOUT119_A, ...HELDOUT119_B, ...HELDOUT119_C, ...HELDOUT119_D, ...HELDOUT119_E, ...HELDOUT119_F];
