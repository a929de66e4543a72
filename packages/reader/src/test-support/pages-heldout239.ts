import type { TestPage } from './page-kit.js';
import { HELDOUT239_A } from './pages-heldout239-a.js';
import { HELDOUT239_B } from './pages-heldout239-b.js';
import { HELDOUT239_C } from './pages-heldout239-c.js';
import { HELDOUT239_D } from './pages-heldout239-d.js';
import { HELDOUT239_E } from './pages-heldout239-e.js';
import { HELDOUT239_F } from './pages-heldout239-f.js';

/**
 * Held-out batch 239, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a national cyber agency's ICS
 * advisory on the CISA Drupal / USWDS template with its affected-versions table, a security vendor's threat-research post on
 * WordPress with an indicators-of-compromise table and list, a CVE record on an NVD-style vulnerability database with CVSS
 * score lines and reference, weakness and configuration tables, a BleepingComputer-style security news article, a bug
 * bounty write-up on a personal Hugo blog (PaperMod), a GitHub repository security advisory, a password manager's
 * help-center article on Zendesk Guide (Copenhagen), a security vendor's knowledge-base article on a Salesforce Experience
 * Cloud (Lightning) site, a Krebs-style independent security blog post with comments, an infosec community forum thread
 * on Discourse, a university IT office's phishing-alert page on Drupal 10, and a conference talk abstract page on a
 * Next.js site rendering the Sessionize session markup.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells (affected versions, IOC hashes, references, weaknesses) are body,
 * one entry a cell, and table header cells are in neither list; code blocks inside an article are body; the NVD-style page
 * has its record header ("CVE-... Detail") in an h2 as NVD does and that h2 is the title, its score lines ("Base Score: ...",
 * "Vector: ...") and configuration lines are body, its Quick Info box furniture and its dates bylines; the Salesforce
 * knowledge article's field labels of the article text (Summary, Applies To, Issue, Cause, Resolution) are headings though
 * they are spans, its Article Number and Last Published Date labels furniture and the date a byline; the GitHub advisory's
 * "Description" box title is a heading, the Package / Affected versions / Patched versions values are in neither list and
 * its sidebar (severity, CVSS metrics, CVE ID, weaknesses, credits) is furniture; a table of contents whose items repeat the
 * headings, and a breadcrumb's or sidebar's item that repeats the title, are left out of furniture; the phishing email quoted
 * on the university page (its From and Subject lines included) is body; on the Discourse thread every post is body, the
 * quote of an earlier post inside a reply is in neither list (it repeats that post), usernames and post dates are bylines;
 * comments under the blog post and their names and dates are furniture; the talk page's speaker name and session time are
 * bylines, the speaker's tagline and bio furniture; the agency's "Update History" list item is body.
 */
export const HELDOUT239_PAGES: readonly TestPage[] = [...HELDOUT239_A, ...HELDOUT239_B, ...HELDOUT239_C, ...HELDOUT239_D, ...HELDOUT239_E, ...HELDOUT239_F];
