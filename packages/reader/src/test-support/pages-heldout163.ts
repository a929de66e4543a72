import type { TestPage } from './page-kit.js';
import { HELDOUT163_A } from './pages-heldout163-a.js';
import { HELDOUT163_B } from './pages-heldout163-b.js';
import { HELDOUT163_C } from './pages-heldout163-c.js';
import { HELDOUT163_D } from './pages-heldout163-d.js';
import { HELDOUT163_E } from './pages-heldout163-e.js';
import { HELDOUT163_F } from './pages-heldout163-f.js';

/**
 * Held-out batch 163, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a TV Tropes trope page (wiki), a
 * Wookieepedia character article on Fandom (wiki), a Scholarpedia article (wiki), an Internet Encyclopedia of Philosophy
 * article (wiki), an OpenStreetMap wiki tag page (wiki), a MediaWiki.org help page (wiki), a Ballotpedia candidate article
 * (wiki), a Wolfram MathWorld entry (wiki), a PlanetMath entry (wiki), a Debian Wiki (MoinMoin) page (wiki), an RFC in HTML
 * on rfc-editor.org (docs) and a W3C Working Draft on w3.org/TR (docs).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: infobox values are in neither list and their labels are furniture; reference lists
 * and bibliographies (headings and entries) are in neither list, except where a page gives them as a numbered section of its
 * own (the IEP's "4. References and Further Reading" heading is gold, its entries neither); tables of contents that repeat the
 * headings are left out (their "Contents" label is furniture); an RFC's "Status of This Memo" and "Copyright Notice" and a W3C
 * draft's "Status of This Document" boilerplate are in neither list, while the Abstract is gold and section headings keep
 * their numbers; run-in theorem, proof and definition labels, formula images and equation numbers are in neither list; TV
 * Tropes folder labels are headings and the h1's "Main / " namespace prefix is in neither list; a wiki's "last edited" line
 * is a byline; an election results box is furniture; the MediaWiki.org title is the whole h1 with its namespace; the Debian
 * Wiki title is the page name in the location line, as MoinMoin shows no h1 there; a short furniture text that is also a
 * short gold line (a heading, the title) is left out.
 */
export const HELDOUT163_PAGES: readonly TestPage[] = [...HELDOUT163_A, ...HELDOUT163_B, ...HELDOUT163_C, ...HELDOUT163_D, ...HELDOUT163_E, ...HELDOUT163_F];
