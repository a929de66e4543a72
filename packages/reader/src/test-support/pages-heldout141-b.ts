import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as nz from './pages-heldout141-b2.js';
import * as gm from './pages-heldout141-b3.js';

/**
 * Held-out batch 141, file b: a New Zealand Herald premium business story (Arc XP template, file b2) and a Globe and Mail
 * politics story (file b3).
 */
const nzHerald: TestPage = {
  name: 'heldout141-nzherald-news',
  kind: 'news',
  html: nz.nzHtml,
  // the italic author note closing the body is furniture; the "Advertise with NZME." slot labels sit between paragraphs
  title: nz.nzTitle,
  headings: [nz.nzH1, nz.nzH2],
  body: [...texts(nz.nzP1), ...texts(nz.nzP2), ...texts(nz.nzP3)],
  bylines: ['By Grace Tuhiwai', 'Business reporter·NZ Herald·', '16 Jan, 2025 05:00 PM', '4 mins to read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Subscribe', 'Sign in', ...nz.nzTop, 'Premium', ...nz.nzListen, nz.nzCaption, 'Advertisement', 'Advertise with NZME.',
    ...texts([nz.nzAuthorNote]), ...nz.nzShare, 'Latest from Business', ...nz.nzLatest, ...nz.nzFoot, nz.nzCopy,
  ]),
};

const globe: TestPage = {
  name: 'heldout141-globeandmail-news',
  kind: 'news',
  html: gm.gmHtml,
  // the inline newsletter box and the "Story continues below advertisement" slots inside the body section are furniture
  title: gm.gmTitle,
  headings: [],
  body: texts(gm.gmP),
  bylines: ['Marc Tessier', 'Ottawa', 'Published January 15, 2025', 'Updated January 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Subscribe', 'Log in', ...gm.gmNav, 'For Subscribers', gm.gmGallery, gm.gmCaption, gm.gmCredit, 'Listen to this article',
    '5:12', ...gm.gmTools, 'Story continues below advertisement', gm.gmCaption2, gm.gmCredit2, ...gm.gmNewsletter, ...gm.gmFollow,
    ...gm.gmComments, ...gm.gmErrors, 'More from Politics', ...gm.gmMore, 'Trending', ...gm.gmTrending, ...gm.gmFoot, gm.gmCopy,
  ]),
};

export const HELDOUT141_B: readonly TestPage[] = [nzHerald, globe];
