import type { TestPage } from './page-kit.js';
import { HELDOUT372_A } from './pages-heldout372-a.js';
import { HELDOUT372_B } from './pages-heldout372-b.js';
import { HELDOUT372_C } from './pages-heldout372-c.js';
import { HELDOUT372_D } from './pages-heldout372-d.js';
import { HELDOUT372_E } from './pages-heldout372-e.js';
import { HELDOUT372_F } from './pages-heldout372-f.js';

/**
 * Held-out batch 372, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a research report landing page on
 * Amnesty International's WordPress "humanity" theme, a report chapter on Human Rights Watch's Drupal report template, an NGO
 * press release with notes to editors on Oxfam's Drupal template, a UN special rapporteur's statement on the OHCHR Drupal news
 * template, a refugee agency's field story built with Shorthand, a campaign petition page built with Elementor and an
 * embedded EveryAction form, a research briefing PDF landing page on ReliefWeb, an NGO's country profile data page on Freedom
 * House's Drupal country template, a legal analysis with reader comments on the EJIL:Talk! WordPress template, a congressional
 * testimony page on a think tank's Next.js site, a donate appeal page built with Squarespace blocks, and a joint letter with
 * its signatories on a Ghost (Casper) site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the press release's "Notes to editors" are body (its label a heading) and its
 * contact information furniture; on the UN statement the "ENDS" marker and the media contacts are furniture and the expert's
 * biography after it body; a standfirst or subtitle under the h1 (Shorthand subtitle, HRW report subtitle) is furniture; a
 * pull quote repeating body text is in neither list; report endnotes and a chapter's table of contents are furniture; on the
 * country profile the score boxes and indicator scores are furniture, the score table's data cells body and its header cells
 * in neither list, and the category h2 and the indicator questions (h3) are headings; on the ReliefWeb page the source
 * organization and the posted / originally published dates are bylines, the other meta labels and values furniture; on the
 * testimony page the hearing line is furniture and the speaker's name in the hero a byline; the joint letter's salutation,
 * closing and signatory list are body, its sign-on callout furniture; petition and donation forms, signature counters and
 * gift amounts are furniture; comments on the legal blog post are furniture; a text that also occurs inside a body text (an
 * organization's name in a logo, a country name in a breadcrumb or a data cell repeated in a report menu) is left out of
 * the furniture list.
 */
export const HELDOUT372_PAGES: readonly TestPage[] = [...HELDOUT372_A, ...HELDOUT372_B, ...HELDOUT372_C, ...HELDOUT372_D, ...HELDOUT372_E, ...HELDOUT372_F];
