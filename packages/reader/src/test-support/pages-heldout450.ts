import type { TestPage } from './page-kit.js';
import { HELDOUT450_A } from './pages-heldout450-a.js';
import { HELDOUT450_B } from './pages-heldout450-b.js';
import { HELDOUT450_C } from './pages-heldout450-c.js';
import { HELDOUT450_D } from './pages-heldout450-d.js';
import { HELDOUT450_E } from './pages-heldout450-e.js';
import { HELDOUT450_F } from './pages-heldout450-f.js';

/**
 * Held-out batch 450, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a newspaper's corrections and
 * clarifications column on a Guardian-style (DCR) template, a local news article with an appended correction note on the
 * tagDiv Newspaper WordPress theme with reader comments, a journal's retraction notice on a ScienceDirect-style page (short
 * main text), a "Correction to:" erratum with a corrected table on a SpringerLink-style page, a fact-checker's "we got it
 * wrong" post on a Ghost (Casper) site, a broadcaster's complaints unit finding on a BBC-style orbit template, a press
 * regulator's adjudication on a Drupal site, a withdrawn preprint on a bioRxiv-style HighWire page (short main text), a
 * magazine's editor's note on a removed story on a Condé Nast-style server-rendered React template, a book publisher's errata
 * page on a MediaWiki (Vector) wiki with errata tables, a company's correction to a press release on a PR Newswire-style
 * newswire page, and a local news site's updated story with "Update:" blocks built with the Elementor page builder.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a correction, clarification or "Update:" note written into the article's text
 * (appended or at the top) is body, its bold label included; standfirsts, deks and a corrections column's topic list
 * are furniture; a sign-off line closing an editor's note ("— name, Editor") and an author box's name are bylines; on the
 * retraction and withdrawal pages the notice text is the body, and the platform's banners ("This article has been
 * withdrawn", "Refers to" links, the preprint disclaimer) are furniture; on a regulator's ruling the numbered paragraphs,
 * the quoted Code clause and the outcome are body, the labelled outcome / Code provision fields and a bold line repeating
 * the h1 are furniture, and the "Date complaint received" / "Date decision issued" values are bylines; on a complaints
 * finding the summary box (programme, service, transmission, status) is furniture and the one-word outcome ("Upheld")
 * under its own heading is body; in tables the data cells are body, header cells in neither list, table captions
 * furniture; a newswire release's dateline stays inside its first paragraph (body), the "About" paragraph and media
 * contact are body, the "SOURCE" line furniture; a rail item that repeats a title quoted in the body is in neither list;
 * a MediaWiki page's table of contents and "last edited" line are furniture and a byline respectively; comments on
 * articles, with their authors and dates, are furniture.
 */
export const HELDOUT450_PAGES: readonly TestPage[] = [...HELDOUT450_A, ...HELDOUT450_B, ...HELDOUT450_C, ...HELDOUT450_D, ...HELDOUT450_E, ...HELDOUT450_F];
