import type { TestPage } from './page-kit.js';
import { HELDOUT145_A } from './pages-heldout145-a.js';
import { HELDOUT145_B } from './pages-heldout145-b.js';
import { HELDOUT145_C } from './pages-heldout145-c.js';
import { HELDOUT145_D } from './pages-heldout145-d.js';
import { HELDOUT145_E } from './pages-heldout145-e.js';
import { HELDOUT145_F } from './pages-heldout145-f.js';

/**
 * Held-out batch 145, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an English Wiktionary entry
 * (legacy Vector), a Wikiquote page on a person (Vector 2022), a Wikisource chapter page with its header template (Vector
 * 2022), a Minecraft Wiki block article, a villager article on a fan-run game MediaWiki in the Nookipedia manner, an
 * Encyclopedia.com topic page with two source entries, a Johns Hopkins Medicine health library condition page, a Harvard
 * Health Publishing article, an NIH news release, a World Health Organization fact sheet, a Merck Manual Consumer Version
 * topic page and a disambiguation-heavy Wikipedia article on a town (Vector 2022).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the wikis, the chrome (menus, tabs, tools, appearance panel, "From ..." line,
 * "[edit]" links, categories, footer), hatnotes, message boxes, sister-project boxes, navboxes, site notices, image and
 * gallery captions are furniture and the last-edited line is a byline; contents boxes that repeat the headings are left
 * out (their "Contents" / "(Top)" labels are furniture); infobox cells, machine tables (sounds, data values, version and
 * snapshot cells), reference lists, bibliographies, "See also" and "External links" items are in neither list, while
 * those sections' headings are headings; citation markers are part of their paragraphs; table data cells that are prose
 * (a crafting row, history change notes) are body; Wiktionary headword lines, definitions, usage examples and derived
 * terms are body, its collapsed quotations and translation tables in neither list; Wikiquote quotes and their source lines
 * are body; a Wikisource chapter's centred number and name lines are its headings and the author's footnote is body; the
 * encyclopedia entry titles are headings and each entry's "updated" date and contributor line bylines; a release's
 * subtitle, funding line, "About" boilerplate and tagline are body, its reference and media contact block in neither list;
 * health pages' "Key points" and "Next steps" sections are body; a furniture text equal to a gold line is left out.
 */
export const HELDOUT145_PAGES: readonly TestPage[] = [...HELDOUT145_A, ...HELDOUT145_B, ...HELDOUT145_C, ...HELDOUT145_D, ...HELDOUT145_E, ...HELDOUT145_F];
