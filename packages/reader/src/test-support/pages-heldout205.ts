import type { TestPage } from './page-kit.js';
import { HELDOUT205_A } from './pages-heldout205-a.js';
import { HELDOUT205_B } from './pages-heldout205-b.js';
import { HELDOUT205_C } from './pages-heldout205-c.js';
import { HELDOUT205_D } from './pages-heldout205-d.js';
import { HELDOUT205_E } from './pages-heldout205-e.js';
import { HELDOUT205_F } from './pages-heldout205-f.js';

/**
 * Held-out batch 205, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a blog post on a professor's
 * hand-written HTML homepage, a blog post on a Neocities personal site, an Emacs Org mode HTML export (docs), a LaTeX2HTML
 * lecture-notes node (docs), a Pandoc standalone HTML document (docs), a Quarto blog post, a Jupyter Book chapter page
 * (docs), a Hugo Blox (Wowchemy) academic blog post, a personal DokuWiki page (wiki), a Mailman digest in its pipermail
 * archive (forum), a GitHub Gist Markdown note with its description (docs) and a research group's news item on a Drupal
 * department site (news).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: section numbers printed inside a heading (Org, LaTeX2HTML) are part of the
 * heading or title; tables of contents, "Subsections" lists and sidebar entries that repeat the title or headings are left
 * out, their labels ("Table of Contents", "Contents", "On this page", "Subsections") are furniture; a subtitle, dek,
 * standfirst, abstract, Quarto description or gist description is body, labels such as "Abstract" and admonition or
 * callout titles ("Note") are in neither list; footnote texts are body and their back links ("↩︎") furniture; table data
 * cells are body; math rendered as images or MathJax leaves no gold text, and equation numbers are in neither list; a
 * pull quote's attribution line is in neither list; in the digest each message's own paragraphs are body, its "From:"
 * and "Date:" lines bylines, its "Subject:" and other header lines, quoted text, sign-off lines and separators in neither
 * list, and its "Message: N" label, signature, the Mailman preamble, "Today's Topics" and the digest footer furniture;
 * a short furniture text that is also a word of a short gold line is left out; texts only in attributes (placeholders,
 * aria-labels, alt texts) and code (the Neocities "link to me" textarea) are in neither list.
 */
export const HELDOUT205_PAGES: readonly TestPage[] = [...HELDOUT205_A, ...HELDOUT205_B, ...HELDOUT205_C, ...HELDOUT205_D, ...HELDOUT205_E, ...HELDOUT205_F];
