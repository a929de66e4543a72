import type { TestPage } from './page-kit.js';
import { HELDOUT453_A } from './pages-heldout453-a.js';
import { HELDOUT453_B } from './pages-heldout453-b.js';
import { HELDOUT453_C } from './pages-heldout453-c.js';
import { HELDOUT453_D } from './pages-heldout453-d.js';
import { HELDOUT453_E } from './pages-heldout453-e.js';
import { HELDOUT453_F } from './pages-heldout453-f.js';

/**
 * Held-out batch 453, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Welsh Government guidance page on
 * GOV.WALES (Drupal) with the Welsh body in the DOM but hidden, a Canada.ca (GCWeb) news release with its Français toggle, a
 * bilingual poetry journal on WordPress (block theme) with Occitan and English in parallel columns, a Hong Kong news article
 * on Next.js with links to the Chinese version, a Swiss municipality notice in German on i-web with DE / FR / EN tabs and a
 * collection table, a museum label page on a Drupal collections site with English and Māori label texts, a school newsletter
 * on Smore in English and Spanish, a Belgian association page built with Wix with French and Dutch columns, a Quebec local
 * news article in French on Newspack with comments, a Singapore agency page on Isomer with four language links and a table,
 * a Basque cultural agenda (a listing) on Liferay shown in Basque with a Spanish link, and an Irish-language news article on
 * Ghost with an English summary box.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the gold is the language shown to the reader, so text in a hidden language block
 * (GOV.WALES's `hidden` Welsh body) is in neither list, while texts shown side by side or one after the other in two
 * languages (the poem and its translation, the newsletter, the Wix columns, the museum label) are all body, and their
 * headings in both languages are headings; the Irish article's English summary box is body, its "English summary:" label
 * furniture; language switch links (Cymraeg, Français, 中文版, DE / FR / EN, the four Singapore language links, Gaztelania) are
 * furniture; a summary or standfirst under the h1 is body; table data cells are body, table header cells in neither list;
 * a listing's item titles are headings and each item's date / place line and summary are body, its "Gehiago irakurri" link
 * furniture; a poem's lines are body items one a line; a quoted statement in a news release is body; the Canada.ca "From:"
 * line, dateline and "Date modified" are bylines, its "News release" label, "- 30 -" end mark and media contact furniture; a
 * newsletter's signature (principal) and a museum label's author credit are bylines; a translator note under a poem is body, the
 * copyright line under it furniture; the museum object facts (maker, materials, dimensions, registration number) are
 * furniture; texts that also occur in the title or body (the maker's name, a breadcrumb repeating the title, the object date)
 * are left out of furniture.
 */
export const HELDOUT453_PAGES: readonly TestPage[] = [...HELDOUT453_A, ...HELDOUT453_B, ...HELDOUT453_C, ...HELDOUT453_D, ...HELDOUT453_E, ...HELDOUT453_F];
