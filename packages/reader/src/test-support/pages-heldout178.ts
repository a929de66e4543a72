import type { TestPage } from './page-kit.js';
import { HELDOUT178_A } from './pages-heldout178-a.js';
import { HELDOUT178_B } from './pages-heldout178-b.js';
import { HELDOUT178_C } from './pages-heldout178-c.js';
import { HELDOUT178_D } from './pages-heldout178-d.js';
import { HELDOUT178_E } from './pages-heldout178-e.js';
import { HELDOUT178_F } from './pages-heldout178-f.js';

/**
 * Held-out batch 178, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Xinhua English news story on
 * english.news.cn, an Anadolu Agency English news story, a Yonhap News Agency English news story, an ANSA English news story,
 * an Agencia EFE English news story on its WordPress site, a Bernama English news story, an Antara News English news story,
 * a Philippine News Agency news story on pna.gov.ph, a Kenya News Agency news story on its tagDiv Newspaper WordPress site,
 * a Press Trust of India news story on The Hindu, an Agência Brasil English news story on its Drupal site and a Canadian
 * Press news story on a CityNews site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an agency dateline or sign-off written inside a paragraph of the story
 * ("SEOUL, Nov. 3 (Yonhap) --", "(ANSA) - ROME, NOV 3 -", "... (PNA)", "... EFE") is part of that paragraph (body), while a
 * dateline or sign-off standing as its own element ("ANKARA" in bold, "-- BERNAMA", "By ..." closing the text, Canadian
 * Press's "This report ... was first published" line, a reporter's e-mail) is a byline; a dek, sub-title, spot or "linha
 * fina" under the headline is body; agency notices after or inside the text ("(END)", Anadolu's subscribers' notice,
 * Bernama's services blurb, ANSA's rights lines, Antara's "Related news:" link paragraphs, The Hindu's "Also Read" box)
 * are furniture; photo captions with their credits are furniture; texts hidden by the platform (mobile headers and
 * drawers, screen-reader labels, form validation messages) are listed like any other furniture or byline.
 */
export const HELDOUT178_PAGES: readonly TestPage[] = [...HELDOUT178_A, ...HELDOUT178_B, ...HELDOUT178_C, ...HELDOUT178_D, ...HELDOUT178_E, ...HELDOUT178_F];
