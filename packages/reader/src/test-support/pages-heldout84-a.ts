import { type TestPage, texts } from './page-kit.js';
import * as nz from './pages-heldout84-a2.js';
import * as it from './pages-heldout84-a3.js';

/**
 * Held-out batch 84, file a: a New Zealand regional story on the NZ Herald's Arc XP template (file a2) and an Irish Times
 * story on its Arc XP theme (file a3), both under invented mastheads.
 */
const nzHerald: TestPage = {
  html: nz.nzHtml,
  name: 'heldout84-nzherald-arc-news',
  kind: 'news',
  // the author's name, role, date and reading time are bylines; the Local Democracy Reporting note, the inline "Related"
  // card, caption and credit, ad labels, share bar, nav (with its hidden drawer copy), rail, newsletter and footer are furniture
  title: nz.nzTitle,
  headings: [nz.nzH1, nz.nzH2, nz.nzH3],
  body: texts([...nz.nzP1, ...nz.nzP2, ...nz.nzP3, ...nz.nzP4]),
  bylines: ['Hana Whitcombe', 'Environment reporter', '12 Nov, 2025 04:00 AM', '4 mins to read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Northern Herald', 'Subscribe', 'Sign in', ...nz.nzNav, 'Sections', 'Premium', 'Share', ...nz.nzShare, 'Save',
    nz.nzCaption, nz.nzCredit,
    'Advertisement', 'Advertise with NZME.', nz.nzRelated, nz.nzLdr, 'Share this article', 'Latest from New Zealand', ...nz.nzLatest,
    ...nz.nzLatestTimes, 'The Front Page', ...nz.nzNews, 'Sign up', ...nz.nzFoot, nz.nzCopy,
  ],
};

const irishTimes: TestPage = {
  html: it.itHtml,
  name: 'heldout84-irishtimes-arc-news',
  kind: 'news',
  // the subheadline (rendered as an h2 above the byline) is body; the closing WhatsApp / push alert / podcast promos are
  // paragraphs of the body element but furniture; the section chain, listen and share buttons, caption and photographer,
  // top bar, Most Read, newsletter promo, footer and cookie banner are furniture
  title: it.itTitle,
  headings: [it.itH1, it.itH2, it.itH3],
  body: texts([it.itDek, ...it.itP1, ...it.itP2, ...it.itP3, ...it.itP4]),
  bylines: ['Siobhán Duggan', 'Health Correspondent', 'Wed Nov 12 2025 - 05:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    it.itTop, 'Subscribe now', 'Sign In', ...it.itNav, ...it.itChain, 'Listen', '5 min', ...it.itShare, it.itCaption, it.itCredit,
    ...it.itPromos, 'Most Read', ...it.itMost, ...it.itNews, 'Sign up', ...it.itFoot, it.itCopy, it.itCookie, 'I Accept', 'Manage Preferences',
  ],
};

export const HELDOUT84_A: readonly TestPage[] = [nzHerald, irishTimes];
