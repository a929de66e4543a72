import type { TestPage } from './page-kit.js';
import { HELDOUT154_A } from './pages-heldout154-a.js';
import { HELDOUT154_B } from './pages-heldout154-b.js';
import { HELDOUT154_C } from './pages-heldout154-c.js';
import { HELDOUT154_D } from './pages-heldout154-d.js';
import { HELDOUT154_E } from './pages-heldout154-e.js';
import { HELDOUT154_F } from './pages-heldout154-f.js';

/**
 * Held-out batch 154, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New York Post news story on its
 * WordPress VIP theme, a Wall Street Journal news story, a Los Angeles Daily News story on the SCNG WordPress theme, a Houston
 * Chronicle story on the Hearst template, an Atlanta Journal-Constitution story on Arc XP, a Philadelphia Inquirer story on Arc
 * XP, a Guardian US news story on dotcom-rendering, a Mirror (UK) story on the Reach plc template, an Evening Standard news
 * story, a Scotsman story on the National World template, a Manchester Evening News story and a Wales Online story (both on
 * the Reach plc template). Brands, people, places and facts are invented; the markup follows the real templates. Not yet
 * measured.
 * Gold conventions beyond the usual ones: a dek or standfirst is body; in-body promos ("READ MORE:", "Read more:", "RELATED:"
 * paragraphs, "Read Next" boxes, a closing "READ NEXT:" list, WhatsApp and newsletter boxes, a newsletter promotion with its
 * skip notes) are furniture; an author's contact line ("Write to ...", "Reach ... at ...", the email and organisation on a
 * byline) and an italic "contributed to this article" line are bylines, an author bio is furniture; a print-edition note and
 * an "Originally Published:" line are furniture and a byline respectively; headlines inside the list items of a "Read More"
 * box are furniture, not headings.
 */
export const HELDOUT154_PAGES: readonly TestPage[] = [...HELDOUT154_A, ...HELDOUT154_B, ...HELDOUT154_C, ...HELDOUT154_D, ...HELDOUT154_E, ...HELDOUT154_F];
