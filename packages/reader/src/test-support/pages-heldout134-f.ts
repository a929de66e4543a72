import { plain, type TestPage, texts } from './page-kit.js';
import { hnComments, hnFooter, hnHtml, hnTitle, hnTop } from './pages-heldout134-f2.js';
import {
  mqActions,
  mqAi,
  mqAnswers,
  mqBrowser,
  mqCookie,
  mqFooter,
  mqHeader,
  mqHtml,
  mqQuestion,
  mqRail,
  mqSort,
  mqSubnav,
  mqTitle,
} from './pages-heldout134-f3.js';

/**
 * Held-out batch 134, file f: a Hacker News story with its comment tree (file f2) and a Microsoft Q&A question with an
 * accepted answer and a Q&A Assist answer (file f3).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const hackerNews: TestPage = {
  html: hnHtml,
  name: 'heldout134-hackernews-story-forum',
  kind: 'forum',
  // as HN serves it, the page has no doctype; the story is a link, so the comments are the body (each paragraph, the bare
  // first one and the <p> ones after it); the poster, commenters and ages are bylines; the top bar, the site, points, the
  // subtext links, comment navs, the collapse toggle, "reply" and the footer are furniture
  title: hnTitle,
  headings: [],
  body: hnComments.flatMap((c) => texts(c.text)),
  bylines: uniq(['okellerman', '7 hours ago', ...hnComments.flatMap((c) => [c.user, c.age])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...hnTop, 'kellerman.example', '312 points', 'hide', 'favorite', '87 comments', 'parent', 'next', '[–]', 'reply', ...hnFooter, 'Search:',
  ]),
};

const [accepted, assist] = mqAnswers;
const microsoftQa: TestPage = {
  html: mqHtml,
  name: 'heldout134-microsoft-qa-question-forum',
  kind: 'forum',
  // the question, both answers (the accepted one's closing "Accept Answer" request is part of its text) and the comment are
  // body; names and local times are bylines; reputation points, the staff badge, "Accepted answer", the Q&A Assist notice,
  // helpful counts, sign-in prompts, the hidden browser banner, the cookie banner, headers, rail and footer are furniture
  title: mqTitle,
  headings: [],
  body: [
    ...texts(mqQuestion),
    ...mqAnswers.flatMap((a) => [...texts(a.paras), ...texts(a.list ?? []), ...texts(a.after ?? []), ...texts(a.comments.map((c) => c[2]))]),
  ],
  bylines: uniq(['Tomas Varga', 'Mar 3, 2025, 7:41 AM', ...mqAnswers.flatMap((a) => [a.user, a.time, ...a.comments.flatMap((c) => [c[0], c[1]])])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...mqBrowser, plain(mqCookie[0] ?? ''), 'You may change your selection by clicking “Manage Cookies” at the bottom of the page.',
    'Privacy Statement', 'Third-Party Cookies', ...mqCookie.slice(1), ...mqHeader, ...mqSubnav, '0 Reputation points', ...mqActions.filter((a) => a !== '0'),
    '2 answers', ...mqSort, 'Accepted answer', `${accepted?.rep} Reputation points`, accepted?.badge ?? '', accepted?.helpful ?? '',
    'Please sign in to rate this answer.', 'Sign in to comment', ...mqAi, 'Sign in to answer', ...mqRail, ...mqFooter,
  ].filter((f) => f !== '' && f !== assist?.user)),
};

export const HELDOUT134_F: readonly TestPage[] = [hackerNews, microsoftQa];
