import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as ts from './pages-heldout141-c2.js';
import * as ht from './pages-heldout141-c3.js';

/**
 * Held-out batch 141, file c: a Toronto Star GTA story (BLOX template, file c2) and a Hindustan Times city story (file c3).
 */
const star: TestPage = {
  name: 'heldout141-torontostar-news',
  kind: 'news',
  html: ts.tsHtml,
  // the subhead is body; the related-stories box and the ad labels inside the article body are furniture
  title: ts.tsTitle,
  headings: [],
  body: [ts.tsDek, ...texts(ts.tsP)],
  bylines: ['By Ilse Vandermeer', 'Transportation Reporter', 'Jan. 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...ts.tsTop, ...ts.tsNav, ...ts.tsShare, ts.tsCaption, ts.tsCredit, ts.tsAd, ...ts.tsRelated, ...ts.tsTags, ...ts.tsLinks,
    ...ts.tsComments, ...ts.tsPartners, ...ts.tsFoot, ts.tsCopy,
  ]),
};

const hindustan: TestPage = {
  name: 'heldout141-hindustantimes-news',
  kind: 'news',
  html: ht.htHtml,
  // the summary (h2 "sortDec") is body; the "Also Read |" paragraphs and the closing "Get Latest India News" line inside the
  // story's detail block are furniture
  title: ht.htTitle,
  headings: [],
  body: [ht.htDek, ...texts(ht.htP)],
  bylines: ['By Shalaka Pande, Pune', 'Jan 15, 2025 07:32 AM IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...ht.htTop, ...ht.htNav, ...ht.htCrumbs, ...ht.htShare, ht.htCaption, ...texts(ht.htAlso), 'Advertisement', ...texts([ht.htClose]), ht.htTopicsHead,
    ...ht.htTopics, ...ht.htTrending, ...ht.htNotify, ...ht.htFoot, ht.htCopy,
  ]),
};

export const HELDOUT141_C: readonly TestPage[] = [star, hindustan];
