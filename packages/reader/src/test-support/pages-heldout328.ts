import type { TestPage } from './page-kit.js';
import { HELDOUT328_A } from './pages-heldout328-a.js';
import { HELDOUT328_B } from './pages-heldout328-b.js';
import { HELDOUT328_C } from './pages-heldout328-c.js';
import { HELDOUT328_D } from './pages-heldout328-d.js';
import { HELDOUT328_E } from './pages-heldout328-e.js';
import { HELDOUT328_F } from './pages-heldout328-f.js';

/**
 * Held-out batch 328, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a self-hosted WordPress maths blog
 * post rendered with MathJax 2 (with comments, Jetpack share and related posts), a MathWorld-style reference entry whose main
 * text is short, a Mathematics Stack Exchange-style question with comments and two answers, a Jupyter notebook exported with
 * nbconvert's lab template (In / Out prompts, code cells and outputs), an R Markdown report knitted to HTML inside an R Markdown
 * website's navbar, an Observable notebook page in Next.js markup, a statistics explainer on a university's Drupal site, an
 * R-bloggers-style aggregated post, a KaTeX-rendered lecture note on a Hugo "Book" course site, a Wikipedia-style maths article
 * in the Vector 2022 skin with formula images, a data-science course's lesson page built with Jupyter Book, and a newspaper's
 * weekly puzzle column with the solution behind a spoiler toggle.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a paragraph's inline formula counts with the text its markup gives when tags are
 * stripped (MathJax 2's rendered span followed by its math/tex source script, KaTeX's MathML with its TeX annotation and its
 * HTML rendering, Wikipedia's hidden MathML with its TeX annotation), so the body text of such a paragraph holds both; display
 * equations, code cells and their outputs (nbconvert, knitr, Jupyter Book, the R-bloggers code block), Observable's inspector
 * cells and the chart, and the data cells of tables (MathWorld's table, knitr's model table) are in neither list, while table
 * captions and figure captions are furniture; tables of contents and "On this page" lists that repeat the section headings
 * are in neither list; on the Q&A page the question, its comments, the answers and their comments are body (as on the forum
 * pages of earlier batches), while user names, reputations and times are bylines or furniture; a blockquote inside the
 * article is body and its attribution furniture; Wikipedia's "See also" and "References" sections and MathWorld's "See also",
 * "References" and "Cite this as" sections are furniture, not headings; the solution behind the puzzle column's spoiler toggle
 * is body, with its heading a heading, and the toggle label furniture; a notebook's or lecture's "prepared by" or "week" line
 * is a byline, as are "Last reviewed", "Last modified" and "last edited" lines; a note admonition and a "Not examinable" hint
 * box are furniture; on the Observable page the "Published" label is a byline with the date.
 */
export const HELDOUT328_PAGES: readonly TestPage[] = [...HELDOUT328_A, ...HELDOUT328_B, ...HELDOUT328_C, ...HELDOUT328_D, ...HELDOUT328_E, ...HELDOUT328_F];
