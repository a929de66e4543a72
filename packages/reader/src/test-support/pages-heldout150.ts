import type { TestPage } from './page-kit.js';
import { HELDOUT150_A } from './pages-heldout150-a.js';
import { HELDOUT150_B } from './pages-heldout150-b.js';
import { HELDOUT150_C } from './pages-heldout150-c.js';
import { HELDOUT150_D } from './pages-heldout150-d.js';
import { HELDOUT150_E } from './pages-heldout150-e.js';
import { HELDOUT150_F } from './pages-heldout150-f.js';

/**
 * Held-out batch 150, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Python package's user-guide
 * page in Sphinx with the Furo theme, a Read the Docs user-guide page in the PyData Sphinx theme, a Javadoc class page, a
 * rustdoc struct page on docs.rs, a GNU manual section split into HTML by makeinfo (Texinfo), a man page rendered on
 * man7.org, an Ansible collection module page, a GitBook page of a PostgreSQL-compatible database's docs, a Mintlify guide
 * page, a ReadMe.com developer-hub guide page, a Zendesk Guide article with a table of contents and an Oracle Help Center
 * (OCI) documentation page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description or excerpt under the h1 is body; admonition, callout
 * and note-box texts are body, their bare titles ("Note", "Warning", "Tip", "See also") in neither list, except ReadMe's
 * callout titles, which are h3 elements and count as headings; table data cells are body, except cells that hold only a
 * code literal (option, key, alias or scope names), which are in neither list like header cells, captions and tab labels;
 * in API references (Javadoc, rustdoc, Ansible) signatures, code headers, type lines, choices and defaults, "Since" /
 * "See Also" notes and all dt labels are in neither list, while the description texts (including the Javadoc summary
 * cells that repeat first sentences, and Parameters / Returns / Throws texts) are body; rustdoc's trait-implementation
 * docs copied from the standard library are in neither list; version lines ("Added in version", "New in ...") are in
 * neither list; "Last updated" / "Updated" lines and module authors are bylines; on man7.org the page text lives in <pre>
 * blocks and its paragraphs are body (SYNOPSIS, option tags, commands and SEE ALSO in neither list), while the COLOPHON
 * section the site adds is furniture; Mintlify step titles are body (they are <p> elements in list items); "On this
 * page" / mini-toc / in-article TOC links that repeat the headings are left out, their labels ("On this page", "In this
 * article") are furniture; a short furniture text that is also a word of a short gold line or of a neither-list line
 * (method names, trait names, "Class", "Method") is left out; hidden texts (SVG sprite titles, visually hidden labels,
 * collapsed menus) are furniture.
 */
export const HELDOUT150_PAGES: readonly TestPage[] = [...HELDOUT150_A, ...HELDOUT150_B, ...HELDOUT150_C, ...HELDOUT150_D, ...HELDOUT150_E, ...HELDOUT150_F];
