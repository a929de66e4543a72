import type { TestPage } from './page-kit.js';
import { HELDOUT326_A1 } from './pages-heldout326-a.js';
import { HELDOUT326_A2 } from './pages-heldout326-a2.js';
import { HELDOUT326_B1 } from './pages-heldout326-b.js';
import { HELDOUT326_B2 } from './pages-heldout326-b2.js';
import { HELDOUT326_C1 } from './pages-heldout326-c.js';
import { HELDOUT326_C2 } from './pages-heldout326-c2.js';
import { HELDOUT326_D1 } from './pages-heldout326-d.js';
import { HELDOUT326_D2 } from './pages-heldout326-d2.js';
import { HELDOUT326_E1 } from './pages-heldout326-e.js';
import { HELDOUT326_E2 } from './pages-heldout326-e2.js';
import { HELDOUT326_F1 } from './pages-heldout326-f.js';
import { HELDOUT326_F2 } from './pages-heldout326-f2.js';

/**
 * Held-out batch 326, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a manufacturing trade magazine
 * article on a Parameter1 BASE (Marko web) site with a gated PDF download box and sponsor logos, a logistics trade news
 * story on WordPress with a Paid Memberships Pro paywall teaser and reader comments (Loadstar style), a retail trade press
 * analysis with a data table in the Industry Dive template, a construction news article with a "Project details" box on an
 * Ascend-style platform (Emap style), a mining news story with commodity price tickers on a WordPress news theme, a short
 * grocery-trade product launch page on Drupal 10 (EnsembleIQ style), a hotel-industry press-release news page in the
 * Hospitality Net style, a packaging white-paper landing page built with HubSpot's drag-and-drop builder, a pharma trade
 * newsletter article on a Questex-style Drupal site (Fierce style), a B2B events-and-awards shortlist page built with
 * Elementor, an industry association's policy briefing rendered by Next.js, and a trade journal's "People moves" column on
 * Brightspot.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst / dek / teaser under the h1 is body; on the paywalled story only the
 * free paragraphs in the saved page are body, the paywall box furniture; a data table's caption and each data row are
 * body (one entry a row, cells joined by spaces), its header row in neither list, its source line furniture; a pull quote
 * that repeats a body sentence is in neither list, its attribution furniture; the "Project details" box is article
 * content (its h3 a heading, its items body); a product's suggested retail price line under the body is body; a press
 * release's inline dateline opening the first paragraph and its "About" boilerplate are body, the contact box and "Source:"
 * line furniture, and a source company shown as the author, whose name the body repeats, is in neither list; a landing
 * page's copy and "What you'll learn" list are body, its eyebrow, page-count line, form, logos and testimonial furniture;
 * an awards shortlist's category h3s are headings and the nominees list items body; an "On this page" table of contents
 * whose entries repeat the headings is in neither list; in the people-moves column each appointment's h3 is a heading and
 * the headshot captions and credits furniture; a gated-download box or members-only promo inside the article is furniture;
 * tags and reading times are furniture and bylines respectively, and texts that repeat elsewhere are listed once.
 */
export const HELDOUT326_PAGES: readonly TestPage[] = [
  HELDOUT326_A1,
  HELDOUT326_A2,
  HELDOUT326_B1,
  HELDOUT326_B2,
  HELDOUT326_C1,
  HELDOUT326_C2,
  HELDOUT326_D1,
  HELDOUT326_D2,
  HELDOUT326_E1,
  HELDOUT326_E2,
  HELDOUT326_F1,
  HELDOUT326_F2,
];
