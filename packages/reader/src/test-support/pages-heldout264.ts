import type { TestPage } from './page-kit.js';
import { HELDOUT264_A } from './pages-heldout264-a.js';
import { HELDOUT264_B } from './pages-heldout264-b.js';
import { HELDOUT264_C } from './pages-heldout264-c.js';
import { HELDOUT264_D } from './pages-heldout264-d.js';
import { HELDOUT264_E } from './pages-heldout264-e.js';
import { HELDOUT264_F } from './pages-heldout264-f.js';

/**
 * Held-out batch 264, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an AWS docs-style developer
 * guide page (awsdocs elements, note box, procedure), a Microsoft Learn-style how-to article, a Google Cloud docs-style
 * DevSite page with selector tabs, an MDN-style JavaScript method reference, an Apple Developer documentation-style symbol
 * page rendered by the DocC Vue app (short main text), a Stripe docs-style guide in Next.js markup with numbered steps and
 * a code panel, a Twilio docs-style quickstart in a React design system's generated markup, a PostgreSQL manual-style
 * DocBook section (plain HTML, no h1), a Python docs-style library module page on Sphinx, a Kubernetes docs-style concept
 * page on Hugo Docsy, a Terraform Registry-style provider resource page from the Ember app (a data page: argument and
 * attribute lists) and a Salesforce Help-style article from a Lightning community (custom-element page builder markup).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: code blocks, declarations and API signatures (DocC "Declaration", Sphinx dt
 * signatures, MDN syntax boxes) are in neither list; callout type labels ("Note", "Note:", "Caution", "Tip") and a
 * callout's own small title are in neither list, the callout text is body; table header cells are in neither list, data
 * cells are body one cell an entry, and a DocBook table title is body; in-page tables of contents have their label as
 * furniture and their items (which repeat the headings) in neither list; a procedure title (AWS h6) and selector-tab
 * headings (DevSite "Console" / "CLI") are headings; "Next steps", "What's next" and "See also" lists written into the
 * article are body, while DocC's generated "See Also" topic group is furniture; the PostgreSQL page has no h1, so its
 * title is the sect1 h2 without its "#" anchor; MDN parameter terms (dt) and spec / compatibility cells are body, the
 * Baseline box furniture; Docsy's lead paragraph is body and its feature-state notice furniture; Python's "Source code:"
 * line is furniture and its "Added in version" line body; Salesforce's "Required Editions" items and permission cells are
 * body, the box label furniture, its "Publish Date" line a byline; the Registry's publisher name and "Published ..."
 * date are bylines, as are Learn's date and contributor count, DevSite's "Last updated" line, MDN's last-modified sentence,
 * Sphinx's "Last updated on" line and Docsy's whole "Last modified ...: commit (hash)" line; navigation items whose text
 * also occurs in the body (product names in breadcrumbs, the current symbol) are left out of the furniture list, and
 * short menu texts were chosen so that their words do not reappear in a short gold line.
 */
export const HELDOUT264_PAGES: readonly TestPage[] = [...HELDOUT264_A, ...HELDOUT264_B, ...HELDOUT264_C, ...HELDOUT264_D, ...HELDOUT264_E, ...HELDOUT264_F];
