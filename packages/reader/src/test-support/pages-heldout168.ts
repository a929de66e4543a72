import type { TestPage } from './page-kit.js';
import { HELDOUT168_A } from './pages-heldout168-a.js';
import { HELDOUT168_B } from './pages-heldout168-b.js';
import { HELDOUT168_C } from './pages-heldout168-c.js';
import { HELDOUT168_D } from './pages-heldout168-d.js';
import { HELDOUT168_E } from './pages-heldout168-e.js';
import { HELDOUT168_F } from './pages-heldout168-f.js';

/**
 * Held-out batch 168, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Terraform Registry provider
 * resource page, a Puppet documentation topic (MadCap Flare), a Helm documentation page (Docusaurus), an Istio task page
 * (Hugo), an Envoy architecture-overview page (Sphinx, Read the Docs theme), a Prometheus documentation page (Next.js and
 * Mantine), an OpenTelemetry documentation page (Hugo with Docsy), an Apache Kafka documentation section, an Apache Spark
 * SQL guide page, a NixOS manual chapter (nixos-render-docs), a Cisco configuration guide chapter and a Dell support
 * knowledge-base article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: notes, tips, warnings and admonitions written into a docs page are body, their
 * labels ("Note", "info", "Attention", "Warning") furniture; a docs page's lead or summary paragraph is body; table data
 * cells are body, header cells in neither list; "On this page" / table-of-contents lists that repeat the headings, and the
 * last breadcrumb or sidebar entry that repeats the title, are left out; a short furniture text that is also a word of a
 * short gold line (a title or heading) is left out; "Last modified" / "Updated" / "Last Published Date" lines are bylines;
 * on the Cisco page the book title in the page header is furniture and the chapter's h1 is the title.
 */
export const HELDOUT168_PAGES: readonly TestPage[] = [...HELDOUT168_A, ...HELDOUT168_B, ...HELDOUT168_C, ...HELDOUT168_D, ...HELDOUT168_E, ...HELDOUT168_F];
