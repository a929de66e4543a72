import type { TestPage } from './page-kit.js';
import { HELDOUT443_A } from './pages-heldout443-a.js';
import { HELDOUT443_B } from './pages-heldout443-b.js';
import { HELDOUT443_C } from './pages-heldout443-c.js';
import { HELDOUT443_D } from './pages-heldout443-d.js';
import { HELDOUT443_E } from './pages-heldout443-e.js';
import { HELDOUT443_F } from './pages-heldout443-f.js';

/**
 * Held-out batch 443, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Sheets "published to
 * the web" rota with a merged notes cell, an Airtable shared grid view with its description, a Notion database page
 * published on notion.site, a Trello public board with one card's description open, a published Coda doc with a table, a
 * Baserow publicly shared grid view, a Smartsheet published project sheet, a Confluence Data Center page with a
 * confluenceTable and comments, a public GitHub Projects board with its README, a Linear-style public roadmap built with
 * Next.js, a Glide app's detail screen built on a sheet, and a SharePoint Online news page embedding an Excel Online
 * workbook with a written summary.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * The Baserow view is a data page whose own text is short (one description line and seven rows).
 * Gold conventions beyond the usual ones: on sheet, grid and table pages each data row is one body entry, its cell texts
 * joined with a space, while column headers (and a sheet's own header row), row numbers and column letters are in neither
 * list; a view's or sheet's description is body; a Glide screen's field components are body as "label value"; record,
 * row and item counts, view tabs, filter / sort / download buttons and "Made with" badges are furniture; on the Trello
 * page the open card is the article (its name the title, its description the body) and the board's lists and card titles
 * behind the dialog, the card's labels, checklist and activity are furniture; on the GitHub Projects board the board is
 * the article: column names are headings, card titles, the short description and the README are body, repository
 * numbers and labels furniture; on the roadmap the column names and item titles are headings and item descriptions body,
 * status chips, tags and vote counts furniture, the "Updated weekly" eyebrow a byline; a Notion callout and a Confluence
 * info macro are body; the Coda maker line ("by ...") and the Smartsheet "Last updated" line are bylines; the names and
 * dates of comments and of the Trello card's activity are bylines, and comment texts are furniture;
 * an embed's fallback text and the file viewer caption are furniture.
 */
export const HELDOUT443_PAGES: readonly TestPage[] = [...HELDOUT443_A, ...HELDOUT443_B, ...HELDOUT443_C, ...HELDOUT443_D, ...HELDOUT443_E, ...HELDOUT443_F];
