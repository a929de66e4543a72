import type { TestPage } from './page-kit.js';
import { HELDOUT127_A } from './pages-heldout127-a.js';
import { HELDOUT127_B } from './pages-heldout127-b.js';
import { HELDOUT127_C } from './pages-heldout127-c.js';
import { HELDOUT127_D } from './pages-heldout127-d.js';
import { HELDOUT127_E } from './pages-heldout127-e.js';
import { HELDOUT127_F } from './pages-heldout127-f.js';

/**
 * Held-out batch 127, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia biography (Vector 2022),
 * a Wikipedia article on a town (Vector 2022), a Wikipedia article on a historical event (a strike), a Fandom character article
 * on a book-series wiki, a Fandom location article on a video-game wiki, a wikiHow how-to with parts and steps, a Wikivoyage town
 * guide with listings, an ArchWiki software page, a company's internal MediaWiki runbook in the legacy Vector skin saved by a
 * logged-in employee, a Britannica topic page on a lake, an Investopedia term explainer and a Confluence Cloud public
 * knowledge-base how-to.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: infoboxes (Wikipedia, Fandom) are in neither list except their image captions, which
 * are furniture; a wiki's appendix sections ("See also", "References", "Further reading", "External links") are in neither list,
 * headings included; footnote markers stay inside their paragraphs (body); section "[edit]" links, hatnotes, maintenance and
 * notice boxes (citation needed, spoiler, stub, expansion, owner box), navboxes, sidebars and category links are furniture;
 * a wiki page's "last edited" footer line and a reviewed / updated date are bylines; the classic and sidebar tables of contents
 * are left out where they repeat the headings (their titles are furniture); quotations and Note / Tip / Warning / info panels
 * written into the article are body, a quotation's source line neither; table data cells are body, header cells neither;
 * wikiHow's "Part N" labels and step numbers are in neither list, each step's text is one body item and each sub-bullet
 * another; a Wikivoyage listing is body from its name to the end of its description, its map-marker number in neither list
 * and its "(updated ...)" stamp a byline; a Britannica topic identifier and an Investopedia "Key Takeaways" label are in
 * neither list; collapsed Confluence expand sections are body, their toggle titles neither; finally (tidy() in file a4) a
 * furniture text that is word for word a gold line, or of at most three words that stand as whole words in a short gold line,
 * is left out.
 */
export const HELDOUT127_PAGES: readonly TestPage[] = [...HELDOUT127_A, ...HELDOUT127_B, ...HELDOUT127_C, ...HELDOUT127_D, ...HELDOUT127_E, ...HELDOUT127_F];
