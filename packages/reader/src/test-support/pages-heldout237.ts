import type { TestPage } from './page-kit.js';
import { HELDOUT237_A } from './pages-heldout237-a.js';
import { HELDOUT237_B } from './pages-heldout237-b.js';
import { HELDOUT237_C } from './pages-heldout237-c.js';
import { HELDOUT237_D } from './pages-heldout237-d.js';
import { HELDOUT237_E } from './pages-heldout237-e.js';
import { HELDOUT237_F } from './pages-heldout237-f.js';

/**
 * Held-out batch 237, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a small-town weekly's news story
 * on TownNews BLOX, a Patch local story, a hyperlocal nonprofit newsroom's story on Newspack, a university student
 * newspaper's news story on SNO FLEX, a community radio station's news story on WordPress, a regional TV station's web
 * story (Arc-style), a county newspaper's obituary on BLOX, a local paper's letters to the editor page, a city magazine's
 * restaurant news on WordPress, a rural electric co-op's newsletter story on Drupal, a local newsletter post on Ghost and
 * an island community's news blog post on Blogger.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle is body; a letter's "To the editor:" salutation and its
 * signature line are body, each letter's headline is a heading; an obituary's birth-death date line is furniture and its
 * funeral-home line furniture; guest-book condolences and reader comments are furniture; a short furniture text that is
 * also a word of a short gold line (a title or heading) is left out.
 */
export const HELDOUT237_PAGES: readonly TestPage[] = [...HELDOUT237_A, ...HELDOUT237_B, ...HELDOUT237_C, ...HELDOUT237_D, ...HELDOUT237_E, ...HELDOUT237_F];
