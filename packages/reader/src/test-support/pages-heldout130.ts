import type { TestPage } from './page-kit.js';
import { HELDOUT130_A } from './pages-heldout130-a.js';
import { HELDOUT130_B } from './pages-heldout130-b.js';
import { HELDOUT130_C } from './pages-heldout130-c.js';
import { HELDOUT130_D } from './pages-heldout130-d.js';
import { HELDOUT130_E } from './pages-heldout130-e.js';
import { HELDOUT130_F } from './pages-heldout130-f.js';

/**
 * Held-out batch 130, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Atlantic news article
 * (Next.js template), a New Yorker dispatch (Condé Nast verso template), a Bloomberg markets story, a Financial Times
 * company story (o-header / o-topper), an Economist Finance & economics article, an Axios Smart Brevity story, a TIME climate
 * story, a Newsweek "What To Know" news story, a Daily Mail (MailOnline) news story with reader comments, a Telegraph
 * politics story, a Sky News UK story (sdc template) and a CBS News breaking-news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, sub-title or summary-bullet list under the headline (Bloomberg's
 * abstract, the Daily Mail's bold bullets, the Economist's rubric h2) is body, while a section label or fly title above the
 * headline is furniture; bold lead-ins ("Why it matters:") are part of their paragraphs; "Read:", "Read More:", "Read more
 * from Sky News:" and "Go deeper:" link lines, related-article boxes and newsletter modules inside the article body are
 * furniture; an update note ("(Updates with ...)", "Update 3/3/25 ...") and a subscription pitch ending the body are
 * furniture; contact and credit lines ("Write to ... at ...", "With assistance from ...", "... contributed to this report")
 * and a reporter's position, handle or dateline are bylines; the Economist's "■" end ornament stays inside its paragraph.
 */
export const HELDOUT130_PAGES: readonly TestPage[] = [...HELDOUT130_A, ...HELDOUT130_B, ...HELDOUT130_C, ...HELDOUT130_D, ...HELDOUT130_E, ...HELDOUT130_F];
