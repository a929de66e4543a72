import type { TestPage } from './page-kit.js';
import { HELDOUT138_A } from './pages-heldout138-a.js';
import { HELDOUT138_B } from './pages-heldout138-b.js';
import { HELDOUT138_C } from './pages-heldout138-c.js';
import { HELDOUT138_D } from './pages-heldout138-d.js';
import { HELDOUT138_E } from './pages-heldout138-e.js';
import { HELDOUT138_F } from './pages-heldout138-f.js';

/**
 * Held-out batch 138, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a TypeScript handbook page on
 * typescriptlang.org, an Angular guide on angular.dev, a Svelte documentation page on svelte.dev, a Go package page on
 * pkg.go.dev, an Oracle Java Tutorials page on docs.oracle.com, a Terraform CLI page on developer.hashicorp.com, a Docker
 * Build manual page on docs.docker.com, a Spring Boot reference page (Antora) on docs.spring.io, a Salesforce Help article,
 * a Shopify Help Center article, a Notion Help Center article and a Freshdesk knowledge-base solution article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description or short description under the title is body; alert,
 * admonition and callout texts are body, with their label when the label is part of the paragraph ("TIP:", "Note:") and
 * without it when the label sits in its own element ("Tip", "Note", "Caution" titles are in neither list); table data cells
 * are body; availability, editions and permissions boxes (Docker's summary bar, Salesforce's editions and permissions
 * tables) are in neither list; code blocks with their file-name and language labels are in neither list, while the copy,
 * "Try" and tab-label controls around them are furniture; hidden platform-tab panels (Shopify's iPhone and Android steps)
 * are in neither list; a docs "Hands-on: try the tutorial" pointer above the text is furniture; on the pkg.go.dev page the
 * README and the package documentation prose are the article, the README and documentation headings and the symbol headers
 * ("func New", "type Limiter") are headings, and the index, examples list, source files and ¶ anchors are furniture; FAQ
 * questions in summary elements are headings and their answers body; a short furniture text that equals a gold line (a
 * sidebar or breadcrumb entry repeating the title, an index entry repeating a symbol header) is left out, and "On this page"
 * lists that repeat the headings are left out.
 */
export const HELDOUT138_PAGES: readonly TestPage[] = [...HELDOUT138_A, ...HELDOUT138_B, ...HELDOUT138_C, ...HELDOUT138_D, ...HELDOUT138_E, ...HELDOUT138_F];
