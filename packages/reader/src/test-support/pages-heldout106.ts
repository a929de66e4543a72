import type { TestPage } from './page-kit.js';
import { HELDOUT106_A } from './pages-heldout106-a.js';
import { HELDOUT106_B } from './pages-heldout106-b.js';
import { HELDOUT106_C } from './pages-heldout106-c.js';
import { HELDOUT106_D } from './pages-heldout106-d.js';
import { HELDOUT106_E } from './pages-heldout106-e.js';
import { HELDOUT106_F } from './pages-heldout106-f.js';

/**
 * Held-out batch 106, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New York Times guest essay
 * (Opinion), a Guardian long read, an AP News story, a Substack post with reader comments, a Medium member-only post in a
 * publication, a Hugo (PaperMod) personal blog post, a MkDocs Material documentation page, a Python standard library module
 * page (Sphinx, python-docs-theme), a Wikipedia biography (Vector 2022), a Fandom wiki article about a game item, a Reddit
 * thread in the current (shreddit) design and a Discourse support topic.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the end-of-round-44 rules (lines of batches 88 to 111): 98.9 % / 99.6 %, 1 / 41 bylines, 3 / 573 furniture, 0 /
 * 12 summaries with any; not tuned on (held out; its pages were never looked at).
 * Gold conventions beyond the usual ones: a dek, standfirst, subtitle or post description is body; a footnote of the article
 * is body; a docs admonition's text is body and its title in neither list; docs version notes ("Added in version ...") and
 * function descriptions are body, signatures and the "Source code:" line in neither list; table data cells are body;
 * infobox labels and values are in neither list on Wikipedia and furniture on Fandom (where the infobox title that repeats
 * the page title is left out); italic author bios, letters notes, podcast and social lines at the end of a news body are
 * furniture; a pull quote that rewords a line of the story is furniture; an AP contributor line after "___" is a byline;
 * a docs or wiki "Last update" / "Last updated on" / "last edited" line is a byline; quote titles ("kwrona:") and code-copy
 * buttons are in neither list; "Table of contents" lists and nav entries that repeat the title or headings are left out;
 * duplicate furniture texts are listed once.
 */
export const HELDOUT106_PAGES: readonly TestPage[] = [...HELDOUT106_A, ...HELDOUT106_B, ...HELDOUT106_C, ...HELDOUT106_D, ...HELDOUT106_E, ...HELDOUT106_F];
