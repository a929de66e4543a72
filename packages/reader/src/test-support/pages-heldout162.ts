import type { TestPage } from './page-kit.js';
import { HELDOUT162_A } from './pages-heldout162-a.js';
import { HELDOUT162_B } from './pages-heldout162-b.js';
import { HELDOUT162_C } from './pages-heldout162-c.js';
import { HELDOUT162_D } from './pages-heldout162-d.js';
import { HELDOUT162_E } from './pages-heldout162-e.js';
import { HELDOUT162_F } from './pages-heldout162-f.js';

/**
 * Held-out batch 162, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Python standard library module
 * page on docs.python.org, a PyPI project page, an npm package page on npmjs.com, a Godot Engine manual page (Read the Docs
 * theme, latest branch), an Unreal Engine how-to page on the Epic Developer Community, a Baeldung tutorial, a GeeksforGeeks
 * article, a W3Schools tutorial page, a pandas API reference page (PyData Sphinx theme), a Deno runtime documentation page,
 * a Rust by Example chapter (mdBook) and a Hackage package's Haddock module page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description or summary line under the title is body; the text of
 * notes, tips, info callouts and see-also entries is body, their labels ("Note", "Tip", "See also", "Info") in neither list;
 * API signatures, synopsis lines, parameter names and types, field-list labels ("Parameters:", "Returns:"), "Output" and
 * "Explanation:" labels and W3Schools' repeated "Example" box titles are in neither list; numpydoc "Notes" / "Examples"
 * rubrics are headings; a package page's README (PyPI project description, npm readme) is the article and a README h1
 * that repeats the package name is the title, not a heading; platform notices at the top of a docs body (Godot's "Here be
 * dragons") and tutorial-site promo boxes inside the entry content (Baeldung) are furniture; "On this page" lists that
 * repeat the headings are left out; a release date, "Last updated" line, author or copyright holder in a docs page's meta
 * box is a byline; ¶ / # headerlinks are left out.
 */
export const HELDOUT162_PAGES: readonly TestPage[] = [...HELDOUT162_A, ...HELDOUT162_B, ...HELDOUT162_C, ...HELDOUT162_D, ...HELDOUT162_E, ...HELDOUT162_F];
