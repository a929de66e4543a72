import type { TestPage } from './page-kit.js';
import { HELDOUT118_A } from './pages-heldout118-a.js';
import { HELDOUT118_B } from './pages-heldout118-b.js';
import { HELDOUT118_C } from './pages-heldout118-c.js';
import { HELDOUT118_D } from './pages-heldout118-d.js';
import { HELDOUT118_E } from './pages-heldout118-e.js';
import { HELDOUT118_F } from './pages-heldout118-f.js';

/**
 * Held-out batch 118, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitLab documentation page (the
 * Hugo docs site), a chapter of a programming-language book built with mdBook, a VitePress documentation page, an Atlassian
 * support article, a Shopify Help Center manual page, an article of a help center hosted by Intercom, a guide page of an
 * API hub hosted on ReadMe, a Sphinx user-guide page with the PyData theme, a Cloudflare developer docs page (Starlight), a
 * Salesforce Help documentation article, a Notion Help Center article and a DigitalOcean community tutorial.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description, excerpt or short description under the title is body;
 * callout, admonition, aside, panel and note texts are body, their labels and titles ("Note", "TIP", "Warning", a ReadMe
 * callout's h3 title, a GitLab alert's h2 "Note") in neither list; availability and permission boxes (GitLab's tier and
 * offering box and its collapsed "History" list, Atlassian's "Who can do this?", Salesforce's edition and user-permission
 * tables) are in neither list; table data cells are body; steps in platform tabs hidden with a class (Shopify's iPhone and
 * Android panels) are body, the tab names in neither list; FAQ toggles are body, question and collapsed answer alike; code
 * labels, file names, code-tab labels and "Output" labels are in neither list, listing captions and "Filename:" labels
 * are furniture; comments under a tutorial are furniture; screen-reader texts that are not in an attribute (Starlight's
 * "Section titled ...", "Skip to content") are furniture; a furniture text that repeats the title or a heading (the
 * current sidebar entry, the last breadcrumb, "On this page" / "In this article" / "Table of contents" links) is left out,
 * and a furniture text that occurs twice on a page is listed once.
 */
export const HELDOUT118_PAGES: readonly TestPage[] = [...HELDOUT118_A, ...HELDOUT118_B, ...HELDOUT118_C, ...HELDOUT118_D, ...HELDOUT118_E, ...HELDOUT118_F];
