import type { TestPage } from './page-kit.js';
import { HELDOUT141_A } from './pages-heldout141-a.js';
import { HELDOUT141_B } from './pages-heldout141-b.js';
import { HELDOUT141_C } from './pages-heldout141-c.js';
import { HELDOUT141_D } from './pages-heldout141-d.js';
import { HELDOUT141_E } from './pages-heldout141-e.js';
import { HELDOUT141_F } from './pages-heldout141-f.js';

/**
 * Held-out batch 141, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Irish Times news story (Arc XP),
 * a Sydney Morning Herald news story (Nine's React template), a New Zealand Herald premium news story (Arc XP), a Globe and Mail
 * politics story, a Toronto Star GTA story (BLOX), a Hindustan Times city story, a South China Morning Post Hong Kong story, a
 * Japan Times national story (WordPress), a Straits Times Singapore story (Drupal), a Jerusalem Post Israel news story, a News24
 * (South Africa) news story and an RTÉ News story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek, subhead, subline, synopsis or summary list under the headline is
 * body; promo paragraphs inside the article body (push-alert, WhatsApp, Telegram and newsletter lines, "Also Read |", "READ |",
 * "Read more:" links, "Get Latest ... News" closers, italic author notes) are furniture; a dateline opening the first
 * paragraph stays part of it (body); an author's role or outlet next to the name is a byline; rail rank numbers and wordless
 * separators are left out; a furniture text that repeats (a nav item also in the breadcrumb or footer) is listed once.
 */
export const HELDOUT141_PAGES: readonly TestPage[] = [...HELDOUT141_A, ...HELDOUT141_B, ...HELDOUT141_C, ...HELDOUT141_D, ...HELDOUT141_E, ...HELDOUT141_F];
