import type { TestPage } from './page-kit.js';
import { HELDOUT242_A } from './pages-heldout242-a.js';
import { HELDOUT242_B } from './pages-heldout242-b.js';
import { HELDOUT242_C } from './pages-heldout242-c.js';
import { HELDOUT242_D } from './pages-heldout242-d.js';
import { HELDOUT242_E } from './pages-heldout242-e.js';
import { HELDOUT242_F } from './pages-heldout242-f.js';

/**
 * Held-out batch 242, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Dezeen-style architecture
 * magazine's project feature with image credits and project credits, an ArchDaily-style project page with its data sheet, a
 * Houzz-style ideabook story with product cards, an interiors magazine's house tour on a Condé Nast-style styled-components
 * React template, a design studio's journal post on Squarespace 7.1, a furniture retailer's sofa buying guide on a Shopify
 * Dawn-style blog, a listed-building entry in the style of the National Heritage List for England, an architecture school's
 * news page on Drupal 10, a landscape architect's portfolio case study built with Elementor, a product design post in a
 * Medium publication, a planning application summary in the Idox Public Access template, and a DIY interiors forum thread
 * on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates (platform names are kept where the
 * template shows them). Not yet measured.
 * Gold conventions beyond the usual ones: a dek / standfirst / subtitle under the h1 (the magazine's dek, Medium's subtitle,
 * the school news summary field, the portfolio's lead) is body; a project's data sheet or credits block (ArchDaily's specs
 * list as "Key: value", Dezeen's "Project credits" lines, the portfolio's facts list, the listing's summary rows) is body,
 * while photo credits ("Photography is by ...", ArchDaily's "Photographs:" row, "Photo by ..." and "Photo: ..." lines),
 * captions and the "Project credits:" label are furniture; the listing's "Date first listed" / "Date of most recent
 * amendment" rows and its amendment note are bylines; the planning page's h1 is the template's generic
 * "Planning – Application Summary" and its details table's value cells (dates included) are body, the row labels in neither
 * list, and the address crumb that repeats the proposal is in neither; on the retailer's guide the size table's data cells
 * are body and its header cells in neither; quotes inside the article (pull quotes, quote blocks, a quoted line in the Medium
 * post) are body but their attribution lines and a client testimonial widget on the portfolio are furniture; product cards,
 * prices and sellers are furniture; the phpBB page's h1 is the board name, so its title is the topic title (the h2), the
 * posts' text is body, usernames and post times are bylines, ranks, post counts, join dates, signatures and "Re:" post
 * titles are furniture; the Houzz contributor line under the author's name is a byline; an article's category or rubric
 * label is furniture except where its text also occurs in the body or the title (a breadcrumb or tab that repeats a
 * word of the h1), where it is in neither list.
 */
export const HELDOUT242_PAGES: readonly TestPage[] = [...HELDOUT242_A, ...HELDOUT242_B, ...HELDOUT242_C, ...HELDOUT242_D, ...HELDOUT242_E, ...HELDOUT242_F];
