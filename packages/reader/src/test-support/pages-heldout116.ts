import type { TestPage } from './page-kit.js';
import { HELDOUT116_A } from './pages-heldout116-a.js';
import { HELDOUT116_B } from './pages-heldout116-b.js';
import { HELDOUT116_C } from './pages-heldout116-c.js';
import { HELDOUT116_D } from './pages-heldout116-d.js';
import { HELDOUT116_E } from './pages-heldout116-e.js';
import { HELDOUT116_F } from './pages-heldout116-f.js';

/**
 * Held-out batch 116, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Bloomberg news story, a Newsweek
 * news story with its "What ..." sections, a USA TODAY story on the Gannett template, a Times of India city story with a
 * <br>-separated body, a South China Morning Post story, an Irish Times story on Arc XP, a Daily Mail Online story with its
 * reader comments, a Sydney Morning Herald story, a Forbes contributor article, a HuffPost politics story, a local TV station
 * story on Gray Media's template and a Le Monde in English article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or editorial summary bullets under the headline are body (also
 * when the dek is an h2, as on the Irish Times page), while an AI-generated "Key Points" summary box is furniture; a dateline
 * that opens the first paragraph's text ("PUNE:", "ASHFORD, Iowa (KBVT) -") stays part of that paragraph; an editor's update
 * note written as the last paragraph of the text is body; "With assistance from" and "Contributing:" lines and a closing
 * author signature are bylines, while reporter tag lines, author cards and bios are furniture; promo, app, newsletter,
 * copyright and translation lines written as paragraphs inside the body are furniture; a breadcrumb item that repeats the
 * headline is left out of the lists.
 */
export const HELDOUT116_PAGES: readonly TestPage[] = [...HELDOUT116_A, ...HELDOUT116_B, ...HELDOUT116_C, ...HELDOUT116_D, ...HELDOUT116_E, ...HELDOUT116_F];
