import type { TestPage } from './page-kit.js';
import { HELDOUT147_A } from './pages-heldout147-a.js';
import { HELDOUT147_B } from './pages-heldout147-b.js';
import { HELDOUT147_C } from './pages-heldout147-c.js';
import { HELDOUT147_D } from './pages-heldout147-d.js';
import { HELDOUT147_E } from './pages-heldout147-e.js';
import { HELDOUT147_F } from './pages-heldout147-f.js';

/**
 * Held-out batch 147, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New York Magazine
 * (Intelligencer) city-politics news article, a Rolling Stone music news article with a tour-date list, a Vanity Fair
 * Hollywood news story, an Esquire politics news story, a Scientific American evolution news story, a Nature news article
 * with references, a Science (AAAS) news story, a Smithsonian Magazine Smart News article, a National Geographic animals
 * news article, a Quanta Magazine mathematics news article with reader comments, an MIT Technology Review AI news story and
 * a New Scientist environment news article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle is body; a reading time is a byline, as are the
 * author's name alone and the "By" line; a writer's role ("Senior Writer", "Daily Correspondent") is furniture; notices
 * inside or at the top of the article text that are not the story ("One Great Story", "The Algorithm", "On supporting
 * science journalism", "A version of this story appeared in", a print-issue note) are furniture, as are editorial link
 * lists inside the text ("More Great Stories From Vanity Fair", Quanta's "Related:", "Trending Stories"); references,
 * their links, doi lines and "Journal reference" lines are in neither list; a short furniture text that is also a word of a
 * short gold line (the title, a subhead, a short list item) is left out of the furniture list, and a furniture text that
 * appears several times on a page is listed once.
 */
export const HELDOUT147_PAGES: readonly TestPage[] = [...HELDOUT147_A, ...HELDOUT147_B, ...HELDOUT147_C, ...HELDOUT147_D, ...HELDOUT147_E, ...HELDOUT147_F];
