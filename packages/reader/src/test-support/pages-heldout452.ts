import type { TestPage } from './page-kit.js';
import { HELDOUT452_A } from './pages-heldout452-a.js';
import { HELDOUT452_B } from './pages-heldout452-b.js';
import { HELDOUT452_C } from './pages-heldout452-c.js';
import { HELDOUT452_D } from './pages-heldout452-d.js';
import { HELDOUT452_E } from './pages-heldout452-e.js';
import { HELDOUT452_F } from './pages-heldout452-f.js';

/**
 * Held-out batch 452, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a personal blog's RSS feed styled
 * with an XSLT stylesheet, a podcast's RSS feed rendered by a Pretty Feed-style XSLT, a local newspaper's FeedBurner
 * BrowserFriendly feed page, a developer blog's Atom feed in Firefox's built-in feed preview, a news site's daily HTML sitemap
 * (Arc XP-style), a JSON Feed reader web app built with Next.js, a single entry open in a Feedly-style feed reader, a WordPress
 * category feed styled by the theme's XSLT, a Substack newsletter's web archive index, a Planet Venus-style aggregator page
 * (Planet Python-style), a SaaS product's changelog on a Canny-style board, and the site map page of a Sphinx / Furo docs site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a feed or listing page the channel's (or feed's, or category's) own title in the
 * h1 is the title and its own description under it is body, while the template's boilerplate about feeds ("This is a web
 * feed...", FeedBurner's "is a feed brought to you by", Firefox's intro and subscribe line) is furniture; item titles that
 * the template marks up as headings (h2 to h4) are headings and their summaries or full contents body, while item titles
 * written as plain links (the Substack archive, the sitemaps' entries) are body; section headings of a sitemap (h2) are
 * headings; headings inside an item's content (h3 in a JSON Feed item, a changelog entry, an entry's h2 in the reader) are
 * headings in page order; item dates, "Published:" / "Posted:" lines, episode meta lines with a date, feed "Last update"
 * lines, date-group headings (Planet) and authors are bylines; template labels over the list ("Recent posts", "Recent Items",
 * "Current Feed Content") are furniture; the changelog's New / Improved / Fixed labels, tag chips, reaction and count
 * buttons are furniture (counts of one or two characters are not listed); text carried inside a feed item but added by a
 * plugin or the publisher's template ("The post … appeared first on …", "Read more: …", "Continue reading", figure captions)
 * is furniture; a sidebar, breadcrumb or menu item whose text equals the title, a heading or a body text is not listed,
 * and a furniture text that would fall inside a body text is left out.
 */
export const HELDOUT452_PAGES: readonly TestPage[] = [...HELDOUT452_A, ...HELDOUT452_B, ...HELDOUT452_C, ...HELDOUT452_D, ...HELDOUT452_E, ...HELDOUT452_F];
