import { type TestPage, texts } from './page-kit.js';
import * as md from './pages-heldout84-d2.js';
import * as ss from './pages-heldout84-d3.js';

/**
 * Held-out batch 84, file d: a Medium publication post seen signed out (file d2) and a Substack post with footnotes (file
 * d3), both on invented publications.
 */
const mediumPost: TestPage = {
  html: md.mdHtml,
  name: 'heldout84-medium-publication-blog',
  kind: 'blog',
  // the subtitle (an h2 under the title) and the pull quote are body; the section headings are h1 and h2 elements inside the
  // story; the author name, reading time and date are bylines; the "Published in" publication link, clap / response counts,
  // Listen and Share, caption, tags, author and publication cards, responses, More from / Recommended and footer are furniture
  title: md.mdTitle,
  headings: [md.mdH1, md.mdH2, md.mdH3, md.mdH4],
  body: texts([md.mdSub, ...md.mdP1, ...md.mdP2, ...md.mdList, ...md.mdP3, md.mdQuote, ...md.mdP4, ...md.mdP5]),
  bylines: ['Priya Castellanos', '6 min read', 'Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Write', 'Sign up', 'Sign in', ...md.mdPubNav.filter((t) => t !== 'About'), 'Follow', 'Harbour Light', '412', '8', 'Listen', 'Share',
    md.mdCaption, ...md.mdTags, 'Written by Priya Castellanos', '387 followers', 'Writer for Harbour Light', md.mdAuthorBio, 'Published in Harbour Light',
    '2.4K followers', 'Last published 5 days ago', md.mdPubBio, 'Responses (8)', 'What are your thoughts?', 'Cancel', 'Respond',
    ...md.mdResponses.flatMap((r) => [r.name, r.date, r.text]), '3', 'Reply', 'See all responses', 'More from Priya Castellanos and Harbour Light',
    ...md.mdMore, 'Recommended from Medium', ...md.mdRec, ...md.mdFoot,
  ],
};

const substackPost: TestPage = {
  html: ss.ssHtml,
  name: 'heldout84-substack-footnotes-blog',
  kind: 'blog',
  // the subtitle is body; the footnote markers stay inside their paragraphs as the page renders them, the footnotes' texts
  // are body (after the last paragraph) and their numbers in neither list; the subscribe widget inside the post body, the
  // caption, the like / comment / restack / share bar, the comments block, "Ready for more?" and the footer are furniture
  title: ss.ssTitle,
  headings: [ss.ssH1, ss.ssH2, ss.ssH3],
  body: texts([ss.ssSub, ...ss.ssP1, ...ss.ssP2, ...ss.ssP3, ...ss.ssP4, ...ss.ssNotes]),
  bylines: ['Tamsin Okoro', 'Nov 09, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Margin Notes', 'Subscribe', 'Sign in', ...ss.ssNav, '143', '27', '12', 'Share', ss.ssCaption, ss.ssWidget, 'Discussion about this post', 'Comments',
    'Restacks', ...ss.ssComments.flatMap((c) => [c.name, c.date, c.text]), 'Like', 'Reply', 'Ready for more?', '© 2025 Tamsin Okoro', ...ss.ssFoot,
    'Substack is the home for great culture',
  ],
};

export const HELDOUT84_D: readonly TestPage[] = [mediumPost, substackPost];
