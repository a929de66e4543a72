import type { TestPage } from './page-kit.js';
import { HELDOUT135_A } from './pages-heldout135-a.js';
import { HELDOUT135_B } from './pages-heldout135-b.js';
import { HELDOUT135_C } from './pages-heldout135-c.js';
import { HELDOUT135_D } from './pages-heldout135-d.js';
import { HELDOUT135_E } from './pages-heldout135-e.js';
import { HELDOUT135_F } from './pages-heldout135-f.js';

/**
 * Held-out batch 135, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Nexstar local TV station story
 * (WordPress VIP), a Gannett local newspaper story (USA TODAY Network "gnt_" template), a McClatchy newspaper story, a Patch
 * local story, an Axios Local story, a The Hill story, a Daily Beast story, a The Conversation (US) article, a ProPublica
 * Local Reporting Network story, a CBC News story, an ABC News (US) story and a Times of India city story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or deck is body even where it is marked up as an h2 (CBC, ABC News); a
 * dateline that opens the first paragraph ("MILLBROOK, Ohio (WKRV) —", "KHARSANA:") stays in that paragraph (body); Axios's
 * bold Smart Brevity lead-ins ("Why it matters:") are part of their paragraphs; link lines inside the article text ("RELATED:",
 * "More:", "MORE:", "Read Next", "Read More", "Also Read", "Go deeper:") and in-text promos, sign-up boxes, tip lines and
 * newsletter lines are furniture, as are the Gannett AI-assisted "Key Points" box, reporter contact lines, author bios,
 * captions and credits, and the text-to-speech box; "This story was originally published", "With files from" and
 * "contributed to this report" lines are bylines; on the Times of India page the article text is bare text split by
 * <br><br>, each stretch one body paragraph.
 */
export const HELDOUT135_PAGES: readonly TestPage[] = [...HELDOUT135_A, ...HELDOUT135_B, ...HELDOUT135_C, ...HELDOUT135_D, ...HELDOUT135_E, ...HELDOUT135_F];
