import type { TestPage } from './page-kit.js';
import { HELDOUT129_A } from './pages-heldout129-a.js';
import { HELDOUT129_B } from './pages-heldout129-b.js';
import { HELDOUT129_C } from './pages-heldout129-c.js';
import { HELDOUT129_D } from './pages-heldout129-d.js';
import { HELDOUT129_E } from './pages-heldout129-e.js';
import { HELDOUT129_F } from './pages-heldout129-f.js';

/**
 * Held-out batch 129, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a local newspaper story syndicated
 * on Yahoo News, a USA TODAY consumer news story, a CNBC markets article, a Business Insider workplace article, a The Verge
 * gadget news post, a TechCrunch funding story, a WIRED science story, an Ars Technica security story, a Vox explainer, a
 * POLITICO Congress story, a HuffPost labor news story and an NPR health story. Brands, people, places and facts are invented;
 * the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subheadline and summary or key-point bullets at the top of the article are
 * body (CNBC's "Key Points" label and its video's "VIDEO" label are in neither list); a "By" word is kept with the author name
 * in one byline where the page sets them in one line; "contributed to this report" and "Contributing:" lines are bylines; a
 * reporter's contact or tip line in italics at the end of the body, a syndication "originally appeared on" line and ad
 * markers such as "Story Continued Below" are furniture; a command in a code block is in neither list; a furniture text that
 * appears in two places (a category that is also a nav item, a footer link that repeats a header link) is listed once;
 * list ranks ("1" ... "5") in the rails are left out.
 */
export const HELDOUT129_PAGES: readonly TestPage[] = [...HELDOUT129_A, ...HELDOUT129_B, ...HELDOUT129_C, ...HELDOUT129_D, ...HELDOUT129_E, ...HELDOUT129_F];
