import { type TestPage, texts } from './page-kit.js';
import * as mt from './pages-heldout84-b2.js';
import * as kb from './pages-heldout84-b3.js';

/**
 * Held-out batch 84, file b: a Maltese national paper's story on the tagDiv "Newspaper" WordPress theme (file b2) and a
 * markets story in the shape of a Bloomberg.com article (file b3), both under invented mastheads.
 */
const maltaNewspaper: TestPage = {
  html: mt.mtHtml,
  name: 'heldout84-wp-newspaper-theme-news',
  kind: 'news',
  // "By", the author and the date are bylines; the breadcrumb (its last item repeats the title, so only its links are listed),
  // category, counts, share bars, caption, ad label, tags, previous / next, author box, related block, reader comments, the
  // comment form with its hidden warnings, sidebar, hidden mobile menu and footer are furniture
  title: mt.mtTitle,
  headings: [mt.mtH1, mt.mtH2, mt.mtH3],
  body: texts([...mt.mtP1, ...mt.mtP2, ...mt.mtP3, ...mt.mtP4]),
  bylines: ['By', 'Karl Azzopardi', 'November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, November 12, 2025', ...mt.mtTopMenu, 'Island Courier', ...mt.mtNav, '1,284', ...mt.mtShare, mt.mtCaption, '- Advertisement -',
    'TAGS', ...mt.mtTags,
    'Previous article', mt.mtPrev, 'Next article', mt.mtNext, mt.mtBio, 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...mt.mtRelated, ...mt.mtRelatedDates,
    '4 COMMENTS', ...mt.mtComments.flatMap((c) => [c.name, c.time, c.text]), 'Reply', ...mt.mtForm, ...mt.mtStay, 'Most Popular', ...mt.mtPopular,
    'ABOUT US', mt.mtAbout, 'FOLLOW US', ...mt.mtFoot, '© Island Courier Ltd 2025',
  ],
};

const kestrelMarkets: TestPage = {
  html: kb.kbHtml,
  name: 'heldout84-bloomberg-style-markets-news',
  kind: 'news',
  // the abstract bullets under the headline are body (list items of the story); the "Read More:" link paragraphs, the
  // chart's title, subtitle, source and note, photo credit, toolbar, tip box, terminal promo, rail, newsletter and footer are
  // furniture; the byline, both times and the "With assistance from" line are bylines
  title: kb.kbTitle,
  headings: [kb.kbH1, kb.kbH2],
  body: texts([...kb.kbAbstract, ...kb.kbP1, ...kb.kbP2, ...kb.kbP3, ...kb.kbP4]),
  bylines: [
    'By Daniel Okafor and Ines Carvalho',
    'November 12, 2025 at 8:41 AM UTC',
    'Updated on November 12, 2025 at 11:06 AM UTC',
    '— With assistance from Rafael Mendes and Wei Jun Tan',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kb.kbNav, 'Live TV', 'Subscribe', 'Sign In', kb.kbCredit, 'Listen', '5:41', 'Save', 'Translate', 'Gift this article',
    ...kb.kbReadMore, ...kb.kbChart, kb.kbChartSource, kb.kbChartNote, ...kb.kbTip, ...kb.kbPromo, 'Most Read', ...kb.kbMost, ...kb.kbNews, 'Email',
    'Advertisement', ...kb.kbFoot, kb.kbCopy,
  ],
};

export const HELDOUT84_B: readonly TestPage[] = [maltaNewspaper, kestrelMarkets];
