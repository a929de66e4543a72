import type { TestPage } from './page-kit.js';
import { HELDOUT104_A } from './pages-heldout104-a.js';
import { HELDOUT104_B } from './pages-heldout104-b.js';
import { HELDOUT104_C } from './pages-heldout104-c.js';
import { HELDOUT104_D } from './pages-heldout104-d.js';
import { HELDOUT104_E } from './pages-heldout104-e.js';
import { HELDOUT104_F } from './pages-heldout104-f.js';

/**
 * Held-out batch 104, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Guardian-style (DCR) news
 * analysis with an "Analysis" kicker and a "This article is more than 2 years old" warning, an Arc XP paid post opened by its
 * "Sponsored content" disclosure, a CNN-style news story opened by an "Editor's note:" paragraph, a Vox Media (duet) magazine
 * story opened by "This story is part of our series ...", a WordPress (GeneratePress) guest post opened by "This is a guest
 * post by ...", a Blogger (Contempo) product review opened by a "Disclosure:" paragraph, a Substack newsletter post opened by
 * "Welcome to the 143 new subscribers ...", a Docusaurus docs page opened by a "work in progress" caution admonition, a
 * Microsoft Learn-style docs article opened by "Applies to:" and a version picker, a MediaWiki (Vector 2022) article opened
 * by "This article is about ..." and "Not to be confused with" hatnotes, a XenForo 2 thread under a pinned "Please read the
 * rules before posting" notice and a Stack Exchange question opened by "This question was migrated from ...".
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the round-44 rules of batches 88 to 99: 97.2 % / 99.9 %, 0 / 39 bylines, 7 / 567 furniture, 3 / 12 summaries
 * with any; training for the round-44 lines that open a text (a series note, a guest post's note, a newsletter's welcome, a
 * work-in-progress note, a reader-revenue ask).
 * Gold conventions beyond the usual ones: the opening notice or label of each page is furniture even where it is the first
 * paragraph of the article body (editor's note, guest-post note, disclosure, welcome line, series box, admonition, "Applies
 * to:" line, hatnotes, migration notice); a dek, standfirst, subheadline or newsletter subtitle is body; an inline source
 * cite ("Place (ANN) —") and footnote markers are part of their paragraphs; in-body promos (a sponsor's call to action,
 * subscription widgets, membership asks, related-article cards) are furniture; a pull quote repeating a body sentence, a
 * wiki infobox and reference list, code blocks and table header cells are in neither list; table data cells and list items
 * are body; a docs alert's label ("Note") is furniture and its text body; "On this page" / "In this article" / wiki
 * contents lists that repeat the headings are left out, as is a furniture text equal to the title; in the XenForo thread a
 * post's <br><br> breaks split it into body paragraphs; on the Q&A page the question, answers and every comment are body.
 */
export const HELDOUT104_PAGES: readonly TestPage[] = [...HELDOUT104_A, ...HELDOUT104_B, ...HELDOUT104_C, ...HELDOUT104_D, ...HELDOUT104_E, ...HELDOUT104_F];

/**
 * The byline and furniture texts of batch 104 the round-44 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT104_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a tag that is a word of the text
  'heldout104-blogger-contempo-disclosure-review': ['coffee'],
};
