import type { TestPage } from './page-kit.js';
import { HELDOUT416_A } from './pages-heldout416-a.js';
import { HELDOUT416_B } from './pages-heldout416-b.js';
import { HELDOUT416_C } from './pages-heldout416-c.js';
import { HELDOUT416_D } from './pages-heldout416-d.js';
import { HELDOUT416_E } from './pages-heldout416-e.js';
import { HELDOUT416_F } from './pages-heldout416-f.js';

/**
 * Held-out batch 416, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitHub Advisory Database
 * entry, an OSV.dev-style vulnerability entry (a data page with a short main text), a Snyk vulnerability page built with
 * Nuxt, a vendor PSIRT advisory in the Cisco Security Advisory template, a Debian security tracker page for one CVE (a bare
 * data page), an npm advisory page with hashed CSS-module classes, a RustSec advisory, a Microsoft MSRC-style update guide
 * entry rendered by a React / Fluent UI app, a Red Hat Customer Portal-style CVE page with web components, an Ubuntu
 * Security Notice on the Vanilla framework, a project's security release post on a Docusaurus blog, and a HackerOne-style
 * disclosed bug bounty report with its timeline.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an advisory's h1 that is only an ID (OSV, Debian, the Red Hat-style page) is the
 * title; a summary field and the details / description text are body, their field labels furniture; metadata boxes
 * (severity, CVSS metrics, EPSS, CWE, IDs, aliases, keywords, references, credits, affected / patched version boxes outside
 * the prose) are furniture, and OSV's affected ranges and version lists are in neither list; a table inside the advisory
 * text (fixed releases, source-package status, errata, security updates) is body, one entry per data row with the cells
 * joined by a space, its header cells in neither list; the Debian tracker's notes block is body, one entry a line;
 * published / issued / reported / modified / released dates, "Introduced" and "Credit" lines, a revision-history row and the
 * blog's author card and reading time are bylines; the Cisco-style URL, revision history and legal disclaimer sections are
 * furniture; on the HackerOne-style report (kind forum) the team's summary, the original report and the comments of the
 * timeline are body, the activity lines ("posted a comment.", "changed the status to Triaged.") and the report's metadata
 * table furniture, the participants' names and the comment times bylines.
 */
export const HELDOUT416_PAGES: readonly TestPage[] = [...HELDOUT416_A, ...HELDOUT416_B, ...HELDOUT416_C, ...HELDOUT416_D, ...HELDOUT416_E, ...HELDOUT416_F];
