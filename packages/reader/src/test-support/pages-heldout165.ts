import type { TestPage } from './page-kit.js';
import { HELDOUT165_A } from './pages-heldout165-a.js';
import { HELDOUT165_B } from './pages-heldout165-b.js';
import { HELDOUT165_C } from './pages-heldout165-c.js';
import { HELDOUT165_D } from './pages-heldout165-d.js';
import { HELDOUT165_E } from './pages-heldout165-e.js';
import { HELDOUT165_F } from './pages-heldout165-f.js';

/**
 * Held-out batch 165, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Hugo blog post with the
 * Blowfish theme, a Hugo blog post with the Congo theme, a Jekyll blog post with the So Simple theme, a Cloudflare blog post,
 * a GitHub blog post, a Mozilla Hacks post with comments, a White House press statement, a Serious Eats recipe article, a
 * Kickstarter project's campaign story, a GoFundMe fundraiser page, a Material for MkDocs changelog page and an Atlassian
 * Statuspage incident report with its postmortem.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or blurb under the h1 is body; "Table of contents" lists that repeat the
 * headings are left out; a recipe's details block (prep, cook, active, total, serves) is in neither list and its nutrition
 * panel is furniture; table data cells are body; boilerplate paragraphs a platform appends to every post (Cloudflare's
 * company paragraphs) and "also available in" notices are furniture; a GoFundMe organizer's update is body, its date and
 * "by" line bylines; on Kickstarter the "Story", "Risks and challenges" and "Use of AI" sections are the text and their
 * h2s/h3s the headings; a changelog's release h2s and change-group h3s are headings and a note admonition (title and text)
 * is body; on a Statuspage incident the incident name (a div) is the title, the update status labels are the headings and
 * the "Posted" lines bylines; the "###" end mark of a press statement is body; a short furniture text that is also a word
 * of the title or of a short gold line is left out.
 */
export const HELDOUT165_PAGES: readonly TestPage[] = [...HELDOUT165_A, ...HELDOUT165_B, ...HELDOUT165_C, ...HELDOUT165_D, ...HELDOUT165_E, ...HELDOUT165_F];
