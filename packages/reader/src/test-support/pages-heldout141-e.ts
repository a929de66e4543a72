import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as st from './pages-heldout141-e2.js';
import * as jp from './pages-heldout141-e3.js';

/**
 * Held-out batch 141, file e: a Straits Times Singapore housing story (Drupal template, file e2) and a Jerusalem Post Israel
 * news story (file e3).
 */
const straitsTimes: TestPage = {
  name: 'heldout141-straitstimes-news',
  kind: 'news',
  html: st.stHtml,
  // the body's h4 subheads are the headings; the Telegram and WhatsApp promo paragraphs that close the body are furniture
  title: st.stTitle,
  headings: [st.stH1, st.stH2],
  body: [...texts(st.stP1), ...texts(st.stP2), ...texts(st.stP3)],
  bylines: ['Ng Wei Ling', 'Housing Correspondent', 'Published Jan 15, 2025, 05:00 AM', 'Updated Jan 15, 2025, 11:32 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...st.stTop, 'Main navigation', ...st.stNav, ...st.stCrumbs, ...st.stShare, st.stCaption, 'Advertisement',
    ...texts(st.stPromos), ...st.stSeeMore, ...st.stMore, ...st.stFoot, st.stMci, ...st.stCookie,
  ]),
};

const jpost: TestPage = {
  name: 'heldout141-jpost-news',
  kind: 'news',
  html: jp.jpHtml,
  // the subline (h2) is body; the "Related Articles:" box inside the body section is furniture
  title: jp.jpTitle,
  headings: [],
  body: [jp.jpSub, ...texts(jp.jpP)],
  bylines: ['By YAEL DORFMAN', 'JANUARY 15, 2025 10:42', 'Updated: JANUARY 15, 2025 13:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...jp.jpTop, ...jp.jpNav, ...jp.jpCrumbs, ...jp.jpShare, jp.jpCaption, jp.jpCredit, ...jp.jpRelated, 'Advertisement', ...jp.jpNewsletter,
    ...jp.jpTags, ...jp.jpTopArticles, ...jp.jpFoot, jp.jpCopy, ...jp.jpCookie,
  ]),
};

export const HELDOUT141_E: readonly TestPage[] = [straitsTimes, jpost];
