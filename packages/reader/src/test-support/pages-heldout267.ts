import type { TestPage } from './page-kit.js';
import { HELDOUT267_A } from './pages-heldout267-a.js';
import { HELDOUT267_B } from './pages-heldout267-b.js';
import { HELDOUT267_C } from './pages-heldout267-c.js';
import { HELDOUT267_D } from './pages-heldout267-d.js';
import { HELDOUT267_E } from './pages-heldout267-e.js';
import { HELDOUT267_F } from './pages-heldout267-f.js';

/**
 * Held-out batch 267, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: an English Wikipedia article on the mobile site
 * (Minerva skin) with an infobox and collapsible sections, a Wikivoyage city guide (legacy Vector) whose body is mostly listings, a
 * Wiktionary entry (Vector 2022) with a short main text, a Simple English Wikipedia article (Vector 2022 with page tools, Appearance
 * panel and fundraising banner), a Britannica-style topic article, an Encyclopedia.com-style biography entry with its citation
 * block, an Investopedia-style term page with Key Takeaways and a comparison table, a Scholarpedia-style article with its curator
 * and citation box, an nLab-style page (Instiki) with theorem environments and the Context sidebar, a Fandom wiki page in
 * Wookieepedia's style with an infobox, epigraph and article comments, a PCGamingWiki-style game page whose text is mostly in
 * settings tables, and an OpenStreetMap Wiki-style key page with its description box and values table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: infobox, description-box and quick-facts labels and values are furniture; reference,
 * source and bibliography list items are furniture while the "References" / "Further Reading" / "Notes and references" section
 * headings are headings; "See also" / "Related pages" / "Related concepts" link lists are furniture under a heading that counts;
 * footnote markers such as "[1]" stay in the paragraph text they sit in; table data cells are body and table header cells and
 * state icons are in neither list (PCGamingWiki's settings property names and system-requirement labels are in neither list);
 * an Investopedia "Key Takeaways" box is a heading with body items; a Wiktionary headword line, pronunciation items, senses,
 * quotations, derived terms and anagrams are body, while its collapsed translation table and its "Translations" heading are
 * furniture; Wikivoyage listings are body without their "edit" links and map-marker numbers; a Fandom epigraph quote is body and
 * its attribution in neither list; theorem labels (nLab "Definition" / "Proposition" h6) are in neither list; nLab's "nLab" web
 * name inside the h1 is furniture and the title is the page name after it; the "Written by" / "Fact-checked by" / "Curator:" /
 * "Contributors:" labels are bylines with the names; the Encyclopedia.com contributor name under the entry and its bare "updated"
 * label are bylines; the Wikipedia Minerva "Last edited ... by" bar and every "last edited / last modified / last changed" footer
 * line are bylines; texts repeated elsewhere on a page (a name in a rail and a byline) are listed once.
 */
export const HELDOUT267_PAGES: readonly TestPage[] = [...HELDOUT267_A, ...HELDOUT267_B, ...HELDOUT267_C, ...HELDOUT267_D, ...HELDOUT267_E, ...HELDOUT267_F];
