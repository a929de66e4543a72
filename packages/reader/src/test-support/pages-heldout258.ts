import type { TestPage } from './page-kit.js';
import { HELDOUT258_A } from './pages-heldout258-a.js';
import { HELDOUT258_B } from './pages-heldout258-b.js';
import { HELDOUT258_C } from './pages-heldout258-c.js';
import { HELDOUT258_D } from './pages-heldout258-d.js';
import { HELDOUT258_E } from './pages-heldout258-e.js';
import { HELDOUT258_F } from './pages-heldout258-f.js';

/**
 * Held-out batch 258, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a phpBB 3.3 (prosilver) topic on a
 * synthesizer repair board, a vBulletin 4.2 thread on an aquarium forum, a XenForo 2.2 thread on a woodworking forum, a
 * Discourse topic (a proposal with h2 sections and a table) on an open-source project's community, an Invision Community 4.7
 * topic on a motorcycle owners' club, an SMF 2.1 topic on a beekeeping forum, a MyBB 1.8 thread on a retro games collectors'
 * board, a Vanilla Forums Q&A question with an accepted answer (a page whose main text is short) on a smart-home support community, a NodeBB (Persona) topic
 * with h2 sections and a code block on a self-hosting forum, a Flarum discussion on a home-baking forum, a Lemmy post with its
 * comment tree, and an old-Reddit self-post thread with nested comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: every post of a thread is body (the opening post and all replies, on Lemmy and old
 * Reddit the post and all its comments), in page order; the title is the thread's subject even where the page's h1 is the
 * forum's name (phpBB's site description, SMF's forumtitle, NodeBB's navbar brand, old Reddit's subreddit titlebox) or where
 * there is no h1 (MyBB's thead cell), and vBulletin's "Thread:" h1 label is in neither list; headings written inside a post
 * (Discourse and NodeBB markdown h2) are headings; the quoted excerpt of an earlier post inside a reply repeats body text and is
 * in neither list, while its "X said:" / "Originally Posted by" / "Quote from:" / "Wrote:" attribution is furniture; "Re:"
 * post subjects, signatures, user titles, ranks, groups, post counts, join dates, locations, reputation, points, likes lists
 * and user flair are furniture; post authors' names and post dates are bylines (each listed once), and a member's join date
 * is furniture, not a byline; a data table inside a post is body, every cell; a command line in a post's code block is body;
 * a Flarum "changed the title" event post and Discourse's topic map are furniture; bare counts of one or two characters and
 * tags and footer links whose text also occurs inside a body paragraph are left out of the furniture.
 */
export const HELDOUT258_PAGES: readonly TestPage[] = [...HELDOUT258_A, ...HELDOUT258_B, ...HELDOUT258_C, ...HELDOUT258_D, ...HELDOUT258_E, ...HELDOUT258_F];
