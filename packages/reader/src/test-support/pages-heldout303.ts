import type { TestPage } from './page-kit.js';
import { HELDOUT303_A } from './pages-heldout303-a.js';
import { HELDOUT303_B } from './pages-heldout303-b.js';
import { HELDOUT303_C } from './pages-heldout303-c.js';
import { HELDOUT303_D } from './pages-heldout303-d.js';
import { HELDOUT303_E } from './pages-heldout303-e.js';
import { HELDOUT303_F } from './pages-heldout303-f.js';

/**
 * Held-out batch 303, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Docs "Publish to the
 * web" handbook with a fees table, a Microsoft Word "Save as Web Page" review with mso classes, conditional comments, a
 * table, captions, a footnote and a reviewer's comment, a LibreOffice Writer HTML export of hire conditions with header and
 * footer divs and a footnote, a ChatGPT-style shared conversation, a Notion public page with properties, callout, to-do
 * blocks and a page comment, a Dropbox Paper doc with a comments rail, a Coda published doc with a grid table, a Slack
 * export viewer channel page, a Microsoft Teams meeting transcript on a Stream recap page, an Evernote shared checklist
 * note (short main text), an Apple Pages XHTML export of a choir newsletter article, and a SharePoint Online news post with
 * web parts, a social bar and comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the conversation, channel and transcript pages (ChatGPT, Slack, Teams) every
 * message or utterance is body, the speaker names and their timestamps bylines, and labels such as "You said:", reactions,
 * file chips and reply counts furniture; the h3 headings inside a ChatGPT reply are headings; the Slack channel name in the
 * h1 is the title and the channel topic and purpose are furniture; a table's (or a Coda grid's) data cells are body and its
 * header cells in neither list; to-do items and checklist items are body list items; a Notion callout inside the page is
 * body, its page properties' labels furniture and their owner / last-edited values bylines; comments and comment rails on
 * documents (Word's comment list, Notion discussions, Paper's rail, SharePoint comments) are furniture, as are document
 * headers and footers, footnotes, captions and credits; a pull quote inside the article (Pages) is body, its attribution
 * line furniture; a "Prepared by", "Adopted by", "Maintained by", "Shared by" or "Created by" line is a byline; the
 * SharePoint author's job title is a byline; the Word list bullets ("·") are left out of the gold list items.
 */
export const HELDOUT303_PAGES: readonly TestPage[] = [...HELDOUT303_A, ...HELDOUT303_B, ...HELDOUT303_C, ...HELDOUT303_D, ...HELDOUT303_E, ...HELDOUT303_F];
