import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as it from './pages-heldout141-a2.js';
import * as smh from './pages-heldout141-a3.js';

/**
 * Held-out batch 141, file a: an Irish Times news story (Arc XP template, file a2) and a Sydney Morning Herald news story
 * (Nine's React template, file a3).
 */
const irishTimes: TestPage = {
  name: 'heldout141-irishtimes-news',
  kind: 'news',
  html: it.itHtml,
  // the standfirst is body; the push-alert and WhatsApp promo paragraphs at the end of the body are furniture
  title: it.itTitle,
  headings: [],
  body: [it.itDek, ...texts(it.itP)],
  bylines: ['Niamh Corrigan', 'Dublin Correspondent', 'Tue Jan 14 2025 - 05:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Subscribe', 'Sign In', ...it.itNav, it.itCaption, it.itCredit, 'Listen', '| 4 minutes', ...it.itShare,
    ...texts(it.itPromos), it.itBio, 'Topics', ...it.itTopics, 'Advertisement', 'Latest Stories', ...it.itLatest, 'Most Read', ...it.itMostRead,
    ...it.itFoot, ...it.itCookie,
  ]),
};

const smhPage: TestPage = {
  name: 'heldout141-smh-news',
  kind: 'news',
  html: smh.smhHtml,
  // the "Evening Edition" newsletter paragraph that closes the body section is furniture, as is the related-article card
  title: smh.smhTitle,
  headings: [],
  body: texts(smh.smhP),
  bylines: ['By Daniel Okafor', 'Daniel Okafor', 'January 15, 2025 — 5.00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...smh.smhSkip, 'The Sydney Morning Herald', 'Log in', 'Subscribe', ...smh.smhNav, ...smh.smhCrumbs, smh.smhCaption, smh.smhCredit,
    ...smh.smhTools, 'Advertisement', 'Loading', 'Related Article', smh.smhRelated, ...texts([smh.smhNewsletter]), 'License this article',
    ...smh.smhTags, smh.smhBio,
    'Most Viewed in National', ...smh.smhMost, ...smh.smhFootHeads, ...smh.smhFoot, smh.smhCopy,
  ]),
};

export const HELDOUT141_A: readonly TestPage[] = [irishTimes, smhPage];
