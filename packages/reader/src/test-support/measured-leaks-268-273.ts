import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT268_PAGES } from './pages-heldout268.js';
import { HELDOUT269_PAGES } from './pages-heldout269.js';
import { HELDOUT270_PAGES } from './pages-heldout270.js';
import { HELDOUT271_PAGES } from './pages-heldout271.js';
import { HELDOUT272_PAGES } from './pages-heldout272.js';
import { HELDOUT273_PAGES } from './pages-heldout273.js';

/** Batches 268 to 273 as measured at the session 39, round 116 (measured-leaks-later.ts). */
export const BATCHES_268_273: readonly MeasuredBatch[] = [
  {
    batch: 268,
    pages: HELDOUT268_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout268-archive-today-news': ['More from the Chronicle'],
      'heldout268-wordpress-amp-sports-news': ['Follow our weekly newsletter for every Midlands Premier report.'],
      'heldout268-uk-web-archive-charity-blog': ['Case study'],
    },
  },
  {
    batch: 269,
    pages: HELDOUT269_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout269-singlefile-news': ['Maren Tollis, Ardlow Marine Power'],
      'heldout269-notion-public-page-docs': ['Support rota'],
      'heldout269-wallabag-read-blog': ['mending', 'No annotations yet. Select text to add one.'],
    },
  },
  {
    batch: 270,
    pages: HELDOUT270_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout270-fandom-mobile-wiki-wiki': ['Fan Feed'],
      'heldout270-68k-news-style-lite-news': ['More headlines:', 'Built for vintage computers and slow connections.'],
      'heldout270-tumblr-mobile-blog': ['Holloway Hours'],
    },
  },
  {
    batch: 271,
    pages: HELDOUT271_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 272,
    pages: HELDOUT272_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout272-gitlab-issue-forum': ['Activity'],
      'heldout272-jira-cloud-issue-forum': ['Description', 'Linked work items'],
      'heldout272-bugzilla-bug-forum': ['People'],
      'heldout272-launchpad-bug-forum': ['See full activity log'],
      'heldout272-old-reddit-forum': ['comments', 'top 200 comments'],
      'heldout272-microsoft-qna-forum': ['1 comment Show comments for this answer'],
    },
  },
  {
    batch: 273,
    pages: HELDOUT273_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout273-mintlify-api-reference-docs': ['Status', 'Payouts', '200 - application/json'],
      'heldout273-nuxt-content-docs': ['Validation'],
      'heldout273-nextra-3-docs': ['Invalidation'],
    },
  },
];
