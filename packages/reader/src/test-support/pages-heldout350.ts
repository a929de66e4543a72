import type { TestPage } from './page-kit.js';
import { HELDOUT350_A } from './pages-heldout350-a.js';
import { HELDOUT350_B } from './pages-heldout350-b.js';
import { HELDOUT350_C } from './pages-heldout350-c.js';
import { HELDOUT350_D } from './pages-heldout350-d.js';
import { HELDOUT350_E } from './pages-heldout350-e.js';
import { HELDOUT350_F } from './pages-heldout350-f.js';

/**
 * Held-out batch 350, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a ClinicalTrials.gov study record
 * (Angular markup), an EU Clinical Trials Register protocol page, a Cochrane Library review open on its plain language summary,
 * a NICE guideline recommendations chapter (Next.js), a medRxiv preprint abstract page (HighWire Drupal) with Disqus comments,
 * a hospital research institute's news story built with Elementor on WordPress, a trial's patient recruitment page built with
 * Webflow, a GOV.UK press release of the medicines regulator on a drug approval, a research funder's project page on UKRI
 * Gateway to Research, a Nature Medicine News & Views article, a Full Fact health fact check, and a university clinical trials
 * unit's results summary for participants on Squiz Matrix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the registry and funder record pages (ClinicalTrials.gov, EU register, Gateway to
 * Research) the prose fields (summaries, descriptions, objectives, criteria, arms, outcomes, abstract, technical summary) are
 * body; their field labels, the record's identifiers, status tags, coded values and the label cells of the key-facts tables are
 * furniture where listed, and short labelled values of a field list inside the body area (official title, conditions, phase,
 * enrolment, start date; the EU register's field numbers and labels) are in neither list; record sections with no article text
 * (contacts and locations, investigators, record dates) are furniture with their headings; sponsors, study directors,
 * principal investigators and record dates are bylines. The ClinicalTrials.gov "Inclusion Criteria:" / "Exclusion Criteria:"
 * lines are body. The medRxiv abstract's run-in labels (Background, Methods...) are part of their paragraphs; its competing
 * interest and funding statements and the Disqus comments are furniture. NICE's numbered recommendations keep their numbers in
 * the body text, and the chapter's opening "people have the right to be involved" line and the rationale pointer are body.
 * The Webflow recruitment page's FAQ questions are headings and their answers body; it has no byline. The GOV.UK lead paragraph
 * and the notes to editors are body, the "From:" / "Published" metadata bylines. The Nature News & Views standfirst is body, the
 * figure caption, references and end sections furniture. On Full Fact the claim and verdict card texts are body, their labels
 * furniture. The results summary's table caption and data cells are body, its header cells in neither list.
 */
export const HELDOUT350_PAGES: readonly TestPage[] = [...HELDOUT350_A, ...HELDOUT350_B, ...HELDOUT350_C, ...HELDOUT350_D, ...HELDOUT350_E, ...HELDOUT350_F];
