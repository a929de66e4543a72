import type { TestPage } from './page-kit.js';
import { HELDOUT126_A } from './pages-heldout126-a.js';
import { HELDOUT126_B } from './pages-heldout126-b.js';
import { HELDOUT126_C } from './pages-heldout126-c.js';
import { HELDOUT126_D } from './pages-heldout126-d.js';
import { HELDOUT126_E } from './pages-heldout126-e.js';
import { HELDOUT126_F } from './pages-heldout126-f.js';

/**
 * Held-out batch 126, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an MDN Web Docs API method
 * reference page, a Python standard library module page, a project's Read the Docs page with sphinx_rtd_theme, a Microsoft
 * Learn how-to article, a GitHub Docs article, an AWS documentation user-guide page, a Google Cloud (devsite) documentation
 * page, a Docusaurus documentation page, an MkDocs Material documentation page, a Stripe documentation guide, a Zendesk help
 * center article (Copenhagen theme) and a Django documentation topic page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a page's lead, subtitle or intro line (GitHub Docs lead and permissions statement,
 * Stripe subtitle, Python "Source code:" line) is body; the labels of admonitions, alerts, callouts and collapsible blocks
 * ("Note", "Warning", "tip", a custom admonition title, a details summary) are in neither list and their text is body; API
 * signatures (Python), code samples and their language or package-manager tabs are in neither list (the tab labels are
 * furniture); description-list terms of parameters and exceptions (MDN) are body; table data cells are body, table header
 * cells neither; version notes ("Added in version", "New in Django") are body; both panels of a tabbed procedure
 * (Google Cloud console and gcloud) are body; generated notices and widgets around or at the top of the article (MDN
 * Baseline, secure-context and experimental banners and its compatibility table, Google Cloud "Try it for yourself") are
 * furniture; last-updated, created and article dates and the contributors count are bylines; entries of navigation,
 * breadcrumbs, tables of contents and "In this article" lists that repeat the title or a heading are left out of furniture.
 * Article helper: pages-heldout126-kit.ts builds each article so that HTML and gold come from the same strings.
 */
export const HELDOUT126_PAGES: readonly TestPage[] = [...HELDOUT126_A, ...HELDOUT126_B, ...HELDOUT126_C, ...HELDOUT126_D, ...HELDOUT126_E, ...HELDOUT126_F];
