import type { TestPage } from './page-kit.js';
import { HELDOUT278_A } from './pages-heldout278-a.js';
import { HELDOUT278_B } from './pages-heldout278-b.js';
import { HELDOUT278_C } from './pages-heldout278-c.js';
import { HELDOUT278_D } from './pages-heldout278-d.js';
import { HELDOUT278_E } from './pages-heldout278-e.js';
import { HELDOUT278_F } from './pages-heldout278-f.js';

/**
 * Held-out batch 278, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an arXiv abstract page, a PubMed
 * abstract page with affiliations, MeSH terms and Similar articles, a bioRxiv preprint (HighWire / Drupal) with its Full Text
 * tab, Competing Interest Statement and metrics, a PLOS ONE research article, a Nature news story, an article from The
 * Conversation with its republish box and disclosure statement, a university news release laid out with Drupal Layout
 * Builder (page-builder blocks) with a media contact, a EurekAlert! news release, an SSRN abstract page, a research lab's blog
 * post on the Jekyll al-folio theme, a conference talk page built with Next.js (abstract, speaker bio, slides link), and a
 * journal issue's table of contents on Wiley Online Library with its "In this issue" highlight and one featured article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on abstract pages (arXiv, PubMed, SSRN) the abstract is the body, an "Abstract"
 * h2 / h3 over it is a heading, while arXiv's inline "Abstract:" and "Title:" descriptors are in neither list and the title is
 * the h1 without its descriptor; structured-abstract labels ("Background:") stay inside their body paragraphs; keywords, MeSH
 * terms, subjects, JEL codes, metadata tables, suggested citations and submission-history lines are furniture (the history
 * lines and "Posted" / "Date Written" / "Last revised" lines are bylines); back matter of a paper (Competing Interest
 * Statement, conflict-of-interest and disclosure statements, acknowledgements, references, PLOS's article-info block) is
 * furniture, and its headings are not headings; standfirsts and subtitles (Nature's teaser, EurekAlert!'s h2 subtitle) and
 * code blocks are in neither list; table header and data cells are in neither list, table and figure captions are
 * furniture; authors' role lines under their names (The Conversation) are bylines, a speaker's card and bio on a talk page
 * are furniture and the speaker's name and the session's date and time are bylines; on the issue table of contents the
 * "In this issue" highlight, the featured article's summary and each listed article's summary are body, the TOC section
 * names ("Featured", "Research Articles", "Review") and the listed article titles are headings, the listed authors and
 * "First published" dates are bylines, and the "Issue Information" entry and Abstract / Full text / PDF links are furniture.
 * A furniture text that also occurs inside a body text, the title or a heading was left out of the furniture list.
 */
export const HELDOUT278_PAGES: readonly TestPage[] = [...HELDOUT278_A, ...HELDOUT278_B, ...HELDOUT278_C, ...HELDOUT278_D, ...HELDOUT278_E, ...HELDOUT278_F];
