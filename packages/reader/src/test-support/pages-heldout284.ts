import type { TestPage } from './page-kit.js';
import { HELDOUT284_A } from './pages-heldout284-a.js';
import { HELDOUT284_B } from './pages-heldout284-b.js';
import { HELDOUT284_C } from './pages-heldout284-c.js';
import { HELDOUT284_D } from './pages-heldout284-d.js';
import { HELDOUT284_E } from './pages-heldout284-e.js';
import { HELDOUT284_F } from './pages-heldout284-f.js';

/**
 * Held-out batch 284, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Russian news site's article on a
 * Lenta-style template, a Ukrainian regional news site on the tagDiv Newspaper WordPress theme with reader comments, a Greek
 * daily's article on Drupal 10, a short Hindi story on an NDTV-style portal (a page whose main text is short, with rails longer
 * than the story), a Thai travel blog post on the JNews WordPress theme, a Korean portal article on the Naver News template
 * (body as text with <br><br>), a Vietnamese article on a VnExpress-style template, a Turkish columnist's post on a site built
 * with Elementor Pro (a page-builder page), a Polish portal's live report on an Onet-style template (a listing of
 * timestamped entries), an Indonesian article on a Detik-style template with "Baca juga" tables, a Brazilian Portuguese
 * article on a G1-style template rendered by Next.js (a JavaScript framework's markup), and an Italian daily's article on a
 * Corriere-style template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the lead / standfirst / sapo / subtitle under the h1 (Lenta's title-yandex line,
 * Drupal's field-subtitle, NDTV's sp-descp, JNews' subtitle, VnExpress' description, G1's content-head__subtitle, Corriere's
 * summary-art, the Polish bold lead) is body, and so are the bold summary lines (media_end_summary) at the top of the Naver
 * body; on Naver the headline is the h2#title_area (the page's only h1 is the portal logo) and that headline is the title;
 * the text pieces between <br><br> of a Naver body are its paragraphs; a quote's attribution line inside the body is body;
 * table data cells are body and table header cells in neither list; a bold city dateline written as its own paragraph, the
 * author line written as the last right-aligned paragraph (VnExpress), the "Por ..." line, "Atualizado" / "Aktualizacja" /
 * "modifica" lines and the entry times of a live report are bylines; reading times, author roles and bios, views and comment
 * counts, the columnist's one-line description on the Elementor page, editor codes like "(dnp/rul)", "Read more" labels and
 * their links, and reader comments are furniture; a live report's entry titles are headings and its entries' texts body.
 * One- and two-letter texts (such as two-syllable Korean menu items, "X") are left out of the furniture lists.
 */
export const HELDOUT284_PAGES: readonly TestPage[] = [...HELDOUT284_A, ...HELDOUT284_B, ...HELDOUT284_C, ...HELDOUT284_D, ...HELDOUT284_E, ...HELDOUT284_F];
