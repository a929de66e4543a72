import type { TestPage } from './page-kit.js';
import { HELDOUT180_A } from './pages-heldout180-a.js';
import { HELDOUT180_B } from './pages-heldout180-b.js';
import { HELDOUT180_C } from './pages-heldout180-c.js';
import { HELDOUT180_D } from './pages-heldout180-d.js';
import { HELDOUT180_E } from './pages-heldout180-e.js';
import { HELDOUT180_F } from './pages-heldout180-f.js';

/**
 * Held-out batch 180, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Firebase documentation page
 * (Google DevSite), a Heroku Dev Center article, a Railway documentation page, a Linode (Akamai) docs guide, a Vultr docs
 * guide, a Fastly documentation guide, an Akamai TechDocs page (ReadMe hub), a Postman Learning Center page, a Sentry
 * documentation page, a Datadog documentation page, a PagerDuty knowledge base article (ReadMe hub) and a Twitch developer
 * documentation page. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description or excerpt under the h1 is body; callouts, notes and
 * alerts inside the text are body (with an inline "NOTE:" / "IMPORTANT:" label when the label sits in the same paragraph,
 * while a separate label element such as "Note" or a code-tab name is in neither list; a callout's own heading is a body
 * line); table data cells are body; "Last updated" / "Updated ..." / "Last modified" lines are bylines; "On this page",
 * "Table of Contents" and "Contents" lists that repeat the headings are left out (their labels are furniture); screenshot
 * captions are furniture; a sidebar entry that repeats the title is left out; a short furniture text that is also a word of
 * a short gold line (the title, a heading, a short list item) is left out; placeholders and aria-labels are not visible
 * text and are in neither list.
 */
export const HELDOUT180_PAGES: readonly TestPage[] = [...HELDOUT180_A, ...HELDOUT180_B, ...HELDOUT180_C, ...HELDOUT180_D, ...HELDOUT180_E, ...HELDOUT180_F];
