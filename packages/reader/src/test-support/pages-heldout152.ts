import type { TestPage } from './page-kit.js';
import { HELDOUT152_A } from './pages-heldout152-a.js';
import { HELDOUT152_B } from './pages-heldout152-b.js';
import { HELDOUT152_C } from './pages-heldout152-c.js';
import { HELDOUT152_D } from './pages-heldout152-d.js';
import { HELDOUT152_E } from './pages-heldout152-e.js';
import { HELDOUT152_F } from './pages-heldout152-f.js';

/**
 * Held-out batch 152, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Super User question closed as
 * a duplicate, an old.reddit.com thread with a removed comment, a Discourse topic on a programming language's users forum,
 * a phpBB 3.3 prosilver topic with attachments, a vBulletin 5 thread, a XenForo 2 thread on a car owners' forum, a GitHub
 * pull request conversation, a Meta Stack Exchange discussion, an Ask MetaFilter question, an answer page on a Quora-style
 * Q&A clone, a Lemmy post with nested comments and a Hacker News "Ask HN" thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on boards whose posts are <br>-separated text (phpBB, vBulletin, XenForo, Ask
 * MetaFilter) and on Hacker News (unclosed <p>), each stretch between breaks is one body paragraph; a thread title repeated
 * inside the first post (phpBB's h3 subject, vBulletin's h2) is in neither list, while the replies' "Re: ..." subjects are
 * furniture; platform labels inside or beside the title (XenForo's prefix label, Ask MetaFilter's date and "Subscribe"
 * inside the h1) are bylines or furniture, never title, while Super User's "[duplicate]" suffix stays in the title, as the
 * h1 shows it; the placeholder of a removed comment ("[removed]", "[deleted]") is furniture; the excerpt of the accepted
 * answer in Discourse's "Solved by" box is a quote (neither list); a pull request's description h2s are the headings and a benchmark table row's data cells
are one body
 * line; Meta's question h2s are the headings; numbers shown alone (scores, counts) are furniture.
 */
export const HELDOUT152_PAGES: readonly TestPage[] = [...HELDOUT152_A, ...HELDOUT152_B, ...HELDOUT152_C, ...HELDOUT152_D, ...HELDOUT152_E, ...HELDOUT152_F];
