import type { TestPage } from './page-kit.js';
import { HELDOUT252_A } from './pages-heldout252-a.js';
import { HELDOUT252_B } from './pages-heldout252-b.js';
import { HELDOUT252_C } from './pages-heldout252-c.js';
import { HELDOUT252_D } from './pages-heldout252-d.js';
import { HELDOUT252_E } from './pages-heldout252-e.js';
import { HELDOUT252_F } from './pages-heldout252-f.js';

/**
 * Held-out batch 252, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Japanese public-broadcaster
 * article on an NHK NEWS WEB-style template, a Japanese note.com blog post in its Nuxt markup, a Korean portal article on a
 * Naver News-style template whose body is text split by <br>, a Simplified-Chinese national news article on a People's
 * Daily Online-style template, a Traditional-Chinese tech blog post on Hexo with the NexT theme (with a table), an
 * Indonesian news portal article on a Kompas.com-style template with "Baca juga" promos, a Hindi news article on an Amar
 * Ujala-style template, a Turkish news article on a Hürriyet-style template with "Haberin Devamı" ad breaks, an Arabic news
 * article (dir="rtl") on an Al Jazeera Net-style template, a Vietnamese news article on a VnExpress-style template, a Thai
 * lifestyle blog post built with the Elementor page builder, and a Hebrew news article (dir="rtl") on a Ynet-style template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the summary / spot / description under the title (Naver's strong summary, the
 * Chinese subtitle h4, Amar Ujala's h2, Hürriyet's spot h2, VnExpress's p.description, Ynet's subTitle) is body, while a
 * kicker above the title (the Chinese h3) is furniture; the Naver headline is an h2 (the page has no article h1) and is the
 * title; an inline dateline that opens the first paragraph ("JAKARTA, WARTANUSA.com -") stays in the body and is not listed
 * as a byline; an author signature at the end of the body (Naver's "기자" line with e-mail, VnExpress's right-aligned name)
 * is a byline; "Baca juga:", "यह भी पढ़ें:", "اقرأ أيضا" and "İLGİLİ HABERLER" promos inside the body are furniture; a table's
 * data cells are body, its header cells in neither list; the Chinese print-edition line and the "(责编：...)" editor line
 * are furniture and byline; the Arabic "نُشر في" label and its date are separate bylines, and "المصدر" is a byline. Menu and
 * tag texts of one or two letters (most Japanese and Chinese menu items) are left out of gold, and menu or tag words that
 * also occur inside a body sentence (a Hebrew section name, a Vietnamese tag) are left in the page but out of both lists.
 */
export const HELDOUT252_PAGES: readonly TestPage[] = [...HELDOUT252_A, ...HELDOUT252_B, ...HELDOUT252_C, ...HELDOUT252_D, ...HELDOUT252_E, ...HELDOUT252_F];
