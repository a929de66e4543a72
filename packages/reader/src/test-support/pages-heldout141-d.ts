import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as sc from './pages-heldout141-d2.js';
import * as jt from './pages-heldout141-d3.js';

/**
 * Held-out batch 141, file d: a South China Morning Post Hong Kong story (file d2) and a Japan Times national story
 * (WordPress theme, file d3).
 */
const scmp: TestPage = {
  name: 'heldout141-scmp-news',
  kind: 'news',
  html: sc.scHtml,
  // the two summary points under the headline are body (the page's dek); the "More on this:" box in the body is furniture
  title: sc.scTitle,
  headings: [],
  body: [...sc.scSummary, ...texts(sc.scP)],
  bylines: ['Kelvin Yau', 'Published: 7:00am, 15 Jan 2025', 'Updated: 11:24am, 15 Jan 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Subscribe', 'Sign In', ...sc.scNav, sc.scTopic, '+ FOLLOW', sc.scTrust, '17', ...sc.scTools, sc.scCaption, 'ADVERTISEMENT', ...sc.scMore,
    ...sc.scRelated, ...sc.scDiscover, ...sc.scPopular, ...sc.scFoot, sc.scCopy, ...sc.scCookie,
  ]),
};

const japanTimes: TestPage = {
  name: 'heldout141-japantimes-news',
  kind: 'news',
  html: jt.jtHtml,
  // the dateline opening the first paragraph is part of it (body); the newsletter box in the body is furniture
  title: jt.jtTitle,
  headings: [],
  body: texts(jt.jtP),
  bylines: ['By Haruka Ebina', 'Staff writer', 'Jan 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...jt.jtTop, ...jt.jtNav, ...jt.jtCrumbs, ...jt.jtShare, jt.jtCaption, ...jt.jtNewsletter, ...jt.jtAppeal, ...jt.jtKeywords, ...jt.jtRelated,
    'Advertisement', ...jt.jtPopular, ...jt.jtFoot, jt.jtCopy,
  ]),
};

export const HELDOUT141_D: readonly TestPage[] = [scmp, japanTimes];
