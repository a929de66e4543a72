import type { TestPage } from './page-kit.js';
import { HELDOUT270_A } from './pages-heldout270-a.js';
import { HELDOUT270_B } from './pages-heldout270-b.js';
import { HELDOUT270_C } from './pages-heldout270-c.js';
import { HELDOUT270_D } from './pages-heldout270-d.js';
import { HELDOUT270_E } from './pages-heldout270-e.js';
import { HELDOUT270_F } from './pages-heldout270-f.js';

/**
 * Held-out batch 270, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: mobile and lightweight versions
 * of pages: an English Wikipedia article in the mobile Minerva skin (collapsible sections in .mw-mf-page-center, the
 * page-actions menu, hatnote, maintenance box, infobox, last-edited bar), a Fandom wiki character page in the mobile-wiki
 * layout (a data page: portable infobox, stats table, smart app banner, Fan Feed), a BBC-style mobile article of an invented
 * broadcaster, a Reuters-style mobile article of an invented wire service with a sticky app banner, a CNN-lite-style
 * text-only article, an NPR text-only (text.npr.org-style) story, an article on a 68k.news-like lite news proxy with its
 * "More headlines" links list, a Guardian-style AMP feature story, a Medium post on the mobile web with the "Open in app"
 * banner (a JavaScript framework's markup with generated class names), a Tumblr text post in the mobile web app (a page
 * whose main text is short), a Blogger post in the mobile ("?m=1") template with comments, and a Read the Docs page
 * (sphinx_rtd_theme) in its mobile layout with the hamburger bar and the version flyout menu.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the template gives the headline another tag than h1 (CNN-lite's h2,
 * Blogger's post-title h3, whose h1 is the blog's name), the title is the headline and the blog's name is furniture; a
 * standfirst or subtitle under the headline (the AMP story's standfirst, Medium's subtitle h2) is body; a pull quote or
 * blockquote written by the article is body, its attribution neither; a wire dateline written into the first paragraph
 * ("LISBON, March 3 (Halyard) -") stays in that body paragraph and is not listed as a byline; the wire story's reporting
 * and editing credit line is a byline; infobox label and value cells (Wikipedia, Fandom) and the Fandom stats table are in
 * neither list, the infobox captions furniture; on the docs page the options table's meaning cells and the code blocks
 * are body, its key and default cells and header cells in neither list, the "Note" label in neither list; Wikipedia's
 * References section (heading and cited works) and the "Last edited" bar are furniture and byline; the h3 sub-sections
 * of a section (Fandom's Skills, Base stats) are headings; comments under the Blogger post and the Tumblr notes are
 * furniture; a name that also occurs inside the body (a pull quote's cite, a tag equal to a body word) is left out of
 * furniture.
 */
export const HELDOUT270_PAGES: readonly TestPage[] = [...HELDOUT270_A, ...HELDOUT270_B, ...HELDOUT270_C, ...HELDOUT270_D, ...HELDOUT270_E, ...HELDOUT270_F];
