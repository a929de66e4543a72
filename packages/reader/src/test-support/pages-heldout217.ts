import type { TestPage } from './page-kit.js';
import { HELDOUT217_A } from './pages-heldout217-a.js';
import { HELDOUT217_B } from './pages-heldout217-b.js';
import { HELDOUT217_C } from './pages-heldout217-c.js';
import { HELDOUT217_D } from './pages-heldout217-d.js';
import { HELDOUT217_E } from './pages-heldout217-e.js';
import { HELDOUT217_F } from './pages-heldout217-f.js';

/**
 * Held-out batch 217, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a BAILII judgment page, a law
 * firm's client alert, a Lawfare article, an Avvo legal question with lawyers' answers, a supreme court's press summary of
 * a judgment, a state bar association's news item on Drupal, a legal aid charity's advice guide, a Workplace Relations
 * Commission (employment tribunal) decision page, a U.S. Attorney's Office press release on the Justice Department's site,
 * a law professor's blog post on Typepad, a parliamentary select committee report chapter and a XenForo legal forum thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle is body; a judgment's or decision's header blocks (citation,
 * case number, parties and counsel tables, reference lines, standard procedure text) are in neither list, its date,
 * judge and hearing-date lines are bylines; bold labels that head sections of a judgment, decision or blog post are
 * headings; numbered report paragraphs keep their numbers (body) but not their footnote marks, and footnotes are in neither
 * list; a "Key Takeaways" box opening a client alert is article text, the disclaimer after it furniture; standard notices
 * around a press summary ("does not form part of the reasons", the square-brackets note) and helpline promos inside a
 * guide are furniture; a news item's closing media-contact line is in neither list; an "On this page" list repeating
 * the headings is left out; on the Avvo page the question and the answers are body; hidden texts (collapsed banners,
 * screen-reader labels, "thank you" messages) are left out; a short furniture text that is also a word of a gold line
 * (a "Judgment" tab beside a "Judgment" heading) is left out.
 */
export const HELDOUT217_PAGES: readonly TestPage[] = [...HELDOUT217_A, ...HELDOUT217_B, ...HELDOUT217_C, ...HELDOUT217_D, ...HELDOUT217_E, ...HELDOUT217_F];
