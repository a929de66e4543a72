import type { TestPage } from './page-kit.js';
import { HELDOUT327_A } from './pages-heldout327-a.js';
import { HELDOUT327_B } from './pages-heldout327-b.js';
import { HELDOUT327_C } from './pages-heldout327-c.js';
import { HELDOUT327_D } from './pages-heldout327-d.js';
import { HELDOUT327_E } from './pages-heldout327-e.js';
import { HELDOUT327_F } from './pages-heldout327-f.js';

/**
 * Held-out batch 327, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a language-learning app's blog
 * post on Next.js with a share bar and a "Read more" promo, a German grammar page with example tables on Material for MkDocs,
 * a translation agency's blog article on HubSpot CMS, a dictionary entry (etymology, pronunciation, senses, derived terms and a
 * translations table) on a MediaWiki wiki with the Vector 2022 skin, a linguistics blog post with reader comments on Blogger
 * (Notable theme), a language-exchange forum thread on XenForo 2, a sign-language dictionary's sign page with a video and short
 * text on Drupal 10 (Olivero), a university language centre's course page built with Elementor, a language-learning magazine
 * article with an audio player on Gatsby, a travel site's Icelandic phrasebook with phrase tables on WordPress (GeneratePress),
 * a question with two answers on a Stack Exchange-style language site, and a translators' style guide on Sphinx with the Read
 * the Docs theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Pages of the kinds the family finds hard: the sign page and the dictionary entry, whose main text is short (about 150 words,
 * by design), the Elementor course page and the Next.js and Gatsby pages (framework markup), and the forum thread and Q&A page,
 * whose posts are the body.
 * Gold conventions beyond the usual ones: the data cells of an article's tables (example sentences, phrase tables, verb pairs,
 * a terminology table) are body, one entry per cell, and the table header cells are in neither list, while a table's
 * figcaption is furniture; admonition titles ("Tip", "Note") are in neither list, their text is body; a table of contents
 * that repeats the section headings (MkDocs, Vector 2022, Easy Table of Contents) and a breadcrumb or navigation item that
 * repeats the title are in neither list; on the sign page the values of the labelled sign fields (handshape, location,
 * movement, region) are body and their labels furniture, the signer credit furniture; on the course page the icon list of
 * course facts (level, start, length, fee) is body, the testimonial widget furniture; on the dictionary entry the headword
 * line, senses, pronunciation lines, derived terms and translations are body, the translation table's gloss bar and the
 * figure caption furniture; a quotation in the body (a reader's email on Blogger, a reviewer's remark on HubSpot) is body,
 * and so is the quoted text in a forum reply, whose "said:" label and "Click to expand..." are furniture; on the Q&A page the
 * question, the answers and the comments under them are body, while comments under a blog post (Blogger, GeneratePress) are
 * furniture with their authors and dates; the "Posted by" label, "Updated ..." lines, MediaWiki's "last edited" line and
 * the MkDocs contributors line are bylines; forum and Q&A user titles, native languages, locations and reputation counts
 * are furniture; the Gatsby article's "About the author" box is furniture, its author name a byline.
 */
export const HELDOUT327_PAGES: readonly TestPage[] = [...HELDOUT327_A, ...HELDOUT327_B, ...HELDOUT327_C, ...HELDOUT327_D, ...HELDOUT327_E, ...HELDOUT327_F];
