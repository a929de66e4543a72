import type { TestPage } from './page-kit.js';
import { HELDOUT269_A } from './pages-heldout269-a.js';
import { HELDOUT269_B } from './pages-heldout269-b.js';
import { HELDOUT269_C } from './pages-heldout269-c.js';
import { HELDOUT269_D } from './pages-heldout269-d.js';
import { HELDOUT269_E } from './pages-heldout269-e.js';
import { HELDOUT269_F } from './pages-heldout269-f.js';

/**
 * Held-out batch 269, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a SingleFile save of a regional
 * news article, a Chrome "Webpage, Complete" save of a WordPress blog post with comments, a Firefox Reader View page of a
 * library's docs page saved to disk, a Safari Reader-style saved news article, a Pocket saved-article web view of a blog
 * post, an Instapaper read page of a short news brief, an Omnivore-style read page (Next.js markup) of a blog post, a
 * magazine's ?print=1 print view with a table, a Google Translate proxy page of a German news article in English (font
 * wrappers), a browser "Save as" of a Notion public page (framework markup, table block), a wallabag read page of a blog
 * post, and an Evernote Web Clipper-style clipped how-to on a shared-note page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or deck under the h1 is body; a code block in a docs page is body;
 * a callout block and a bold warning inside the clip are body; a table's caption and data cells are body, its header cells
 * in neither list; a pull quote is body, its attribution furniture; reading times ("3–4 minutes", "5 min read"), source
 * domains, "Saved on" dates of the read-later app are furniture except that dates of saving or clipping shown as the item's
 * date ("Saved on", "Created", "Updated", Notion's "Last edited" value) are bylines, with their labels furniture where they
 * stand apart; commenter names and comment dates are bylines, comment texts furniture; a photographer's credit in a
 * print byline is a byline; on the Google Translate page the translated texts are gold and the German head metadata
 * is in neither list; the read-later apps' own toolbars, labels, notebook panels and recommendation rails are furniture.
 */
export const HELDOUT269_PAGES: readonly TestPage[] = [...HELDOUT269_A, ...HELDOUT269_B, ...HELDOUT269_C, ...HELDOUT269_D, ...HELDOUT269_E, ...HELDOUT269_F];
