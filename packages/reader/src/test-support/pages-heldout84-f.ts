import { type TestPage, texts } from './page-kit.js';
import * as tb from './pages-heldout84-f2.js';
import * as dw from './pages-heldout84-f3.js';

/**
 * Held-out batch 84, file f: a long-form Tumblr text post on the Optica theme (file f2) and a Dreamwidth journal entry with
 * comments, seen logged out (file f3), both on invented blogs.
 */
const tumblrPost: TestPage = {
  html: tb.tbHtml,
  name: 'heldout84-tumblr-longform-blog',
  kind: 'blog',
  // the title is the post's own h1 (the blog title above it is also an h1, and furniture); the indented quote is body; the
  // date is a byline; the blog title, description, nav, note count, tags, notes (with the added comment) and footer are furniture
  title: tb.tbTitle,
  headings: [tb.tbH1, tb.tbH2, tb.tbH3],
  body: texts([...tb.tbP1, ...tb.tbP2, ...tb.tbP3, tb.tbQuote, ...tb.tbP4]),
  bylines: ['November 8th, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'marrowlight', tb.tbDesc, ...tb.tbNav, '1,204 notes', ...tb.tbTags, ...tb.tbNotes, tb.tbNoteAdded, 'Loading...', 'Show more notes', 'Optica by Tumblr',
  ],
};

const dreamwidthEntry: TestPage = {
  html: dw.dwHtml,
  name: 'heldout84-dreamwidth-journal-blog',
  kind: 'blog',
  // the entry's subject is the title; the list is body; the date, time and the poster's ljuser tag are bylines; the control
  // strip, journal title, subtitle and page title, entry navigation, mood / music / location, tags, interaction links,
  // comments (with their hidden "no subject" titles), sidebar modules and footer are furniture
  title: dw.dwTitle,
  headings: [],
  body: texts([...dw.dwP1, ...dw.dwP2, ...dw.dwList, ...dw.dwP3]),
  bylines: ['Nov. 8th, 2025', '09:14 pm', 'paperlanterns'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dw.dwCtl, 'Paper Lanterns', 'notes from a very small flat', 'Entries', 'Previous Entry', 'Next Entry', ...dw.dwMeta.map(([k, v]) => `${k} ${v}`),
    'Tags:', ...dw.dwTags, '3 comments', 'Reply', 'no subject', ...dw.dwComments.flatMap((c) => [c.user, c.date, c.text]), 'Link', 'Thread',
    'plot 22 photos', ...dw.dwNav, 'Page Summary', ...dw.dwSummaryTitles, ...dw.dwSummary, 'Style Credit',
    'Style: Tabula Rasa for Lantern Light by wrenandwick',
    'Expand Cut Tags', 'No cut tags', 'Most Popular Tags', ...dw.dwPopTags, 'Page generated Nov. 12th, 2025 03:14 am', 'Powered by Dreamwidth Studios',
  ],
};

export const HELDOUT84_F: readonly TestPage[] = [tumblrPost, dreamwidthEntry];
