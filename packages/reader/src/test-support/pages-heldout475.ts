import type { TestPage } from './page-kit.js';
import { HELDOUT475_A } from './pages-heldout475-a.js';
import { HELDOUT475_B } from './pages-heldout475-b.js';
import { HELDOUT475_C } from './pages-heldout475-c.js';
import { HELDOUT475_D } from './pages-heldout475-d.js';
import { HELDOUT475_E } from './pages-heldout475-e.js';
import { HELDOUT475_F } from './pages-heldout475-f.js';

/**
 * Held-out batch 475, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a nursing research guide page on
 * LibGuides (Springshare v2) with side tabs, a librarian profile box and a chat box, a university library's databases A-Z list
 * on Drupal 10 (Views, with a glossary bar, exposed filters and a pager), a database vendor's help article on a Zendesk Help
 * Center (Copenhagen), a public library blog post on WordPress (Astra) with a sidebar and comments, an interlibrary loan
 * article request form on ILLiad's web pages, a special collections exhibit page on Omeka Classic (Exhibit Builder, Berlin
 * theme), an APA style chapter of an open citation guide on Pressbooks (McLuhan), a short library news post on Squarespace 7.1,
 * a short FAQ answer on LibAnswers, a school library research guide on the new Google Sites, a curated feature of a digital
 * exhibit on Spotlight (Blacklight), and a Chicago style page on a library wiki on MediaWiki (Vector 2022).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a guide's description under the h1 (LibGuides)
 * is body; LibGuides box titles in the content column are headings, while the side column's boxes (librarian profile, Ask a
 * Librarian, Related Guides) are furniture, with the guide owner's name in the profile box a byline; in a databases A-Z list the
 * letter group headings are headings and each database's name and description are two body entries, while the glossary letters,
 * filters and pager are furniture; on a form page (ILLiad) the instructions, the field labels (with their "*" marks) and their
 * help texts, the copyright statement and the checkbox label are body, the form's section headings are headings, and option
 * texts, input values and button labels are in no list or furniture (buttons); a table's data row is one body entry, its cells'
 * texts joined by a space, its header cells in no list and its caption furniture; reference examples and in-text citation
 * examples (hanging-indent paragraphs, wiki definition lines) are body, one entry each; a Pressbooks textbox's title
 * ("Learning Objectives", "Key Takeaways") is a body entry, like the textbox's text; an exhibit's captions, the exhibit title
 * above a page (Omeka's "up" link, Spotlight's masthead h1 and subtitle) and the book title in Pressbooks' reading header are
 * furniture, the exhibit page's or chapter's own h1 being the title; comments under a blog post are furniture with their
 * authors and dates; a Zendesk article's author, relative date and "Updated" label, LibAnswers' "Answered By" and "Last Updated"
 * lines, a Squarespace post's author and date, and MediaWiki's "last edited" line are bylines; vote counts, views and "Was this
 * helpful?" widgets are furniture; a notice or status line above the article (the ILLiad status line, a wiki site notice, a
 * Drupal alert banner) is furniture; text in sr-only / visually-hidden / screen-reader-text elements, in `hidden` or
 * `display:none` elements, and MediaWiki's printfooter, site subtitle and closed main-menu dropdown
 * (hidden on screen by Vector 2022's stylesheet) are in no list; a menu item, pager number or link whose text is also part
 * of the title, a heading or a body entry is left out of furniture (for example "Home" beside a title with "Home",
 * "Statistics" beside a description naming statistics, the "1" of a pager when the body has "1,300").
 */
export const HELDOUT475_PAGES: readonly TestPage[] = [...HELDOUT475_A, ...HELDOUT475_B, ...HELDOUT475_C, ...HELDOUT475_D, ...HELDOUT475_E, ...HELDOUT475_F];
