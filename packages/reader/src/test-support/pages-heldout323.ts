import type { TestPage } from './page-kit.js';
import { HELDOUT323_A } from './pages-heldout323-a.js';
import { HELDOUT323_B } from './pages-heldout323-b.js';
import { HELDOUT323_C } from './pages-heldout323-c.js';
import { HELDOUT323_D } from './pages-heldout323-d.js';
import { HELDOUT323_E } from './pages-heldout323-e.js';
import { HELDOUT323_F } from './pages-heldout323-f.js';

/**
 * Held-out batch 323, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a court reporter's story on a
 * Reach-style regional news site, a prosecution service's press release on the GOV.UK publishing template, a court's press
 * summary of a judgment on a Find Case Law-style service (neutral citation, parties box), a police force's appeal for
 * witnesses on Drupal 10 (reference number field, "Report online" box), a true-crime blog post on WordPress with GeneratePress
 * and Jetpack, a law firm's case note on Squarespace, a daily court list rendered by a Next.js app, a sentencing council's
 * offence guideline built with Elementor, a prison inspectorate's report summary on Joomla 4 (Cassiopeia), a legal-aid
 * charity's know-your-rights explainer on Webflow, a US federal court story on an Arc XP (Fusion) court news wire, and an
 * innocence project's case page built on Wix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or lead paragraph under the h1 (Reach sub-title, GOV.UK lead
 * paragraph, Arc subheadline) is body; a pull quote and a blockquote inside the article body are body; an inline dateline that
 * opens the first paragraph ("SACRAMENTO, Calif. (FDN) —") stays part of that body paragraph and is not listed as a byline;
 * "Read more" / "Read next" promos and newsletter blocks inside the body are furniture; data cells of a table in the article
 * (the court list, the guideline's starting points, the healthy prison test outcomes) are body, each distinct cell text listed
 * once, while header cells and table captions are furniture; the judgment page's parties box (court, parties, judges, appeal
 * number, neutral citation) is furniture, its date of hand-down a byline, and the "Important" disclaimer under the press
 * summary furniture; the police appeal's reference number field and its "Report online" box are furniture; the publishing
 * organisation named in GOV.UK's "From:" line, an author's role line and review/"updated"/"effective from" lines are bylines;
 * a Wix case page's case facts list (conviction, sentence, years served, status) is body, its "CURRENT CASE" eyebrow
 * furniture; comments and author bios are furniture; one- and two-letter texts (share "X") are not listed.
 */
export const HELDOUT323_PAGES: readonly TestPage[] = [...HELDOUT323_A, ...HELDOUT323_B, ...HELDOUT323_C, ...HELDOUT323_D, ...HELDOUT323_E, ...HELDOUT323_F];
